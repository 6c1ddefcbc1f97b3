import type { Response } from 'express';

/**
 * Writes a chunk and, when the socket's buffer is full, waits for it to drain, so an export of any
 * size holds only a chunk or so in memory. Rejects when the client went away.
 */
export async function writeChunk(res: Response, chunk: string): Promise<void> {
  if (res.destroyed || res.writableEnded) throw new Error('client closed the connection');
  if (res.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (err?: Error) => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('client closed the connection'));
    res.on('drain', onDrain);
    res.on('close', onClose);
  });
}
