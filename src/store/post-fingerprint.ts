import { hash } from 'node:crypto';
import { SEEN_SHARDS } from './keys';

/**
 * Where a post id is remembered for dedupe: a 64-bit hash split into a shard (12 bits) and a 52-bit
 * integer member, so each shard stays a compact Redis intset (~8 bytes a post).
 * Collision odds stay below 1e-5 for 10 million posts in one dataset.
 */
export function postFingerprint(postId: string): { shard: number; member: string } {
  const h = hash('sha1', postId, 'buffer');
  const shard = ((h[0]! << 4) | (h[1]! >> 4)) % SEEN_SHARDS;
  // 52 bits fit a double exactly: (low nibble of byte 1) · 2^48 + bytes 2–3 · 2^32 + bytes 4–7.
  const member = (h[1]! & 0x0f) * 2 ** 48 + h.readUInt16BE(2) * 2 ** 32 + h.readUInt32BE(4);
  return { shard, member: String(member) };
}
