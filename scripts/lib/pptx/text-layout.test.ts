import { describe, expect, test } from 'vitest';
import { breakLines, type CharWidth, clusters, FIT_RATIO, naturalWidth } from './text-layout.ts';

/** A font where CJK characters and full-width marks are 1 em, everything else half an em, bold 10 % wider. */
const fakeWidth: CharWidth = (char, bold) => (/[\u3000-\u9fff\uff00-\uffef“”]/.test(char) ? 1 : 0.5) * (bold ? 1.1 : 1);
const runs = (text: string) => [{ text, bold: false }];
/** A line of `n` CJK characters at 10 px, with the fit ratio's room added. */
const width = (n: number): number => (n * 10) / FIT_RATIO;

describe('breakLines', () => {
  test.each([
    ['一二三四五六', 6, ['一二三四五六']],
    ['一二三四五六', 3, ['一二三', '四五六']],
    ['一二三四五六七', 3, ['一二三', '四五六', '七']],
    // A closing mark never starts a line: it takes the character before it along.
    ['一二，三四五', 2, ['一', '二，', '三四', '五']],
    // An opening mark never ends a line.
    ['一二《三》四', 3, ['一二', '《三》', '四']],
    // A Latin word or number stays whole.
    ['一二 2021 年', 4, ['一二', '2021 年']],
    ['一二三2021', 4, ['一二三', '2021']],
    ['', 3, ['']],
  ])('%j in %i characters', (text, chars, lines) => {
    expect(breakLines(runs(text), { fontPx: 10 }, width(chars), fakeWidth)).toEqual(lines);
  });

  test('bold text is measured with the bold widths', () => {
    const text = '一二三四五六七八九十';
    expect(breakLines(runs(text), { fontPx: 10 }, width(10), fakeWidth)).toHaveLength(1);
    expect(breakLines([{ text, bold: true }], { fontPx: 10 }, width(10), fakeWidth)).toHaveLength(2);
  });

  test('letter spacing takes room', () => {
    expect(breakLines(runs('一二三四'), { fontPx: 10, letterSpacingEm: 0.5 }, width(4), fakeWidth)).toHaveLength(2);
  });

  test('a word wider than the line is broken by characters', () => {
    const lines = breakLines(runs('abcdefghijklmnopqrst'), { fontPx: 10 }, width(4), fakeWidth);
    expect(lines.join('')).toBe('abcdefghijklmnopqrst');
    expect(lines.length).toBeGreaterThanOrEqual(3);
  });
});

test('clusters keep marks with their neighbours', () => {
  expect(clusters(runs('“十四五”开局'), { fontPx: 10 }, fakeWidth).map((c) => c.text)).toEqual(['“十', '四', '五”', '开', '局']);
});

test('naturalWidth is the text width plus the fit margin', () => {
  expect(naturalWidth(runs('一二 ab'), { fontPx: 10 }, fakeWidth)).toBeCloseTo((20 + 5 + 10) / FIT_RATIO);
});
