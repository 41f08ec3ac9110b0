import { describe, expect, test } from 'vitest';
import { DEFAULT_OUT, FORMATS, parseExportArgs, UsageError } from './export-args.ts';

describe('parseExportArgs', () => {
  const pdf = { format: 'pdf', out: DEFAULT_OUT, notes: false, help: false };
  test.each([
    [[], pdf],
    [['--notes'], { ...pdf, notes: true }],
    [['--out', 'handout.pdf'], { ...pdf, out: 'handout.pdf' }],
    [['-o', 'a/b.pdf', '--notes'], { ...pdf, out: 'a/b.pdf', notes: true }],
    [['--out=x.pdf'], { ...pdf, out: 'x.pdf' }],
    [['--help'], { ...pdf, help: true }],
    [['-h'], { ...pdf, help: true }],
    [['--slides', 'decks/x'], { ...pdf, slides: 'decks/x' }],
    [['--slides=decks/y', '--notes'], { ...pdf, notes: true, slides: 'decks/y' }],
    [['--format', 'pdf'], pdf],
    [['--format', 'pptx'], { ...pdf, format: 'pptx', out: FORMATS.pptx }],
    [['--format=pptx', '--out', 'talk.pptx', '--slides', 'decks/z'], { ...pdf, format: 'pptx', out: 'talk.pptx', slides: 'decks/z' }],
  ])('%j', (argv, expected) => {
    expect(parseExportArgs(argv)).toEqual(expected);
  });

  test.each([
    [['--out'], '--out needs a file name'],
    [['--out', '--notes'], '--out needs a file name'],
    [['--out='], '--out needs a file name'],
    [['--pdf'], 'unknown argument "--pdf"'],
    [['deck.pdf'], 'unknown argument "deck.pdf"'],
    [['--slides'], '--slides needs a folder'],
    [['--slides='], '--slides needs a folder'],
    [['--format'], '--format needs a format'],
    [['--format', 'docx'], 'unknown format "docx": use --format pdf or --format pptx'],
    [['--format', 'toString'], 'unknown format "toString"'],
    [['--notes=yes'], '--notes takes no value'],
    [['--format', 'pptx', '--notes'], '--notes is for the PDF: a PowerPoint file always carries the notes'],
  ])('%j is refused', (argv, message) => {
    expect(() => parseExportArgs(argv)).toThrow(UsageError);
    expect(() => parseExportArgs(argv)).toThrow(message);
  });
});
