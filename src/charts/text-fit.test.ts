import { describe, expect, test } from 'vitest';
import { estimateTextWidth } from './frame.ts';
import { ELLIPSIS, fitText } from './text-fit.ts';

/** Fits at 10 px a character (the estimate): `chars` is the width in characters. */
const fitAt = (text: string, chars: number, maxLines = 2, balance = true) =>
  fitText(text, { width: chars * 10, fontSize: 10, maxLines, measure: estimateTextWidth, balance });

describe('a label that fits', () => {
  test.each([
    ['媒体', 4],
    ['市民服务热线', 6],
    ['146字 · 11%', 8],
  ])('%s stays on one line in %i characters', (text, chars) => {
    expect(fitAt(text, chars)).toEqual({ lines: [text], shortened: false });
  });
});

describe('a label that wraps', () => {
  test.each([
    ['at the end of a clause', '监督、曝光不文明行为', 7, ['监督、', '曝光不文明行为']],
    ['after 的', '提升市民群众的幸福感和满意度', 8, ['提升市民群众的', '幸福感和满意度']],
    ['before 和', '文明委成员单位和第三方', 8, ['文明委成员单位', '和第三方']],
    ['after a year', '2021年度首都地区文明办主任会议', 12, ['2021年度首都地区', '文明办主任会议']],
    ['never before a closing mark', '以“迎建党百年华诞”为主题', 10, ['以“迎建党百年华诞”', '为主题']],
    ['at a line break it is given', '参会单位\n13个', 10, ['参会单位', '13个']],
  ])('%s', (_how, text, chars, lines) => {
    expect(fitAt(text, chars)).toEqual({ lines, shortened: false });
  });

  test('in lines of about equal length when balanced, as long as no break gets worse', () => {
    expect(fitAt('创建材料审核检查', 7).lines).toEqual(['创建材料', '审核检查']);
    expect(fitAt('创建材料审核检查', 7, 2, false).lines).toEqual(['创建材料审核检', '查']);
  });
});

describe('a label too long for its lines', () => {
  test('is cut at its last clause boundary within reach, with an ellipsis', () => {
    const fitted = fitAt('为庆祝建党百年营造团结奋进、喜庆热烈的浓厚社会氛围', 16, 1);
    expect(fitted).toEqual({ lines: [`为庆祝建党百年营造团结奋进${ELLIPSIS}`], shortened: true });
  });

  test('is cut at a phrase when it has no clause boundary, and never inside a number', () => {
    const fitted = fitAt('把习近平总书记对北京重要讲话精神和加强精神文明建设工作的重要论述', 20, 1);
    expect(fitted.lines).toEqual([`把习近平总书记对北京重要讲话精神${ELLIPSIS}`]);
    expect(fitAt('全市1234567家单位', 6, 1).lines[0]).not.toMatch(/\d…$/);
  });

  test('keeps its first lines whole and shortens only the last', () => {
    const fitted = fitAt('通过广泛开展中国梦主题教育、弘扬中华传统美德、文明礼仪宣传教育、“北京榜样”大型主题活动', 14, 2);
    expect(fitted.shortened).toBe(true);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines[0]).toBe('通过广泛开展中国梦主题教育、');
    expect(fitted.lines[1]!.endsWith(ELLIPSIS)).toBe(true);
    for (const line of fitted.lines) expect(estimateTextWidth(line, 10)).toBeLessThanOrEqual(140);
  });
});
