export const INGEST_QUEUE = 'ingest';
export const SCORE_QUEUE = 'score';

/** Job ids: BullMQ forbids `:` and integer-looking ids. */
export const ingestJobId = (uploadId: string): string => `ingest-${uploadId}`;
export const scoreJobId = (uploadId: string, batch: number): string => `${uploadId}-b${batch}`;
