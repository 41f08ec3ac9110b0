import { describe, expect, test } from 'vitest';
import { bulletLabel, formatListNumber, type ListDefinitions, listLabels } from './list-numbers.ts';

test.each([
  ['decimal', 3, '3'],
  ['decimalZero', 3, '03'],
  ['decimalFullWidth', 12, '１２'],
  ['decimalEnclosedCircle', 3, '③'],
  ['chineseCounting', 3, '三'],
  ['chineseCounting', 12, '十二'],
  ['chineseCountingThousand', 20, '二十'],
  ['ideographDigital', 10, '一〇'],
  ['ideographTraditional', 2, '乙'],
  // LibreOffice saves its 一, 二, 三 lists as Taiwanese counting; WPS and Word as Chinese counting.
  ['taiwaneseCountingThousand', 3, '三'],
  ['taiwaneseCounting', 11, '十一'],
  ['japaneseCounting', 4, '四'],
  ['taiwaneseDigital', 10, '一〇'],
  ['chineseLegalSimplified', 3, '叁'],
  ['chineseLegalSimplified', 12, '拾贰'],
  ['ideographLegalTraditional', 2, '貳'],
  ['ideographZodiac', 3, '寅'],
  ['ideographEnclosedCircle', 2, '㊁'],
  ['decimalEnclosedParen', 3, '⑶'],
  ['decimalEnclosedFullstop', 2, '⒉'],
  ['decimalEnclosedCircle', 21, '21'],
  ['lowerLetter', 2, 'b'],
  ['upperLetter', 28, 'BB'],
  ['lowerRoman', 4, 'iv'],
  ['upperRoman', 14, 'XIV'],
  ['bullet', 1, ''],
  ['someFutureFormat', 5, '5'],
])('%s %i → %s', (format, n, expected) => {
  expect(formatListNumber(format, n)).toBe(expected);
});

const LISTS: ListDefinitions = {
  levels: {
    '0': {
      0: { format: 'chineseCounting', text: '（%1）', start: 1 },
      1: { format: 'decimal', text: '%2.', start: 1 },
    },
    '1': { 0: { format: 'chineseCounting', text: '第%1，', start: 1 } },
    '2': { 0: { format: 'bullet', text: '●', start: 1 } },
    '3': { 0: { format: 'bullet', text: '➢', start: 1 } },
  },
  instances: {
    a: { definition: '0', startOverrides: {} },
    b: { definition: '0', startOverrides: {} },
    restart: { definition: '0', startOverrides: { 0: 1 } },
    ordinal: { definition: '1', startOverrides: {} },
    bullets: { definition: '2', startOverrides: {} },
    arrows: { definition: '3', startOverrides: {} },
  },
};

describe('labels of list paragraphs, counted as Word counts them', () => {
  test('levels count on their own, and a higher level restarts the lower one', () => {
    const paragraphs = [
      { instance: 'a', level: 0 },
      { instance: 'a', level: 1 },
      { instance: 'a', level: 1 },
      { instance: 'a', level: 0 },
      { instance: 'a', level: 1 },
    ];
    expect(listLabels(paragraphs, LISTS)).toEqual(['（一）', '1.', '2.', '（二）', '1.']);
  });

  test('a second instance of a definition continues its numbers; a start override restarts them', () => {
    const paragraphs = [
      { instance: 'a', level: 0 },
      { instance: 'b', level: 0 },
      { instance: 'restart', level: 0 },
      { instance: 'restart', level: 0 },
    ];
    expect(listLabels(paragraphs, LISTS)).toEqual(['（一）', '（二）', '（一）', '（二）']);
  });

  test("a report's bullets keep their mark, other bullets and unknown lists have none; other lists keep their own count", () => {
    const paragraphs = [
      { instance: 'ordinal', level: 0 },
      { instance: 'bullets', level: 0 },
      { instance: 'arrows', level: 0 },
      { instance: 'missing', level: 0 },
      { instance: 'ordinal', level: 0 },
    ];
    expect(listLabels(paragraphs, LISTS)).toEqual(['第一，', '●', '', '', '第二，']);
  });

  test.each([
    ['\uf0b7', '•'],
    ['\uf06c', '●'],
    ['◆', '◆'],
    ['——', '——'],
    ['o', ''],
    ['\uf0d8', ''],
  ])('the bullet %j shows as %j', (text, mark) => {
    expect(bulletLabel(text)).toBe(mark);
  });
});
