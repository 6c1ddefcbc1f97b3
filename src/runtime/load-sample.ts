import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ingestJobId } from '../jobs/queue-names';
import type { Core } from './open-core';

export const SAMPLE_DATASET = 'o2-outage-2018';

/** Queues the bundled sample once per Redis (a user who deletes it does not get it back on restart). */
export async function loadSampleOnce(core: Core, repoRoot: string): Promise<string | undefined> {
  const file = path.join(repoRoot, 'data', 'samples', 'o2-data-outage-2018.csv');
  if (!fs.existsSync(file)) return undefined;
  if ((await core.redis.set(core.keys.sampleLoaded(), '1', 'NX')) !== 'OK') return undefined;
  const uploadId = `up_${randomUUID().replaceAll('-', '').slice(0, 24)}`;
  const bytes = (await fs.promises.stat(file)).size;
  await core.uploads.create({ uploadId, dataset: SAMPLE_DATASET, bytes, fileName: path.basename(file), format: 'csv' });
  await core.queues.ingest.add(
    'ingest',
    { uploadId, dataset: SAMPLE_DATASET, path: file, deleteAfter: false, options: { format: 'csv' } },
    { jobId: ingestJobId(uploadId) },
  );
  return uploadId;
}
