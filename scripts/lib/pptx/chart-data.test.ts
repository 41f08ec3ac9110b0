import { expect, test } from 'vitest';
import { CHARTS } from '../../../src/charts/index.ts';
import { priorityColor } from '../../../src/contract/index.ts';
import { SPEECH } from '../../../test/support/speech.ts';
import { nativeBarChart } from './chart-data.ts';

const context = { speech: SPEECH, slideIdOfPriority: (n: number) => `priority-${n}` };

test('the priorities chart is a native bar chart with its data, colours and unit', () => {
  const bar = nativeBarChart(CHARTS.priorities!.build(context).option);
  expect(bar?.labels).toEqual(SPEECH.priorities.map((p) => p.title.text));
  expect(bar?.values).toHaveLength(SPEECH.priorities.length);
  expect(bar?.values.every((v) => Number.isInteger(v) && v > 0)).toBe(true);
  expect(bar?.colours).toEqual(SPEECH.priorities.map((p) => priorityColor(p.number)));
  expect(bar?.valueFormat).toBe('0"字"');
  expect(bar?.seriesName).toBe('字数');
});

test.each(['structure', 'attendees', 'assessment'])('the %s chart is drawn as a picture', (name) => {
  expect(nativeBarChart(CHARTS[name]!.build(context).option)).toBeUndefined();
});

test.each([
  [{ series: [{ type: 'bar', data: [{ value: 1 }] }], yAxis: { data: ['a'] } }, '0'],
  [{ series: [{ type: 'bar', data: [{ value: 1, label: { formatter: '1人' } }] }], yAxis: { data: ['a'] } }, '0"人"'],
])('a bar chart without a unit in its labels, or with one: %j', (option, format) => {
  expect(nativeBarChart(option)?.valueFormat).toBe(format);
});

test.each([
  [
    {
      series: [
        { type: 'bar', data: [{ value: 1 }] },
        { type: 'bar', data: [] },
      ],
      yAxis: { data: ['a'] },
    },
  ],
  [{ series: [{ type: 'bar', data: [{ value: 'x' }] }], yAxis: { data: ['a'] } }],
  [{ series: [{ type: 'bar', data: [{ value: 1 }] }], yAxis: { data: [] } }],
  [{ series: { type: 'tree' } }],
])('not a plain bar chart: %j', (option) => {
  expect(nativeBarChart(option)).toBeUndefined();
});
