import { expect, test } from 'vitest';
import { fromChineseNumeral, toChineseNumeral } from './numerals.ts';

test.each([
  [1, '一'],
  [7, '七'],
  [10, '十'],
  [12, '十二'],
  [20, '二十'],
  [23, '二十三'],
])('%i ⇄ %s', (n, numeral) => {
  expect(toChineseNumeral(n)).toBe(numeral);
  expect(fromChineseNumeral(numeral)).toBe(n);
});

test('not a numeral', () => {
  expect(fromChineseNumeral('是')).toBeUndefined();
  expect(() => toChineseNumeral(0)).toThrow(RangeError);
});
