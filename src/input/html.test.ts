import { describe, expect, test } from 'vitest';
import { readHtml } from './html.ts';

const HEADLINE = '全省志愿服务工作推进会在某市召开';
const BODY = [
  '11月8日，全省志愿服务工作推进会在某市召开。省委宣传部副部长、省文明办主任钱某出席会议并讲话，省文明办副主任许某主持会议。',
  '会议要求，各地各部门要以更高标准、更实举措推动志愿服务工作提质增效。一是健全组织体系。二是打造品牌项目。三是完善激励机制。',
  '各市文明办主任、分管副主任，省直有关单位负责同志参加会议。',
];

/** A portal page in layout tables: the headline in a table cell, not an `<h1>`, the date and source under it. */
function portalPage(title: string, headline: string): Uint8Array {
  return new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<table><tr><td class="nav"><a href="/">首页</a> | <a href="/zyfw/">志愿服务</a> | <a href="/wmsj/">文明实践</a></td></tr></table>
<table><tr><td class="dqwz">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zyfw/">志愿服务</a> &gt;&gt; 正文</td></tr>
<tr><td align="center" class="bt"><strong>${headline}</strong></td></tr>
<tr><td align="center" class="sj">2023-11-09 09:15:32 来源：省文明办 点击数：<script>document.write(2351)</script></td></tr>
<tr><td class="nr"><div class="TRS_Editor">${BODY.map((p) => `<p style="text-indent:2em">${p}</p>`).join('\n')}</div></td></tr>
</table></body></html>`);
}

describe('the headline of a page whose title goes on with the site after a dash', () => {
  test.each([
    ['a site name', `${HEADLINE}-某省文明网`],
    ['a name not known as a site', `${HEADLINE}-江淮之声`],
    ['a column and a site', `${HEADLINE}-志愿服务_某省文明网`],
  ])('%s: the headline the page shows, once', (_what, title) => {
    expect(readHtml('page.html', portalPage(title, HEADLINE)).paragraphs).toEqual([HEADLINE, ...BODY]);
  });

  test('a headline with a dash of its own is kept whole', () => {
    const headline = '某省2021-2025年志愿服务发展规划印发';
    expect(readHtml('page.html', portalPage(`${headline}-某省文明网`, headline)).paragraphs[0]).toBe(headline);
    expect(readHtml('page.html', portalPage(headline, headline)).paragraphs[0]).toBe(headline);
  });
});
