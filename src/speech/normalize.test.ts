import { expect, test } from 'vitest';
import { normalizePunctuation } from './normalize.ts';

test.each([
  ['下午,全市', '下午，全市'],
  ['100周年,是', '100周年，是'],
  ['工作:一是', '工作：一是'],
  ['旋律;通过', '旋律；通过'],
  ['(精神文明调查研究处)', '（精神文明调查研究处）'],
  ['“迎建党百年华诞 展首都最美风采”', '“迎建党百年华诞 展首都最美风采”'],
  ['《全国文明城区测评体系》,结合', '《全国文明城区测评体系》，结合'],
  ['1,000 and a:b; f(x)', '1,000 and a:b; f(x)'],
  // An older system's copy: full-width digits and letters, and Latin marks typed between Chinese words.
  ['２０２２年４月１２日上午,推进会召开.', '2022年4月12日上午，推进会召开。'],
  ['用好"志愿芦溪"ＡＰＰ,占比１９.６%', '用好“志愿芦溪”APP，占比19.6%'],
  ['１.健全组织体系.依托阵地', '1.健全组织体系。依托阵地'],
  ['是否到位?请核实!', '是否到位？请核实！'],
  ['version 2.0. OK? yes!', 'version 2.0. OK? yes!'],
  // Text recognition reads the 一 of 一是 as a dash.
  ['韩立峰要求，—是要紧盯问题', '韩立峰要求，一是要紧盯问题'],
  ['—、关于测评反馈', '一、关于测评反馈'],
  ['2021—2025年', '2021—2025年'],
])('%s → %s', (input, expected) => {
  expect(normalizePunctuation(input)).toBe(expected);
  expect(normalizePunctuation(input)).toHaveLength(input.length);
});
