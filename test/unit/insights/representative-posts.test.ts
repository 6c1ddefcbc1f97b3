import { offerRepresentative } from '../../../src/insights/representative-posts';
import type { StoredPost } from '../../../src/store/stored-post';

const post = (id: string, confidence: number, text = `text ${id}`, score = 0): StoredPost => ({
  id, createdAt: `2018-12-06T05:00:0${id.length % 10}Z`, author: null, lang: 'en', text,
  sentiment: { score, label: 'neutral' }, category: 'complaint', confidence, flags: { compensation: false, question: false },
});

describe('offerRepresentative', () => {
  it('keeps the most confident posts, best first, at most max', () => {
    const kept: StoredPost[] = [];
    for (const p of [post('a', 0.5), post('b', 0.9), post('c', 0.7), post('d', 0.95), post('e', 0.1)]) offerRepresentative(kept, p, 3);
    expect(kept.map((p) => p.id)).toEqual(['d', 'b', 'c']);
  });

  it('breaks confidence ties by stronger sentiment', () => {
    const kept: StoredPost[] = [];
    offerRepresentative(kept, post('a', 0.8, 'one', -0.2), 1);
    offerRepresentative(kept, post('b', 0.8, 'two', -0.9), 1);
    expect(kept.map((p) => p.id)).toEqual(['b']);
  });

  it('keeps one of several posts with the same text (reposts)', () => {
    const kept: StoredPost[] = [];
    offerRepresentative(kept, post('a', 0.6, 'No signal!'));
    offerRepresentative(kept, post('b', 0.9, 'no signal! '));
    offerRepresentative(kept, post('c', 0.5, 'No signal!'));
    offerRepresentative(kept, post('d', 0.4, 'different'));
    expect(kept.map((p) => p.id)).toEqual(['b', 'd']);
  });
});
