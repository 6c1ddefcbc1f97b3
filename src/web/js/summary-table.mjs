import { el } from './dom.mjs';
import { CATEGORIES, formatBucket, formatMood, formatTime, moodWord, percent } from './format.mjs';

function shares(b) {
  const bar = el('div', { class: 'share-bar', 'aria-hidden': 'true' },
    CATEGORIES.map((c) => el('span', { class: `seg ${c}`, dataset: { w: String(b.posts ? b.categories[c] / b.posts : 0) } })));
  // Widths via CSSOM (allowed by the style-src 'self' policy, unlike style attributes in markup).
  for (const seg of bar.children) seg.style.width = `${Number(seg.dataset.w) * 100}%`;
  const text = el('ul', { class: 'share-text' }, CATEGORIES.map((c) => el('li', { class: c }, `${c} ${percent(b.categories[c], b.posts)}`)),
    b.flags.compensation > 0 ? el('li', { class: 'compensation' }, `compensation ${percent(b.flags.compensation, b.posts)}`) : null);
  return el('td', { 'data-label': 'Shares' }, bar, text);
}

/** "en 80% · fr 15%" under the count, when the bucket's posts come in more than one language. */
function languages(b) {
  const entries = Object.entries(b.languages ?? {});
  const read = entries.reduce((n, [, k]) => n + k, 0);
  if (entries.length < 2) return null;
  const top = entries.slice(0, 3).map(([lang, k]) => `${lang} ${percent(k, read)}`).join(' · ');
  return el('small', { class: 'langs', title: 'Languages of the posts read' }, top);
}

function samples(b, tz) {
  const groups = CATEGORIES.filter((c) => b.samples[c].length > 0);
  if (groups.length === 0) return el('td', { 'data-label': 'Representative posts' }, '–');
  const count = groups.reduce((n, c) => n + b.samples[c].length, 0);
  return el('td', { 'data-label': 'Representative posts' },
    el('details', {},
      el('summary', {}, `${count} sample${count === 1 ? '' : 's'}`),
      groups.map((c) => el('div', { class: 'sample-group' },
        el('h4', { class: c }, c),
        el('ul', {}, b.samples[c].map((p) => el('li', {},
          el('q', { class: 'post-text' }, p.text),
          el('small', {}, ` ${formatTime(p.createdAt, tz)}${p.author ? ` · ${p.author}` : ''} · ${Math.round(p.confidence * 100)}% sure`))))))));
}

/** Renders the summary rows (buckets with posts) into `tbody`; `onOpen(index)` opens a bucket's posts. */
export function renderSummary(tbody, { buckets, bucket, tz, onOpen }) {
  const rows = [];
  buckets.forEach((b, i) => {
    if (b.posts === 0) return;
    const mean = b.sentiment.mean;
    rows.push(el('tr', { dataset: { start: b.start } },
      el('th', { scope: 'row', 'data-label': 'Time' }, formatBucket(b.start, bucket, tz)),
      el('td', { 'data-label': 'Posts', class: 'num' }, el('span', { class: 'count' }, String(b.posts)), languages(b)),
      el('td', { 'data-label': 'Mood' }, el('span', { class: `mood ${mean <= -0.1 ? 'neg' : mean >= 0.1 ? 'pos' : 'mid'}` }, formatMood(mean)), ' ', el('span', { class: 'mood-word' }, moodWord(mean))),
      shares(b),
      el('td', { 'data-label': 'Top terms' }, b.topTerms.length ? el('ul', { class: 'terms' }, b.topTerms.map((t) => el('li', { title: `${t.posts} posts` }, t.term))) : '–'),
      samples(b, tz),
      el('td', {}, el('button', { type: 'button', class: 'open-posts', onclick: () => onOpen(i), 'aria-label': `Posts of ${formatBucket(b.start, bucket, tz)}` }, 'Posts')),
    ));
  });
  tbody.replaceChildren(...rows);
  if (rows.length === 0) tbody.append(el('tr', {}, el('td', { colspan: '7' }, 'No posts in this range yet.')));
}
