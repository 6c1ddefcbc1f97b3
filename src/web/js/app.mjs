/* global window, confirm */
import { deleteDataset, getJson, keyedDownloads, saveKey, savedKey } from './api.mjs';
import { drawChart } from './chart.mjs';
import { $, el } from './dom.mjs';
import { BUCKET_MS, CATEGORIES, formatBucket, formatMood, moodWord } from './format.mjs';
import { createPostsPanel } from './posts-panel.mjs';
import { renderSummary } from './summary-table.mjs';
import { renderTurns } from './turns-note.mjs';
import { createUploadPanel } from './upload-panel.mjs';

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const state = { dataset: '', bucket: '1h', tz: browserZone, series: [], chart: null, generation: 0 };

const alertBox = $('#alert');
function showError(err) {
  alertBox.textContent = err?.message ?? String(err);
  alertBox.hidden = false;
}
const clearError = () => { alertBox.hidden = true; alertBox.textContent = ''; };

/** Current names that ICU still lists under their old ones (Asia/Calcutta, Europe/Kiev, …). */
const MODERN_ZONES = ['Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Yangon', 'Asia/Ho_Chi_Minh', 'Europe/Kyiv', 'America/Nuuk', 'Pacific/Kanton', 'Atlantic/Faroe'];
const knownZone = (z) => { try { new Intl.DateTimeFormat('en', { timeZone: z }); return true; } catch { return false; } };

function fillZones() {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = [...new Set(['UTC', browserZone, ...zones, ...MODERN_ZONES.filter(knownZone)])].sort();
  $('#tz').replaceChildren(...all.map((z) => el('option', { value: z, selected: z === state.tz }, z)));
}

async function loadDatasets(select) {
  const { datasets } = await getJson('/api/datasets');
  const names = datasets.map((d) => d.name);
  state.dataset = select && names.includes(select) ? select : names.includes(state.dataset) ? state.dataset : names[0] ?? '';
  $('#dataset').replaceChildren(...datasets.map((d) => el('option', { value: d.name, selected: d.name === state.dataset }, `${d.name} (${d.posts} posts)`)));
  if (!$('#upload-dataset').value) $('#upload-dataset').value = state.dataset;
}

function bucketRange(i) {
  const b = state.series[i];
  const next = state.series[i + 1];
  const from = Date.parse(b.start);
  const to = next ? Date.parse(next.start) : from + BUCKET_MS[state.bucket];
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), title: formatBucket(b.start, state.bucket, state.tz) };
}

function readout(i) {
  const out = $('#readout');
  const b = i === null ? undefined : state.series[i];
  if (!b) { out.textContent = 'Hover over the chart for a bucket\'s figures; click a bucket to read its posts.'; return; }
  const parts = CATEGORIES.map((c) => `${c} ${b.categories[c]}`).join(' · ');
  const comp = b.flags.compensation ? ` · ${b.flags.compensation} demanding compensation` : '';
  out.textContent = `${formatBucket(b.start, state.bucket, state.tz)}: ${b.posts} posts, mood ${formatMood(b.sentiment.mean)} (${moodWord(b.sentiment.mean)}) — ${parts}${comp}`;
}

function exportLinks() {
  const base = `/api/datasets/${encodeURIComponent(state.dataset)}`;
  $('#export-csv').href = `${base}/export.csv`;
  $('#export-hourly').href = `${base}/export.csv?table=hourly&tz=${encodeURIComponent(state.tz)}`;
  $('#export-json').href = `${base}/export.json?tz=${encodeURIComponent(state.tz)}`;
}

async function render() {
  const generation = ++state.generation;
  // The chart, turns and summary on show stay until the new answers replace them: no blank chart while they load.
  const clear = () => {
    state.chart?.destroy();
    state.chart = null;
    $('#summary tbody').replaceChildren();
    $('#turns').replaceChildren();
  };
  $('.downloads').hidden = !state.dataset;
  if (!state.dataset) {
    clear();
    $('#summary-note').textContent = 'No datasets yet: upload an export above.';
    $('#readout').textContent = 'No data yet: upload an export to see the mood over time.';
    return;
  }
  exportLinks();
  const q = { bucket: state.bucket, tz: state.tz };
  const base = `/api/datasets/${encodeURIComponent(state.dataset)}`;
  const [mood, summary] = await Promise.allSettled([getJson(`${base}/mood`, q), getJson(`${base}/summary`, q)]);
  if (generation !== state.generation) return;
  clear();
  if (mood.status === 'rejected') throw mood.reason;
  state.series = mood.value.series;
  const open = (i) => void posts.open({ dataset: state.dataset, tz: state.tz, ...bucketRange(i) });
  const turnAt = mood.value.turns.map((t) => Date.parse(t.start));
  state.chart = drawChart($('#chart'), { series: state.series, bucketMs: BUCKET_MS[state.bucket], tz: state.tz, turnAt, onHover: readout, onPick: open });
  const indexOfStart = new Map(state.series.map((b, i) => [b.start, i]));
  renderTurns($('#turns'), { answer: mood.value, bucket: state.bucket, tz: state.tz, onOpen: (start) => open(indexOfStart.get(start) ?? 0) });
  $('#chart').dataset.buckets = String(state.series.length);
  $('#chart').dataset.posts = String(state.series.reduce((n, b) => n + b.posts, 0));
  if (summary.status === 'rejected') { $('#summary-note').textContent = summary.reason.message; return; }
  const s = summary.value;
  $('#summary-note').textContent = s.truncated ? `Top terms and samples cover the first ${s.scanned} posts of this range.` : '';
  renderSummary($('#summary tbody'), { buckets: s.buckets, bucket: state.bucket, tz: state.tz, onOpen: (i) => open(indexOfStart.get(s.buckets[i].start) ?? i) });
}

const refresh = () => { clearError(); render().catch(showError); };
const posts = createPostsPanel({ onError: showError });

function wireControls() {
  $('#dataset').addEventListener('change', (e) => { state.dataset = e.target.value; $('#upload-dataset').value = state.dataset; $('#posts-panel').hidden = true; refresh(); });
  $('#bucket').addEventListener('change', (e) => { state.bucket = e.target.value; refresh(); });
  $('#tz').addEventListener('change', (e) => { state.tz = e.target.value; refresh(); });
  $('#controls').addEventListener('submit', (e) => e.preventDefault());
  $('#api-key').value = savedKey();
  const keyState = () => { $('#key-state').textContent = savedKey() ? 'A key is saved in this browser.' : 'No key saved: reading works, uploads may be refused.'; };
  keyState();
  $('#key-form').addEventListener('submit', (e) => { e.preventDefault(); saveKey($('#api-key').value.trim()); keyState(); clearError(); });
  $('#key-forget').addEventListener('click', () => { saveKey(''); $('#api-key').value = ''; keyState(); });
  $('#delete-dataset').addEventListener('click', async () => {
    if (!state.dataset || !confirm(`Delete the dataset “${state.dataset}” and all its posts? This cannot be undone.`)) return;
    try {
      await deleteDataset(state.dataset);
      await loadDatasets();
      refresh();
    } catch (err) { showError(err); }
  });
}

async function main() {
  fillZones();
  wireControls();
  keyedDownloads(window.document.body, showError);
  createUploadPanel({
    currentDataset: () => state.dataset,
    onDone: async (dataset) => { await loadDatasets(dataset); await render(); },
    onError: showError,
  });
  await loadDatasets();
  await render();
  window.document.body.dataset.ready = 'true';
}

main().catch(showError);
