import { describe, expect, test } from 'vitest';
import { DEFAULT_OUT, parseExportArgs, UsageError } from './export-args.ts';

describe('parseExportArgs', () => {
  test.each([
    [[], { out: DEFAULT_OUT, notes: false, help: false }],
    [['--notes'], { out: DEFAULT_OUT, notes: true, help: false }],
    [['--out', 'handout.pdf'], { out: 'handout.pdf', notes: false, help: false }],
    [['-o', 'a/b.pdf', '--notes'], { out: 'a/b.pdf', notes: true, help: false }],
    [['--out=x.pdf'], { out: 'x.pdf', notes: false, help: false }],
    [['--help'], { out: DEFAULT_OUT, notes: false, help: true }],
  ])('%j', (argv, expected) => {
    expect(parseExportArgs(argv)).toEqual(expected);
  });

  test.each([
    [['--out'], '--out needs a file name'],
    [['--out', '--notes'], '--out needs a file name'],
    [['--out='], '--out= needs a file name'],
    [['--pdf'], 'unknown argument "--pdf"'],
  ])('%j is refused', (argv, message) => {
    expect(() => parseExportArgs(argv)).toThrow(UsageError);
    expect(() => parseExportArgs(argv)).toThrow(message);
  });
});
