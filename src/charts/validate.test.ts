import { describe, expect, test } from 'vitest';
import type { ChartSpec } from './types.ts';
import { findChartSpecProblem } from './validate.ts';

const good: ChartSpec = {
  title: '七个方面',
  summary: '七个方面工作，各有若干举措',
  option: { series: [{ type: 'bar', data: [1, 2, 3], label: { fontWeight: 'normal' } }], xAxis: { data: ['一', '二', '三'] } },
};
const withOption = (option: Record<string, unknown>): ChartSpec => ({ ...good, option });
const cyclic: Record<string, unknown> = { series: [{ type: 'bar' }] };
cyclic.self = cyclic;

describe('a chart spec', () => {
  test('that is plain JSON with typed series passes', () => {
    expect(findChartSpecProblem(good)).toBeUndefined();
    expect(findChartSpecProblem(withOption({ series: { type: 'tree', data: [] } }))).toBeUndefined();
  });

  test.each([
    ['no title', { ...good, title: ' ' }, /no title/],
    ['no summary', { ...good, summary: '' }, /no summary.*text alternative/],
    ['an option that is not an object', { ...good, option: [] as unknown as Record<string, unknown> }, /plain object/],
    ['no series', withOption({ xAxis: {} }), /option\.series is missing/],
    ['an empty series list', withOption({ series: [] }), /option\.series is missing or empty/],
    ['a series without a type', withOption({ series: [{ data: [1] }] }), /option\.series\[0\] has no "type"/],
    [
      'a function (a formatter)',
      withOption({ series: [{ type: 'bar', label: { formatter: () => 'x' } }] }),
      /option\.series\[0\]\.label\.formatter is a function/,
    ],
    ['undefined', withOption({ series: [{ type: 'bar', name: undefined }] }), /option\.series\[0\]\.name is undefined/],
    ['NaN', withOption({ series: [{ type: 'bar', data: [1, Number.NaN] }] }), /option\.series\[0\]\.data\[1\] is NaN/],
    ['a Date', withOption({ series: [{ type: 'bar' }], date: new Date(0) }), /option\.date is a Date/],
    ['a cycle', withOption(cyclic), /option\.self refers back to itself/],
    [
      'bold text',
      withOption({ series: [{ type: 'bar', label: { fontWeight: 'bold' } }] }),
      /option\.series\[0\]\.label\.fontWeight is "bold".*'normal'/,
    ],
  ])('with %s is refused, saying where and what to do', (_name, spec, message) => {
    expect(findChartSpecProblem(spec)).toMatch(message);
  });
});
