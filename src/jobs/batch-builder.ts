import type { RowResult } from '../domain/post';
import type { ScoreJob } from './job-payloads';

const emptyColumns = (): ScoreJob['posts'] => ({ id: [], text: [], t: [], lang: [], author: [] });

/** Collects consecutive rows into score-job payloads of `size` rows each (posts and rejections alike). */
export class BatchBuilder {
  private posts = emptyColumns();
  private rejections: ScoreJob['rejections'] = [];
  private next = 0;

  constructor(private readonly base: { uploadId: string; dataset: string }, private readonly size: number) {}

  /** Adds a row; returns a full batch when this row completed one. */
  add(row: RowResult): ScoreJob | undefined {
    if (row.ok) {
      const p = row.post;
      this.posts.id.push(p.id);
      this.posts.text.push(p.text);
      this.posts.t.push(p.createdAt.getTime());
      this.posts.lang.push(p.lang ?? '');
      this.posts.author.push(p.author ?? '');
    } else {
      this.rejections.push({ line: row.line, reason: row.reason });
    }
    return this.posts.id.length + this.rejections.length >= this.size ? this.flush() : undefined;
  }

  /** The partial last batch, if any rows are pending. */
  flush(): ScoreJob | undefined {
    const rows = this.posts.id.length + this.rejections.length;
    if (rows === 0) return undefined;
    const job: ScoreJob = { ...this.base, batch: this.next++, rows, posts: this.posts, rejections: this.rejections };
    this.posts = emptyColumns();
    this.rejections = [];
    return job;
  }

  get batches(): number {
    return this.next;
  }
}
