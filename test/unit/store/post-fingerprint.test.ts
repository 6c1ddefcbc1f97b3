import { SEEN_SHARDS } from '../../../src/store/keys';
import { postFingerprint } from '../../../src/store/post-fingerprint';

describe('postFingerprint', () => {
  it('is stable for the same id and differs between ids', () => {
    expect(postFingerprint('1070606497483386880')).toEqual(postFingerprint('1070606497483386880'));
    expect(postFingerprint('a')).not.toEqual(postFingerprint('b'));
  });

  it('yields a shard in range and a 52-bit decimal member that Redis can store in an intset', () => {
    for (const id of ['x', 'tweet-1', '😀', '']) {
      const { shard, member } = postFingerprint(id);
      expect(shard).toBeGreaterThanOrEqual(0);
      expect(shard).toBeLessThan(SEEN_SHARDS);
      expect(member).toMatch(/^\d+$/);
      expect(BigInt(member) < 2n ** 52n).toBe(true);
    }
  });

  it('spreads ids over the shards', () => {
    const shards = new Set(Array.from({ length: 2000 }, (_, i) => postFingerprint(`id${i}`).shard));
    expect(shards.size).toBeGreaterThan(1500);
  });
});
