/** A speech whose structure cannot be read: says where (source line) and what to do. */
export class SpeechError extends Error {
  /** 1-based line of the speech file the problem was found at, when there is one. */
  readonly line?: number;

  constructor(message: string, line?: number) {
    super(message);
    this.name = 'SpeechError';
    if (line !== undefined) this.line = line;
  }
}
