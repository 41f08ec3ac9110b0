/**
 * Random and mutated reports: the importer gives a deck or a clear error, never a stack trace.
 * Every deck it gives builds, quotes only the report, and fits every page on both stages.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FIXTURE_SPEECHES } from '../../test/support/fixtures.ts';
import { buildImported, quotesOf } from '../../test/support/imported.ts';
import { SPEECH_SOURCE } from '../../test/support/speech.ts';
import { fidelityKey } from '../slides/fidelity.ts';
import { SpeechError } from '../speech/index.ts';
import { fitsOnSlide, importReport } from './index.ts';

const REPORTS = [SPEECH_SOURCE, ...FIXTURE_SPEECHES.map((f) => f.source)];
/** Marks a report may have in either width. */
const WIDTHS: readonly (readonly [string, string])[] = [
  ['，', ','],
  ['：', ':'],
  ['；', ';'],
  ['（', '('],
  ['）', ')'],
];
/** List markers a careless copy loses. */
const RE_MARKER =
  /[一二三四五六七八九十]{1,2}[是要、]|第[一二三四五六七八九十]{1,2}[，、]|（[一二三四五六七八九十\d]{1,2}）|\d[.、]|首先|其次|再次|最后/g;

/** The report's sentences, shuffled by `order` (a permutation source). */
function shuffleSentences(source: string, order: readonly number[]): string {
  const sentences = source.match(/[^。！？\n]+[。！？]?|\n+/g) ?? [];
  const keyed = sentences.map((s, i) => ({ s, key: order[i % order.length]! + i / 1000 }));
  return keyed
    .sort((a, b) => a.key - b.key)
    .map((k) => k.s)
    .join('');
}

/** The report with every `n`-th list marker dropped. */
function dropMarkers(source: string, n: number): string {
  let seen = 0;
  return source.replace(RE_MARKER, (marker) => (++seen % n === 0 ? '' : marker));
}

/** The report with marks switched between full width and ASCII at the positions `flips` picks. */
function mixPunctuation(source: string, flips: readonly boolean[]): string {
  let i = 0;
  return [...source]
    .map((c) => {
      const pair = WIDTHS.find(([wide, ascii]) => c === wide || c === ascii);
      if (!pair || !flips[i++ % flips.length]) return c;
      return c === pair[0] ? pair[1] : pair[0];
    })
    .join('');
}

/** The report with bytes that are not text spliced in, as a lenient decoder would give them. */
function withBinary(source: string, bytes: Uint8Array, at: number): string {
  const junk = new TextDecoder('utf-8').decode(bytes);
  const cut = Math.floor(at * source.length);
  return `${source.slice(0, cut)}${junk}${source.slice(cut)}`;
}

const mutated = fc.oneof(
  fc.tuple(fc.constantFrom(...REPORTS), fc.array(fc.nat(40), { minLength: 1, maxLength: 40 })).map(([r, o]) => shuffleSentences(r, o)),
  fc.tuple(fc.constantFrom(...REPORTS), fc.integer({ min: 1, max: 4 })).map(([r, n]) => dropMarkers(r, n)),
  fc.tuple(fc.constantFrom(...REPORTS), fc.array(fc.boolean(), { minLength: 1, maxLength: 16 })).map(([r, f]) => mixPunctuation(r, f)),
  fc
    .tuple(fc.constantFrom(...REPORTS), fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([r, b, at]) => withBinary(r, b, at)),
  fc.nat(12).map((n) => '\n \u3000\t\n'.repeat(n)),
  fc.string({ unit: fc.constantFrom(...'会议指出强调要求一是二是，。；：（）、“”\n 第一首先其次3月2日召开出席并讲话'), maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

/** The importer's answer to a report: a deck, or a clear error. Anything else fails the property. */
function checkImport(source: string): void {
  let result: ReturnType<typeof importReport>;
  try {
    result = importReport(source, { charts: {} });
  } catch (error) {
    // A clear error: the speech's own, saying what to do, never a TypeError from inside.
    expect(error).toBeInstanceOf(SpeechError);
    expect((error as Error).message).toMatch(/: .+/);
    return;
  }
  const deck = buildImported(result);
  const speechKey = fidelityKey(result.speech.text);
  for (const quote of quotesOf(deck)) expect(speechKey).toContain(fidelityKey(quote));
  for (const page of result.measured) expect(fitsOnSlide(page)).toBe(true);
}

describe('random and mutated reports', () => {
  test('shuffled, unmarked, mixed, binary-spliced, blank or random: a deck that builds, or a clear error', () => {
    fc.assert(fc.property(mutated, checkImport), { numRuns: 120, seed: 20_240_601 });
  });

  test('a report a hundred times its length still makes a deck that builds', { timeout: 240_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURE_SPEECHES.map((f) => f.source)), (source) => {
        const lines = source.split('\n');
        checkImport([lines[0], ...Array.from({ length: 100 }, () => lines.slice(1).join('\n'))].join('\n'));
      }),
      { numRuns: 2, seed: 7 },
    );
  });
});
