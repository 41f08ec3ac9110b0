/** A speech whose structure cannot be read: says where (source line) and what to do. */
export class SpeechError extends Error {
  constructor(
    message: string,
    /** 1-based line of the speech file the problem was found at, when there is one. */
    readonly line?: number,
  ) {
    super(message);
    this.name = 'SpeechError';
  }
}
