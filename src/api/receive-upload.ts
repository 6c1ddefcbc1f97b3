import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Request } from 'express';
import { AppError, badRequest } from '../errors/app-error';

export interface ReceivedFile {
  path: string;
  bytes: number;
  fileName?: string;
}

const tooLarge = (max: number) =>
  new AppError('payload_too_large', `upload exceeds the ${Math.round(max / 1048576)} MB limit (MOODLINE_MAX_UPLOAD_MB)`, 413);

/**
 * Streams the request body (raw, or the multipart field `file`) to `dest`, never holding it in memory.
 * On any failure (too large, aborted, no file) the partial file is removed before the error is thrown.
 */
export async function receiveUpload(req: Request, dest: string, maxBytes: number): Promise<ReceivedFile> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  await fs.promises.mkdir(path.dirname(dest), { recursive: true });
  try {
    const isMultipart = (req.headers['content-type'] ?? '').startsWith('multipart/form-data');
    return isMultipart ? await receiveMultipart(req, dest, maxBytes) : await writeCapped(req, dest, maxBytes);
  } catch (err) {
    await fs.promises.rm(dest, { force: true });
    if (err instanceof AppError) throw err;
    throw new AppError('upload_aborted', `upload did not complete: ${(err as Error).message}`, 400);
  }
}

async function writeCapped(source: Readable, dest: string, maxBytes: number, fileName?: string): Promise<ReceivedFile> {
  let bytes = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      bytes += chunk.length;
      cb(bytes > maxBytes ? tooLarge(maxBytes) : null, chunk);
    },
  });
  const out = fs.createWriteStream(dest);
  try {
    await pipeline(source, cap, out);
  } catch (err) {
    // The file may still be opening when the client goes away: let it close, so the caller's removal sticks.
    if (!out.closed) await once(out, 'close').catch(() => undefined);
    throw err;
  }
  return fileName ? { path: dest, bytes, fileName } : { path: dest, bytes };
}

function receiveMultipart(req: Request, dest: string, maxBytes: number): Promise<ReceivedFile> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes + 1 } });
    } catch (err) {
      reject(badRequest(`bad multipart request: ${(err as Error).message}`));
      return;
    }
    let pending: Promise<ReceivedFile> | undefined;
    bb.on('file', (field, stream, info) => {
      if (field !== 'file' || pending) {
        stream.resume();
        return;
      }
      pending = writeCapped(stream, dest, maxBytes, info.filename);
      pending.catch(() => undefined);
    });
    bb.on('error', (err) => reject(badRequest(`bad multipart request: ${(err as Error).message}`)));
    bb.on('close', () => {
      if (!pending) reject(badRequest('multipart upload has no field named "file"'));
      else pending.then(resolve, reject);
    });
    req.on('aborted', () => reject(new AppError('upload_aborted', 'client aborted the upload', 400)));
    req.pipe(bb);
  });
}
