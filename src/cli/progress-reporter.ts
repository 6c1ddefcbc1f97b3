import type { UploadReport } from '../domain/upload-report';

/** Progress of an upload on stderr: a redrawn bar with rows/s and ETA on a terminal, plain lines otherwise. */
export function createProgressReporter(out: NodeJS.WritableStream & { isTTY?: boolean }, nowMs: () => number = Date.now) {
  const started = nowMs();
  let lastLine = 0;
  return {
    update(r: UploadReport): void {
      const elapsed = Math.max(0.001, (nowMs() - started) / 1000);
      const rows = r.accepted + r.duplicates + r.rejected;
      const rate = rows / elapsed;
      const eta = r.progress > 0.01 ? (elapsed * (1 - r.progress)) / r.progress : undefined;
      const text = `${r.state.padEnd(7)} ${(r.progress * 100).toFixed(1).padStart(5)}%  ${rows} rows  ${Math.round(rate)} rows/s` +
        (eta !== undefined && r.state !== 'done' ? `  ETA ${Math.ceil(eta)}s` : '');
      if (out.isTTY) {
        const width = 24;
        const filled = Math.round(r.progress * width);
        out.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}\u001b[K`);
      } else if (nowMs() - lastLine >= 2000 || r.state === 'done' || r.state === 'failed') {
        lastLine = nowMs();
        out.write(`${text}\n`);
      }
    },
    end(): void {
      if (out.isTTY) out.write('\n');
    },
  };
}
