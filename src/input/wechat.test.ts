import { expect, test } from 'vitest';
import { isWeChatFurnitureLine } from './wechat.ts';

test.each([
  '点击蓝字　关注我们',
  '点击上方蓝字关注我们',
  'END',
  '- END -',
  '长按二维码　关注文明衢州',
  '长按识别二维码关注我们',
  '监制：徐国强',
  '编辑：毛佳怡',
  '审核：郑卫平',
  '校对：王某',
  '来源：衢州日报',
  '阅读原文',
  '原创',
  '预览时标签不可点',
  '微信扫一扫关注该公众号',
  '分享、点赞、在看　三连走起',
  '点个在看，分享给更多人',
])('%s is a WeChat account furniture line', (line) => expect(isWeChatFurnitureLine(line)).toBe(true));

test.each([
  '会议现场',
  '成绩来之不易',
  '会议指出，要分享创建经验，收藏好每一份群众点赞。',
  '4月11日下午，全市深化全国文明城市创建工作推进会召开。',
  '原创作品保护工作会议召开',
])('%s is not', (line) => expect(isWeChatFurnitureLine(line)).toBe(false));

test('a line that is only the account or the author is furniture', () => {
  expect(isWeChatFurnitureLine('文明衢州', new Set(['文明衢州']))).toBe(true);
  expect(isWeChatFurnitureLine('文明衢州', new Set())).toBe(false);
});
