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

/** A WeChat article page: the content hidden until the page's script shows it, the platform's buttons below. */
function weChatPage(content: string): Uint8Array {
  return new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="${HEADLINE}"><meta property="og:site_name" content="微信公众平台"><title>${HEADLINE}</title></head>
<body><div id="js_article" class="rich_media"><h1 class="rich_media_title" id="activity-name">${HEADLINE}</h1>
<div id="meta_content"><span class="rich_media_meta rich_media_meta_text">原创</span><a id="js_name">文明某省</a></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden; opacity: 0;">${content}</div></div>
<div class="wx_follow_tips">向上滑动看下一个</div>
<div id="js_bottom_bar"><span>微信扫一扫可打开此内容，使用完整服务</span><span>赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏</span></div>
</body></html>`);
}

describe('a WeChat article', () => {
  test('its hidden content is the article, without the account furniture', () => {
    const content = [
      '<p><span>点击蓝字 关注我们</span></p>',
      ...BODY.map((p) => `<section><p><span>${p}</span></p></section>`),
      '<p>END</p><p>编辑：王某</p><p>审核：李某</p><p>监制：赵某</p><p>文明某省</p>',
      '<p><strong>往期推荐</strong></p><p><a href="#">某市召开文明实践工作会议</a></p><p>长按二维码 关注我们</p>',
    ].join('\n');
    const read = readHtml('page.html', weChatPage(content));
    expect(read.paragraphs).toEqual([HEADLINE, ...BODY]);
    expect(read.dropped).toEqual(expect.arrayContaining(['点击蓝字 关注我们', 'END', '监制：赵某', '文明某省', '往期推荐']));
  });

  test('a page whose article is not in it stops, rather than reading its buttons', () => {
    expect(() => readHtml('page.html', weChatPage(''))).toThrow(/no article found/);
  });
});

test('a page of labels and links without a sentence of prose has no article', () => {
  const labels = Array.from({ length: 12 }, (_, i) => `<p>第${i + 1}期文明实践志愿服务活动掠影，轻点查看详情</p>`).join('\n');
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${HEADLINE}</title></head><body><article>${labels}</article></body></html>`;
  expect(() => readHtml('page.html', new TextEncoder().encode(page))).toThrow(/no article found/);
});

describe('a subtitle under the headline', () => {
  const subtitle = '——某省2024年志愿服务工作推进会召开';
  const main = '凝心聚力谱新篇　志愿服务暖人心';

  test('a title that holds headline and subtitle gives each its own line', () => {
    const read = readHtml('page.html', portalPage(`${main}${subtitle}_某省文明网`, main));
    expect(read.paragraphs.slice(0, 3)).toEqual([main, subtitle, BODY[0]]);
  });

  test('the line a page shows under the headline, outside the article, is its subtitle', () => {
    const page = new TextDecoder()
      .decode(portalPage(`${main}_某省文明网`, main))
      .replace('</strong></td></tr>', `</strong></td></tr>\n<tr><td align="center">${subtitle}</td></tr>`);
    expect(readHtml('page.html', new TextEncoder().encode(page)).paragraphs.slice(0, 3)).toEqual([main, subtitle, BODY[0]]);
  });
});
