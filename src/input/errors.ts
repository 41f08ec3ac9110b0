/** A report file that cannot be read: the message names the file and says what to do. */
export class InputError extends Error {
  /** The file, as the user gave it. */
  readonly file: string;
  /** What is wrong and what to do, without the file name. */
  readonly problem: string;
  /** 1-based line of the file the problem was found at, when there is one. */
  readonly line: number | undefined;

  constructor(file: string, problem: string, line?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}`);
    this.name = 'InputError';
    this.file = file;
    this.problem = problem;
    this.line = line;
  }
}
