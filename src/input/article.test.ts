import { describe, expect, test } from 'vitest';
import { articleLines, headlineOf, withoutSiteName } from './article.ts';

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

  test.each([
    ['全省志愿服务工作推进会在合肥召开-安徽文明网', '全省志愿服务工作推进会在合肥召开'],
    ['某县召开文明城市创建工作推进会—某县人民政府', '某县召开文明城市创建工作推进会'],
    ['某市文明实践工作会议召开-某市融媒体中心', '某市文明实践工作会议召开'],
    ['某市文明实践工作会议召开－新闻频道', '某市文明实践工作会议召开'],
    ['某区文明实践工作会议召开-www.example-wm.gov.cn', '某区文明实践工作会议召开'],
    ['《某市2021-2025年文明城市创建规划》印发-某市文明网', '《某市2021-2025年文明城市创建规划》印发'],
  ])('a site name after an unspaced dash is left out: %s', (title, expected) => {
    expect(withoutSiteName(title)).toBe(expected);
    expect(headlineOf(title, [])).toBe(expected);
  });

  test.each([
    '《某市2021-2025年文明城市创建规划》印发',
    '京津冀-长三角文明城市创建交流会召开',
    '京津冀协同发展文明共建推进会-2023',
    '用爱点亮万家灯火——记某社区新时代文明实践站',
    '某区召开文明实践工作会议-要把实事办到群众心坎上',
  ])('a dash of the headline itself stays: %s', (title) => {
    expect(withoutSiteName(title)).toBe(title);
    expect(headlineOf(title, [])).toBe(title);
  });

  test('the headline a page shows, where the title goes on with a site name not known as one', () => {
    const title = '某区文明实践工作会议召开-江淮之声';
    const shown = ['首页', '志愿服务', '某区文明实践工作会议召开', '2023-11-09 来源：区文明办'];
    expect(headlineOf(title, [], shown)).toBe('某区文明实践工作会议召开');
    expect(headlineOf(`${title}_某区文明网`, [], shown)).toBe('某区文明实践工作会议召开');
  });

  test('a short piece a page shows before a dash is not taken for the headline', () => {
    const title = '京津冀-长三角文明城市创建交流会召开';
    expect(headlineOf(title, [], ['京津冀', '长三角', title])).toBe(title);
    expect(headlineOf(title, [], ['京津冀'])).toBe(title);
  });

  test('a heading that holds the whole title, dash and all, is the headline', () => {
    const title = '某区召开文明实践工作会议-要把实事办到群众心坎上';
    expect(headlineOf(title, [title], ['某区召开文明实践工作会议', title])).toBe(title);
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
