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
    [['--slides', 'decks/x'], { out: DEFAULT_OUT, notes: false, help: false, slides: 'decks/x' }],
    [['--slides=decks/y', '--notes'], { out: DEFAULT_OUT, notes: true, help: false, slides: 'decks/y' }],
  ])('%j', (argv, expected) => {
    expect(parseExportArgs(argv)).toEqual(expected);
  });

  test.each([
    [['--out'], '--out needs a file name'],
    [['--out', '--notes'], '--out needs a file name'],
    [['--out='], '--out= needs a file name'],
    [['--pdf'], 'unknown argument "--pdf"'],
    [['--slides'], '--slides needs a folder'],
    [['--slides='], '--slides= needs a folder'],
  ])('%j is refused', (argv, message) => {
    expect(() => parseExportArgs(argv)).toThrow(UsageError);
    expect(() => parseExportArgs(argv)).toThrow(message);
  });
});
