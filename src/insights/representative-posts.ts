import type { StoredPost } from '../store/stored-post';

/**
 * Orders posts by how well they represent their category: most confident first, then the stronger
 * sentiment, then the earlier post, then by id, so the choice is deterministic.
 */
export function compareRepresentative(a: StoredPost, b: StoredPost): number {
  return (
    b.confidence - a.confidence ||
    Math.abs(b.sentiment.score) - Math.abs(a.sentiment.score) ||
    (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

const sameText = (a: StoredPost, b: StoredPost): boolean => a.text.trim().toLowerCase() === b.text.trim().toLowerCase();

/**
 * Offers a post to a small best-first list kept at most `max` long (in place). A post whose text
 * repeats one already kept (reposts, copy-paste campaigns) replaces it only when it ranks higher.
 */
export function offerRepresentative(kept: StoredPost[], post: StoredPost, max = 3): void {
  const twin = kept.findIndex((k) => sameText(k, post));
  if (twin >= 0) {
    if (compareRepresentative(post, kept[twin]!) < 0) kept.splice(twin, 1);
    else return;
  }
  if (kept.length >= max && compareRepresentative(post, kept[kept.length - 1]!) >= 0) return;
  let i = kept.length;
  while (i > 0 && compareRepresentative(post, kept[i - 1]!) < 0) i--;
  kept.splice(i, 0, post);
  if (kept.length > max) kept.length = max;
}
