import { describe, expect, test } from 'vitest';
import { isPageNumberLine, isRelatedLinksHeading, isWebFurnitureLine, runningLineKey, withoutTrailingCredit } from './boilerplate.ts';

describe('page numbers', () => {
  test.each([
    '3',
    '- 3 -',
    '— 12 —',
    '－3－',
    '第3页',
    '第 3 页 共 10 页',
    '第3页/共10页',
    '共10页 第3页',
    '3/10',
    '3 / 10',
    'Page 3',
    'page 3 of 10',
    'P. 3',
  ])('%s is a page number', (line) => expect(isPageNumberLine(line)).toBe(true));
  test.each(['2021年', '一是加强', '3月2日', '(3)', '第三，深化', '第3页的内容在这里继续', '10000'])('%s is not', (line) =>
    expect(isPageNumberLine(line)).toBe(false),
  );
});

test.each([
  ['- 1 -', '- 12 -'],
  ['某区文明办简报  第1页', '某区文明办简报 第2页'],
])('running lines %s and %s have one key', (a, b) => {
  expect(runningLineKey(a)).toBe(runningLineKey(b));
});

describe('web page furniture', () => {
  test.each([
    '【责任编辑：王某】',
    '（责任编辑：李某）',
    '责任编辑:张三',
    '来源：区文明办',
    '【来源：某某日报】',
    '作者：某某',
    '编辑：王某 审核：李某',
    '发布时间：2022-04-09 10:21 来源：区文明办 字号：大 中 小',
    '时间：2022年4月9日',
    '字号：大 中 小',
    '【字体：大 中 小】',
    '浏览次数：1234',
    '分享到：',
    '上一篇：某街道召开推进会',
    '当前位置：首页 > 工作动态 > 正文',
    '扫一扫在手机打开当前页',
    '【打印】【关闭】',
    '[打印] [关闭]',
    '【打印本页】【关闭窗口】',
    '[ 打印此页 ] [ 关闭 ]',
    '版权所有：某区文明办',
    '京ICP备12345678号',
    '京公网安备 11010502030000号',
    'Copyright © 2022 某区文明网',
    '首页 | 政务公开 | 政务动态 | 互动交流',
    '首页｜文明创建｜志愿服务',
    '首页 · 本地新闻 · 视听',
  ])('%s is furniture', (line) => expect(isWebFurnitureLine(line)).toBe(true));

  test.each([
    '会议指出，文明实践工作是重要抓手。',
    '4月8日下午，某区召开2022年文明实践工作会议。',
    '（精神文明调查研究处）',
    '时间紧、任务重，各部门要提高认识。',
    '打印机采购情况和关闭工作群的安排由办公室负责通报。',
    '来源于群众、服务于群众，是文明实践的根本。',
    '坚持“党委领导·政府主导·社会参与”的工作格局。',
  ])('%s is content', (line) => expect(isWebFurnitureLine(line)).toBe(false));
});

test.each([
  ['相关新闻', true],
  ['【相关阅读】', true],
  ['相关链接：', true],
  ['延伸阅读', true],
  ['相关新闻报道显示，群众满意度逐年提高。', false],
])('%s heads related links: %s', (line, expected) => {
  expect(isRelatedLinksHeading(line)).toBe(expected);
});

test.each([
  ['活动情况及时上墙公示。【责任编辑：王某】', '活动情况及时上墙公示。'],
  ['活动情况及时上墙公示。（编辑：王某）', '活动情况及时上墙公示。'],
  ['活动情况及时上墙公示。', '活动情况及时上墙公示。'],
  ['（精神文明调查研究处）', '（精神文明调查研究处）'],
])('%s without its credit: %s', (line, expected) => {
  expect(withoutTrailingCredit(line)).toBe(expected);
});
