import { expect, test } from 'vitest';
import type { Priority } from './model.ts';
import { shortTitles } from './titles.ts';

/** Priorities with these titles (only the title matters here). */
const priorities = (...titles: string[]): Priority[] => titles.map((text) => ({ title: { start: 0, end: text.length, text } }) as Priority);

test.each([
  [
    'a shared prefix of two or more characters is left out',
    ['更加把牢根本遵循', '更加突出主题主线', '更加聚焦重点任务'],
    ['把牢根本遵循', '突出主题主线', '聚焦重点任务'],
  ],
  ['a one-character prefix is kept', ['抓学习教育', '抓宣传引导'], ['抓学习教育', '抓宣传引导']],
  ['no prefix, nothing changes', ['深化创建', '完善机制'], ['深化创建', '完善机制']],
  ['at least two characters of each title stay', ['加强甲', '加强乙'], ['加强甲', '加强乙']],
  ['a single priority keeps its title', ['更加把牢根本遵循'], ['更加把牢根本遵循']],
])('%s', (_name, titles, expected) => {
  expect(shortTitles(priorities(...titles))).toEqual(expected);
});
