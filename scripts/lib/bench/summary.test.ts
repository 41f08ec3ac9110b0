import { expect, test } from 'vitest';
import { meanWithError, renderTable, summarise } from './summary.ts';

test('a spread is the median and range of the known values', () => {
  expect(summarise([3, undefined, 1, Number.NaN, 2])).toEqual({ median: 2, min: 1, max: 3 });
  expect(summarise([4, 1])).toEqual({ median: 2.5, min: 1, max: 4 });
  expect(summarise([undefined])).toBeUndefined();
});

test('a mean comes with two standard errors of it, from the sample deviation', () => {
  // Values 2, 4, 6: mean 4, sample variance 4, standard error sqrt(4 / 3).
  const result = meanWithError([2, undefined, 4, 6]);
  expect(result?.mean).toBe(4);
  expect(result?.twoStandardErrors).toBeCloseTo(2 * Math.sqrt(4 / 3), 10);
  expect(result?.count).toBe(3);
  expect(meanWithError([5])).toBeUndefined();
});

test('the table compares the first build with the second by their medians', () => {
  const table = renderTable(['deck', 'against'], [{ label: 'title painted', unit: 'ms', spreads: [summarise([80]), summarise([100])] }]);
  expect(table).toContain('| title painted | 80 ms | 100 ms | 0.80× |');
});
