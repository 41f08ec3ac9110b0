import { describe, expect, test } from 'vitest';
import { articleLines, headlineOf } from './article.ts';

describe('the headline of a saved page', () => {
  test.each([
    ['某区2022年文明实践工作会议召开_某区文明网', ['某区2022年文明实践工作会议召开'], '某区2022年文明实践工作会议召开'],
    ['某区文明网 - 某区2022年文明实践工作会议召开', ['网站导航', '某区2022年文明实践工作会议召开'], '某区2022年文明实践工作会议召开'],
    ['某区2022年文明实践工作会议召开_工作动态_某区文明网', [], '某区2022年文明实践工作会议召开'],
    ['某区2022年文明实践工作会议召开 | 某区文明网', ['某区文明网'], '某区2022年文明实践工作会议召开'],
    ['2021年度首都地区文明办主任会议召开', [], '2021年度首都地区文明办主任会议召开'],
    ['', ['某市召开未成年人思想道德建设工作座谈会'], '某市召开未成年人思想道德建设工作座谈会'],
    ['某市召开未成年人思想道德建设工作…_某市文明网', ['某市召开未成年人思想道德建设工作座谈会'], '某市召开未成年人思想道德建设工作座谈会'],
  ])('%s with headings %j → %s', (title, headings, expected) => {
    expect(headlineOf(title, headings)).toBe(expected);
  });
});

test('furniture, a repeated headline, credits and related links are left out of the article', () => {
  const headline = '某区会议召开';
  const paragraphs = [
    '某区会议召开',
    '发布时间：2022-04-09 来源：区文明办 字号：大 中 小',
    '4月8日下午，某区召开会议。',
    '会议指出，要做好工作。【责任编辑：王某】',
    '（精神文明调查研究处）',
    '相关新闻',
    '某街道召开推进会',
  ];
  expect(articleLines(headline, paragraphs)).toEqual({
    kept: ['4月8日下午，某区召开会议。', '会议指出，要做好工作。', '（精神文明调查研究处）'],
    dropped: ['某区会议召开', '发布时间：2022-04-09 来源：区文明办 字号：大 中 小', '【责任编辑：王某】', '相关新闻', '某街道召开推进会'],
  });
});

test('menus above the headline are left out with it, when the article came with the page around it', () => {
  const paragraphs = ['首页 政务公开 政务动态', '某区会议召开', '4月8日下午，某区召开会议。'];
  expect(articleLines('某区会议召开', paragraphs)).toEqual({
    kept: ['4月8日下午，某区召开会议。'],
    dropped: ['首页 政务公开 政务动态', '某区会议召开'],
  });
});
