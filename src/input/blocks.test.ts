import { expect, test } from 'vitest';
import { collapseWhiteSpace, htmlBlocks } from './blocks.ts';

test.each([
  ['<p>　　会议指出，\n  要做好工作。</p><p>会议要求：</p>', ['会议指出，要做好工作。', '会议要求：']],
  ['<div>导语<p>第一段</p>尾声</div>', ['导语', '第一段', '尾声']],
  ['<p>第一行<br>第二行</p>', ['第一行', '第二行']],
  [
    '<ol><li>（一）抓好<strong>理论</strong>宣讲。</li><li>（二）抓好阵地运行。</li></ol>',
    ['（一）抓好理论宣讲。', '（二）抓好阵地运行。'],
  ],
  ['<table><tr><td>时间</td><td>2月1日</td></tr></table>', ['时间', '2月1日']],
  ['<p>正文</p><script>var x = "不是正文";</script><style>p{}</style>', ['正文']],
  ['<p> </p><p>\u3000\u3000</p>', []],
])('%s → %j', (html, expected) => {
  expect(htmlBlocks(html)).toEqual(expected);
});

test.each([
  ['会议\n指出', '会议指出'],
  ['会议 指出', '会议 指出'],
  ['the\ncapital', 'the capital'],
  ['2021年\n度', '2021年度'],
  ['V\n蓝北京', 'V 蓝北京'],
  ['a  \t b', 'a b'],
])('white space in %j shows as %j', (text, expected) => {
  expect(collapseWhiteSpace(text)).toBe(expected);
});
