/** A slide file that cannot become a slide: names the file, the line and what to do. */
export class SlideError extends Error {
  /** What is wrong and how to fix it. */
  readonly reason: string;
  /** The slide file, relative to the project (or as given). */
  readonly file: string;
  /** 1-based line in the file, when the problem has one. */
  readonly line?: number;

  constructor(reason: string, file: string, line?: number) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${reason}`);
    this.name = 'SlideError';
    this.reason = reason;
    this.file = file;
    if (line !== undefined) this.line = line;
  }
}
