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
])('%s → %s', (input, expected) => {
  expect(normalizePunctuation(input)).toBe(expected);
  expect(normalizePunctuation(input)).toHaveLength(input.length);
});
