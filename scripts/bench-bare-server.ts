/**
 * The API benchmark's yardstick: a bare Express app serving fixed JSON bodies from memory (`res.json`,
 * so it serialises on every request like the real endpoints). Run as a child process:
 * `node dist/scripts/bench-bare-server.js FILE.json` where FILE maps a path to its body; prints the port.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import express from 'express';

export function startBareServer(bodies: Record<string, unknown>): Promise<{ port: number; close(): void }> {
  const app = express();
  app.disable('x-powered-by');
  for (const [route, body] of Object.entries(bodies)) app.get(route, (_req, res) => { res.json(body); });
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as AddressInfo).port, close: () => server.close() }));
  });
}

if (require.main === module) {
  const bodies = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as Record<string, unknown>;
  void startBareServer(bodies).then(({ port }) => process.stdout.write(`listening ${port}\n`));
}
