import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { AppError } from '../errors/app-error';
import { chooseZipEntries } from './choose-zip-entries';
import { peek } from './peek';

/** One file to parse: the input itself, its gunzipped content, or a chosen zip entry. */
export interface ExportEntry {
  name: string;
  bytes: AsyncIterable<Buffer>;
}

export type Compression = 'gzip' | 'zip' | undefined;

export function compressionOf(magic: Buffer): Compression {
  if (magic[0] === 0x1f && magic[1] === 0x8b) return 'gzip';
  if (magic[0] === 0x50 && magic[1] === 0x4b && magic[2] === 0x03 && magic[3] === 0x04) return 'zip';
  return undefined;
}

/**
 * Opens an export file or stream and yields what to parse, decompressing gzip on the fly. A zip
 * needs random access: a path is read in place, a stream is first spooled to a temporary file.
 */
export async function* openExport(input: NodeJS.ReadableStream | string, spoolDir = os.tmpdir(), onBytes: BytesRead = () => undefined): AsyncGenerator<ExportEntry> {
  const name = typeof input === 'string' ? path.basename(input) : 'upload';
  const raw = typeof input === 'string' ? fs.createReadStream(input, { highWaterMark: READ_CHUNK }) : input;
  const { head, all } = await peek(asBuffers(raw), 4);
  const compression = compressionOf(Buffer.concat(head));
  // Bytes count as the parser consumes them; a zip on disk is read in place and counts by its entries.
  if (compression === 'gzip') yield { name, bytes: gunzip(counted(all, onBytes)) };
  else if (compression === 'zip' && typeof input === 'string') {
    (raw as fs.ReadStream).destroy();
    yield* zipEntries(input, onBytes);
  } else if (compression === 'zip') yield* spooledZipEntries(counted(all, onBytes), spoolDir);
  else yield { name, bytes: counted(all, onBytes) };
}

/** Hears the bytes of the input consumed since the last call. */
export type BytesRead = (bytes: number) => void;

/** Large reads: fewer trips through the stream machinery for a file of hundreds of megabytes. */
const READ_CHUNK = 1024 * 1024;

async function* asBuffers(stream: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}

async function* counted(chunks: AsyncIterable<Buffer>, onBytes: BytesRead): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    onBytes(chunk.length);
    yield chunk;
  }
}

async function* gunzip(bytes: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const inflater = zlib.createGunzip();
  const feeding = pipeline(Readable.from(bytes), inflater).catch(() => undefined); // errors surface on the reading side
  try {
    for await (const chunk of inflater) yield chunk as Buffer;
  } catch (err) {
    throw new AppError('corrupt_gzip', `the gzip data is damaged or cut short: ${(err as Error).message}`, 422);
  } finally {
    inflater.destroy();
    await feeding;
  }
}

async function* zipEntries(file: string, onBytes: BytesRead = () => undefined): AsyncGenerator<ExportEntry> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  } catch (err) {
    throw new AppError('corrupt_zip', `the zip archive cannot be read: ${(err as Error).message}`, 422);
  }
  try {
    const entries = await corruptZipIsAppError(async () => {
      const list: yauzl.Entry[] = [];
      for await (const entry of zip.eachEntry()) list.push(entry);
      return list;
    });
    const choice = chooseZipEntries(entries.map((e) => e.fileName));
    if (!choice.ok) throw new AppError(choice.status === 415 ? 'unsupported_format' : 'unrecognised_format', choice.reason, choice.status);
    for (const chosen of choice.names) {
      const entry = entries.find((e) => e.fileName === chosen)!;
      const stream = await corruptZipIsAppError(() => zip.openReadStreamPromise(entry));
      // progress in file bytes: an entry's inflated bytes scaled by its compression ratio
      const ratio = entry.compressedSize / Math.max(1, entry.uncompressedSize);
      yield { name: chosen, bytes: counted(zipEntryBytes(stream, chosen), (n) => onBytes(n * ratio)) };
    }
  } finally {
    zip.close();
  }
}

/** yauzl reports damaged archives as plain errors; they are the upload's fault, not worth a retry. */
async function corruptZipIsAppError<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('corrupt_zip', `the zip archive is damaged: ${(err as Error).message}`, 422);
  }
}

async function* zipEntryBytes(stream: Readable, name: string): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (err) {
    throw new AppError('corrupt_zip', `zip entry ${name} cannot be read: ${(err as Error).message}`, 422);
  } finally {
    stream.destroy();
  }
}

async function* spooledZipEntries(bytes: AsyncIterable<Buffer>, spoolDir: string): AsyncGenerator<ExportEntry> {
  const dir = await fs.promises.mkdtemp(path.join(spoolDir, 'moodline-zip-'));
  const file = path.join(dir, 'upload.zip');
  try {
    await pipeline(Readable.from(bytes), fs.createWriteStream(file));
    yield* zipEntries(file);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
