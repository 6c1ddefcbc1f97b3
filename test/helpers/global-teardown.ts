import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const r = (globalThis as { __moodlineRedis?: { stop(): Promise<void>; dir: string } }).__moodlineRedis;
  if (!r) return;
  await r.stop();
  fs.rmSync(r.dir, { recursive: true, force: true });
}
