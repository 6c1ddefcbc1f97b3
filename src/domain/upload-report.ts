import type { Rejection } from './post';

export const UPLOAD_STATES = ['queued', 'parsing', 'scoring', 'done', 'failed'] as const;
export type UploadState = (typeof UPLOAD_STATES)[number];

/** What `GET /api/uploads/:uploadId` and `moodline ingest --json` report. accepted + duplicates + rejected = rows committed. */
export interface UploadReport {
  uploadId: string;
  dataset: string;
  state: UploadState;
  /** New posts counted in the dataset. */
  accepted: number;
  /** Rows whose post id was already seen, earlier in the file or in the dataset. */
  duplicates: number;
  /** Rows that could not become a post. */
  rejected: number;
  /** Accepted posts already aggregated (posts are counted when aggregated, so this equals accepted). */
  scored: number;
  /** Rows parsed so far (final once parsing ends). */
  rowsRead: number;
  /** 0–1 over parsing and scoring; 1 when done. */
  progress: number;
  /** The first 100 rejected rows by line. */
  errors: Rejection[];
  /** Rejected rows counted by kind of reason. */
  rejectedByReason: Record<string, number>;
  fileName?: string;
  bytes: number;
  format?: string;
  createdAt: string;
  finishedAt?: string;
  /** Why the upload failed, when state is `failed`. */
  error?: string;
}
