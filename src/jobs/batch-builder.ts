import type { RowResult } from '../domain/post';
import type { ScoreJob } from './job-payloads';

/** Collects consecutive rows into score-job payloads of `size` rows each (posts and rejections alike). */
export class BatchBuilder {
  private posts: ScoreJob['posts'] = [];
  private rejections: ScoreJob['rejections'] = [];
  private next = 0;

  constructor(private readonly base: { uploadId: string; dataset: string }, private readonly size: number) {}

  /** Adds a row; returns a full batch when this row completed one. */
  add(row: RowResult): ScoreJob | undefined {
    if (row.ok) {
      const p = row.post;
      const post: ScoreJob['posts'][number] = { id: p.id, text: p.text, t: p.createdAt.getTime() };
      if (p.lang) post.lang = p.lang;
      if (p.author) post.author = p.author;
      this.posts.push(post);
    } else {
      this.rejections.push({ line: row.line, reason: row.reason });
    }
    return this.posts.length + this.rejections.length >= this.size ? this.flush() : undefined;
  }

  /** The partial last batch, if any rows are pending. */
  flush(): ScoreJob | undefined {
    const rows = this.posts.length + this.rejections.length;
    if (rows === 0) return undefined;
    const job: ScoreJob = { ...this.base, batch: this.next++, rows, posts: this.posts, rejections: this.rejections };
    this.posts = [];
    this.rejections = [];
    return job;
  }

  get batches(): number {
    return this.next;
  }
}
