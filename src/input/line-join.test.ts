import { expect, test } from 'vitest';
import { closeWideSpacing, joinLineTexts, spaceBetween } from './line-join.ts';

test.each([
  [['会议指出，文明实践工作是打通宣传群众、', '教育群众的重要抓手。'], '会议指出，文明实践工作是打通宣传群众、教育群众的重要抓手。'],
  [['　　2月1日下午，全市召开', '2021年度首都地区会议'], '2月1日下午，全市召开2021年度首都地区会议'],
  [['开展礼让斑马线、V', '蓝北京等活动'], '开展礼让斑马线、V蓝北京等活动'],
  [['the capital region', 'of Beijing'], 'the capital region of Beijing'],
  [['COVID-', '19'], 'COVID-19'],
  [['共', '', '  ', '同'], '共同'],
  [[], ''],
])('%j → %s', (lines, expected) => {
  expect(joinLineTexts(lines)).toBe(expected);
});

test.each([
  ['word', 'word', ' '],
  ['2021', 'year', ' '],
  ['2021', '年', ''],
  ['年', '2021', ''],
  ['，', 'A', ''],
  ['', 'A', ''],
])('between %s and %s: %j', (before, after, space) => {
  expect(spaceBetween(before, after)).toBe(space);
});

test.each([
  ['主 题 教 育 实 践 活 动 。 要 加', '主题教育实践活动。要加'],
  ['“迎建党百年华诞 展首都最美风采”', '“迎建党百年华诞展首都最美风采”'],
  ['V 蓝北京', 'V蓝北京'],
  ['2021 年', '2021年'],
  ['“十四五” 开局', '“十四五”开局'],
  ['the capital', 'the capital'],
  ['时间：2月1日\u3000地点：区政府', '时间：2月1日\u3000地点：区政府'],
])('spacing closed in %j: %j', (text, expected) => {
  expect(closeWideSpacing(text)).toBe(expected);
});
