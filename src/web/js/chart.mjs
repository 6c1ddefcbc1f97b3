/* global uPlot, ResizeObserver, devicePixelRatio */
import { timeTicks } from './format.mjs';
/**
 * The mood chart: stacked bars of complaint / support / humour / other per bucket (left axis, posts)
 * and the mean sentiment line (right axis, −1..+1). uPlot has no stacking, so each bar series is the
 * running total up to its category, drawn tallest first so the shorter ones sit in front.
 */

export const COLOURS = { complaint: '#D55E00', support: '#009E73', humour: '#E69F00', other: '#9A9A9A', line: '#0B3D91' };
const STACK = ['other', 'humour', 'support', 'complaint'];

function columns(series, bucketMs) {
  const xs = series.map((b) => (Date.parse(b.start) + bucketMs / 2) / 1000);
  const totals = { complaint: [], support: [], humour: [], other: [] };
  for (const b of series) {
    const c = b.categories;
    totals.complaint.push(c.complaint);
    totals.support.push(c.complaint + c.support);
    totals.humour.push(c.complaint + c.support + c.humour);
    totals.other.push(c.complaint + c.support + c.humour + c.other);
  }
  const mean = series.map((b) => (b.posts > 0 ? b.sentiment.mean : null));
  return [xs, ...STACK.map((k) => totals[k]), mean];
}

/** Dashed vertical lines at the starts of the buckets where the mood turned (UTC ms). */
function turnMarks(turnAt) {
  return (u) => {
    const { ctx, bbox } = u;
    ctx.save();
    ctx.strokeStyle = '#222';
    ctx.lineWidth = 1.5 * devicePixelRatio;
    ctx.setLineDash([5 * devicePixelRatio, 4 * devicePixelRatio]);
    for (const ms of turnAt) {
      const x = Math.round(u.valToPos(ms / 1000, 'x', true));
      ctx.beginPath();
      ctx.moveTo(x, bbox.top);
      ctx.lineTo(x, bbox.top + bbox.height);
      ctx.stroke();
    }
    ctx.restore();
  };
}

/**
 * Draws (or redraws) the chart into `container`; `onHover(index|null)` and `onPick(index)` report buckets,
 * `turnAt` (UTC ms) marks where the mood turned.
 */
export function drawChart(container, { series, bucketMs, tz, turnAt = [], onHover, onPick }) {
  container.replaceChildren();
  const half = bucketMs / 2000;
  const data = columns(series, bucketMs);
  // A fixed x range of whole buckets: uPlot's own auto-range spans years around a single bucket.
  const lo = (data[0][0] ?? Date.now() / 1000) - half;
  const hi = (data[0][data[0].length - 1] ?? Date.now() / 1000) + half;
  const ticks = timeTicks(tz, bucketMs >= 86_400_000);
  const bars = uPlot.paths.bars({ size: [0.86, 80], gap: 1 });
  const width = () => Math.max(280, container.clientWidth);
  const height = () => (container.clientWidth < 600 ? 240 : 320);
  const opts = {
    width: width(),
    height: height(),
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), tz),
    legend: { show: false },
    cursor: { drag: { x: false, y: false, setScale: false }, points: { show: false } },
    scales: {
      x: { time: true, auto: false, range: () => [lo, hi] },
      posts: { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.08))] },
      mood: { range: () => [-1, 1] },
    },
    axes: [
      { stroke: '#333', grid: { stroke: '#e4e4e4' }, size: 52, values: (_u, splits, _axis, spacePx) => ticks(splits, spacePx) },
      { scale: 'posts', label: 'Posts', stroke: '#333', grid: { stroke: '#e4e4e4' }, size: 56 },
      { scale: 'mood', side: 1, label: 'Mean sentiment', stroke: COLOURS.line, grid: { show: false }, values: (_u, ticks) => ticks.map((t) => t.toFixed(1)) },
    ],
    series: [
      {},
      ...STACK.map((k) => ({ label: k, scale: 'posts', fill: COLOURS[k], stroke: COLOURS[k], width: 0, paths: bars })),
      { label: 'mean sentiment', scale: 'mood', stroke: COLOURS.line, width: 2.5, spanGaps: false, points: { show: true, size: 5, fill: COLOURS.line } },
    ],
    hooks: { setCursor: [(u) => onHover(u.cursor.idx ?? null)], draw: [turnMarks(turnAt)] },
  };
  const plot = new uPlot(opts, data, container);
  plot.over.addEventListener('click', () => {
    const i = plot.cursor.idx;
    if (i !== null && i !== undefined) onPick(i);
  });
  plot.over.addEventListener('mouseleave', () => onHover(null));
  const resize = new ResizeObserver(() => {
    if (Math.abs(plot.width - width()) > 4) plot.setSize({ width: width(), height: height() });
  });
  resize.observe(container);
  return { destroy: () => { resize.disconnect(); plot.destroy(); } };
}
