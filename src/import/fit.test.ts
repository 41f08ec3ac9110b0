/** The size model: lines of text at the theme's sizes, slides that fit and slides that do not. */
import { describe, expect, test } from 'vitest';
import { PHONE_TEXT_LAYOUT, WIDE_TEXT_LAYOUT } from '../contract/text-layout.ts';
import { fitsOnSlide, lineCount, type SlideText, slideHeight, trackerFits } from './fit.ts';

const body = WIDE_TEXT_LAYOUT.bullets.body;
const han = (n: number): string => '文'.repeat(n);

describe('lines', () => {
  test.each([
    ['nothing', '', 1000, 0],
    ['a line of CJK that fits with an em to spare', han(24), 1000, 1],
    ['one character more than a line holds (width / size − 1)', han(25), 1000, 2],
    ['narrow characters take 0.6 em', 'a'.repeat(39), 1000, 1],
    ['a number is not broken across lines', `${han(22)} 2021`, 1000, 2],
    ['a run longer than a line breaks anywhere', 'x'.repeat(100), 1000, 3],
  ])('%s', (_what, text, width, lines) => {
    expect(lineCount(text, width, body)).toBe(lines);
  });

  test('letter spacing widens every character', () => {
    expect(lineCount(han(23), 1000, body, 0.02)).toBe(1);
    expect(lineCount(han(23), 1000, body, 0.1)).toBe(2);
  });
});

describe('slides', () => {
  const slide = (items: number, chars: number, tracker?: string[]): SlideText => ({
    layout: 'bullets',
    kicker: '一是',
    heading: '更加把牢根本遵循',
    items: Array.from({ length: items }, () => han(chars)),
    ...(tracker ? { tracker } : {}),
  });

  test('the height is the header, a gap and the list, all inside the padding', () => {
    const { needed, available } = slideHeight(slide(1, 10), WIDE_TEXT_LAYOUT);
    expect(available).toBe(1080 - 96 - 72);
    expect(needed).toBe(32 + 12 + 80 + 30 + 48 + 64);
  });

  test.each([
    [4, 38, true],
    [6, 38, true],
    [8, 38, false],
    [3, 200, false],
  ])('%i bullets of %i characters fit: %s', (items, chars, fits) => {
    expect(fitsOnSlide(slide(items, chars))).toBe(fits);
  });

  test('the phone, with its narrow column, decides for long bullets', () => {
    const long = slide(3, 110);
    expect(slideHeight(long, WIDE_TEXT_LAYOUT).needed).toBeLessThan(slideHeight(long, WIDE_TEXT_LAYOUT).available);
    expect(slideHeight(long, PHONE_TEXT_LAYOUT).needed).toBeGreaterThan(slideHeight(long, PHONE_TEXT_LAYOUT).available);
    expect(fitsOnSlide(long)).toBe(false);
  });

  test('a tracker takes room; one whose labels would wrap past two lines is not shown', () => {
    const short = ['根本遵循', '基本职责', '根本任务'];
    expect(slideHeight(slide(1, 10, short), WIDE_TEXT_LAYOUT).needed).toBe(slideHeight(slide(1, 10), WIDE_TEXT_LAYOUT).needed + 72 + 48);
    expect(trackerFits(short)).toBe(true);
    expect(trackerFits(Array.from({ length: 9 }, () => han(20)))).toBe(false);
  });
});
