import zlib from 'node:zlib';

/** A zip entry whose local header (and possibly some data) lies in the first bytes of the archive. */
export interface ZipHeadEntry {
  name: string;
  /** Decompressed start of the entry's content, when its data begins inside the head. */
  content: Buffer | undefined;
}

const LOCAL_HEADER = 0x04034b50;

/**
 * Walks the local file headers visible in the head of a zip, so an upload can be judged before the
 * whole archive is in. Stops at an entry whose size is only known after its data (bit 3).
 */
export function readZipHead(head: Buffer): ZipHeadEntry[] {
  const entries: ZipHeadEntry[] = [];
  let at = 0;
  while (at + 30 <= head.length && head.readUInt32LE(at) === LOCAL_HEADER) {
    const flags = head.readUInt16LE(at + 6);
    const method = head.readUInt16LE(at + 8);
    const compressedSize = head.readUInt32LE(at + 18);
    const nameLength = head.readUInt16LE(at + 26);
    const extraLength = head.readUInt16LE(at + 28);
    const dataStart = at + 30 + nameLength + extraLength;
    if (dataStart > head.length) break;
    const name = head.toString('utf8', at + 30, at + 30 + nameLength);
    const sizeKnown = (flags & 0x08) === 0;
    const data = head.subarray(dataStart, sizeKnown ? Math.min(head.length, dataStart + compressedSize) : head.length);
    entries.push({ name, content: inflate(data, method) });
    if (!sizeKnown) break;
    at = dataStart + compressedSize;
  }
  return entries;
}

function inflate(data: Buffer, method: number): Buffer | undefined {
  if (data.length === 0) return undefined;
  if (method === 0) return data;
  if (method !== 8) return undefined;
  try {
    return zlib.inflateRawSync(data, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  } catch {
    return undefined;
  }
}
