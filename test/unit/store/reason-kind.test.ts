import { reasonKind } from '../../../src/store/reason-kind';

describe('reasonKind', () => {
  it('groups reasons that differ only in quoted values and numbers', () => {
    expect(reasonKind('unparseable time "yesterday" in column created_at')).toBe(reasonKind('unparseable time "soon" in column created_at'));
    expect(reasonKind('text too long (25000 chars, max 20000)')).toBe('text too long (N chars, max N)');
  });
});
