import { el } from './dom.mjs';
import { formatBucket, percent } from './format.mjs';

const pct = (share) => percent(share, 1);
const TREND = { better: 'getting better', worse: 'getting worse', steady: 'steady', unclear: 'no clear change yet' };

/**
 * "When did the mood turn": one item per turn of the mood answer (a button opening that bucket's
 * posts), the most negative bucket and the latest trend. Everything is built as text nodes.
 */
export function renderTurns(list, { answer, bucket, tz, onOpen }) {
  const when = (iso) => formatBucket(iso, bucket, tz);
  const items = answer.turns.map((t) => el('li', { class: `turn ${t.direction}` },
    el('button', { type: 'button', class: 'link', onclick: () => onOpen(t.start) },
      `${t.direction === 'worse' ? '▼ Turned worse' : '▲ Turned better'} from ${when(t.start)}`),
    `: ${pct(t.before.negativeShare)} → ${pct(t.after.negativeShare)} of posts negative`));
  if (items.length === 0) items.push(el('li', {}, 'No lasting turn in this range (a shift of 10 points or more in the share of negative posts).'));
  const worst = answer.mostNegative;
  if (worst) {
    items.push(el('li', {}, 'Most negative: ',
      el('button', { type: 'button', class: 'link', onclick: () => onOpen(worst.start) }, when(worst.start)),
      ` (${pct(worst.negativeShare)} of ${worst.posts} posts)`));
  }
  const t = answer.trend;
  if (t) items.push(el('li', {}, `Latest: ${TREND[t.direction]} (${pct(t.previous.negativeShare)} → ${pct(t.recent.negativeShare)} negative, last buckets with posts from ${when(t.recent.from)})`));
  list.replaceChildren(...items);
}
