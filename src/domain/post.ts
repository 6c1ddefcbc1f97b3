/** A social post as Moodline stores and analyses it. `createdAt` is always UTC. */
export interface Post {
  id: string;
  text: string;
  createdAt: Date;
  author?: string;
  /** Language declared by the export (ISO 639-1), when it had one. */
  lang?: string;
}

/** A file row that could not become a post, with a human reason. `line` is 1-based in the file. */
export interface Rejection {
  line: number;
  reason: string;
}

/** What a parser yields for every row it reads: a post or a rejection, never an exception. */
export type RowResult =
  | { ok: true; line: number; post: Post }
  | { ok: false; line: number; reason: string };
