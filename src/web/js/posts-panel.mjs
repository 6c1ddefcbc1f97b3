/* global FormData */
import { getJson } from './api.mjs';
import { $, el } from './dom.mjs';
import { formatTime } from './format.mjs';

/** The drill-down: one bucket's posts, filtered, a page at a time. Post text is only ever a text node. */
export function createPostsPanel({ onError }) {
  const panel = $('#posts-panel');
  const list = $('#posts-list');
  const more = $('#posts-more');
  const form = $('#posts-filters');
  let current = null;
  let cursor = null;

  const item = (p, tz) => el('li', { class: `post ${p.category}` },
    el('div', { class: 'post-meta' },
      el('span', { class: `badge ${p.category}` }, p.category),
      el('span', { class: `badge ${p.sentiment.label ?? 'unscored'}` }, p.sentiment.label ? `${p.sentiment.label} ${p.sentiment.score.toFixed(2)}` : 'not scored'),
      el('time', { datetime: p.createdAt }, formatTime(p.createdAt, tz)),
      p.author ? el('span', { class: 'author' }, p.author) : null,
      el('span', { class: 'lang' }, p.lang)),
    el('p', { class: 'post-text' }, p.text));

  async function load(append) {
    const filters = Object.fromEntries(new FormData(form));
    try {
      const page = await getJson(`/api/datasets/${encodeURIComponent(current.dataset)}/posts`, {
        ...filters, from: current.from, to: current.to, limit: 50, cursor: append ? cursor : undefined,
      });
      if (!append) list.replaceChildren();
      list.append(...page.posts.map((p) => item(p, current.tz)));
      if (!append && page.posts.length === 0) list.append(el('li', { class: 'empty' }, 'No posts match.'));
      cursor = page.nextCursor;
      more.hidden = !cursor;
    } catch (err) {
      onError(err);
    }
  }

  form.addEventListener('submit', (e) => { e.preventDefault(); void load(false); });
  more.addEventListener('click', () => void load(true));
  $('#posts-close').addEventListener('click', () => { panel.hidden = true; });

  return {
    /** Opens the posts of `[from, to)` (ISO instants) of `dataset`, titled `title`. */
    async open({ dataset, from, to, tz, title }) {
      current = { dataset, from, to, tz };
      cursor = null;
      form.reset();
      $('#posts-title').textContent = `Posts of ${title}`;
      panel.hidden = false;
      await load(false);
      panel.scrollIntoView({ behavior: 'smooth', block: 'start' });
      $('#posts-title').focus({ preventScroll: true });
    },
  };
}
