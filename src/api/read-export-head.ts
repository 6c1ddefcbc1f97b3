import fs from 'node:fs';

const HEAD_BYTES = 64 * 1024;

/** The first 64 KiB of an uploaded file, for `inspectExport` (which opens gzip and zip heads itself). */
export async function readExportHead(file: string): Promise<Buffer> {
  const fh = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
