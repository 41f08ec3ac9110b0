import { describe, expect, test } from 'vitest';
import { FIXTURE_SPEECHES } from '../../test/support/fixtures.ts';
import { isRepeatedGlyphText, topHanShare } from './text-layer.ts';

describe('real Chinese text', () => {
  test.each(FIXTURE_SPEECHES.map((f) => [f.name, f.source] as const))('%s is text', (_name, source) => {
    // The most frequent character of a report (`文`, `县`, `市`…) takes 2% to 6% of its characters.
    expect(topHanShare(source)!.share).toBeLessThan(0.08);
    expect(isRepeatedGlyphText(source)).toBe(false);
  });

  test('fifty characters in a row of any report are text', () => {
    for (const { source } of FIXTURE_SPEECHES) {
      const han = source.match(/\p{Script=Han}/gu) ?? [];
      for (let i = 0; i + 50 <= han.length; i += 5) expect(isRepeatedGlyphText(han.slice(i, i + 50).join(''))).toBe(false);
    }
  });
});

describe('a text layer whose fonts read every character as one', () => {
  // As a PDF printed without a Chinese font reads: one character for the headline's font, one for the body's.
  const layer = `${'我'.repeat(16)}5月22${'月'.repeat(120)}“${'月'.repeat(6)}”${'月'.repeat(80)}2024${'月'.repeat(40)}`;

  test('is not text', () => {
    expect(topHanShare(layer)).toMatchObject({ char: '月', han: 263 });
    expect(isRepeatedGlyphText(layer)).toBe(true);
  });

  test('spread over three characters, one for each font, is not text either', () => {
    expect(isRepeatedGlyphText(`${'我'.repeat(40)}${'月'.repeat(40)}${'全'.repeat(40)}`)).toBe(true);
  });

  test('too short to tell is let through', () => {
    expect(isRepeatedGlyphText('我'.repeat(49))).toBe(false);
    expect(topHanShare('no Chinese')).toBeUndefined();
  });
});
