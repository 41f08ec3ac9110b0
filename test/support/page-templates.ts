/**
 * A report saved from the kinds of site that publish the genre, each with its own template and
 * furniture: a county government portal (layout tables, GBK declared by `<meta http-equiv>` only,
 * a TRS editor box), a civilization office's site (the text as `<br>`-separated lines in one
 * `<div>`), a county media centre (an `<article>` with a meta line, a photo, spans and `&emsp;`
 * indents), a WeChat public account's article (its content hidden until the page's script shows it). Furniture words in FURNITURE must never reach the report's text.
 */
import { encodeGb18030 } from './report-formats.ts';

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Words that stand only in the templates' furniture. */
export const FURNITURE = [
  '当前位置',
  '首页',
  '发布时间',
  '浏览次数',
  '字体',
  '打印本页',
  '关闭窗口',
  '上一篇',
  '下一篇',
  '相关新闻',
  '主办单位',
  'ICP',
  '网站标识码',
  '公网安备',
  '分享到',
  '扫一扫',
  '版权所有',
  '阅读量',
  '推荐阅读',
  '责任编辑',
  '政务公开',
  '志愿者注册',
  '点击蓝字',
  '往期推荐',
  '长按二维码',
  '监制',
  '阅读原文',
  '预览时标签不可点',
  '微信扫一扫',
  '向上滑动',
  '轻点两下',
  '三连',
  '文明某县',
] as const;

/** A county government portal of the 2010s: nested layout tables, GBK declared by `<meta http-equiv>` only, the text in a TRS editor box. */
export function governmentPortalPage(paragraphs: readonly string[]): Uint8Array {
  const [headline = '', ...body] = paragraphs.map(escapeHtml);
  const page = `<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>${headline}</title><script type="text/javascript" src="/js/jquery.js"></script></head>
<body><table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo"><img src="/images/logo.png" alt="某县人民政府" /></td></tr>
<tr><td class="menu"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwdt/">政务动态</a> | <a href="/hdjl/">互动交流</a></td></tr>
<tr><td class="position">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwdt/">政务动态</a> &gt;&gt; 部门动态</td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="title" align="center">${headline}</td></tr>
<tr><td class="info" align="center">发布时间：2023-03-10 09:30:12&nbsp;&nbsp;来源：县文明办&nbsp;&nbsp;浏览次数：<span id="hits">1024</span>&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td class="content"><div class="TRS_Editor"><style type="text/css">.TRS_Editor P{margin-top:0;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}</style>
${body.map((p) => `<p style="text-indent:2em">${p}</p>`).join('\n')}
</div></td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td>上一篇：<a href="/zwdt/1.html">县文明办开展志愿服务集中行动</a><br />下一篇：<a href="/zwdt/2.html">县召开创建工作推进会</a></td></tr>
</table></td></tr>
<tr><td class="footer">主办单位：某县人民政府办公室&nbsp;&nbsp;承办单位：某县融媒体中心<br />网站标识码：3501230001&nbsp;&nbsp;<a href="https://beian.miit.gov.cn">闽ICP备05012345号</a>&nbsp;&nbsp;闽公网安备 35012302000123号</td></tr>
</table></body></html>`;
  return encodeGb18030(page);
}

/** A civilization office's site: the text as `<br>`-separated lines indented with full-width spaces in one `<div>`, share widgets, related news. */
export function civilizationOfficePage(paragraphs: readonly string[]): Uint8Array {
  const [headline = '', ...body] = paragraphs.map(escapeHtml);
  const page = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${headline} - 某市文明网</title></head>
<body><header><div class="logo">某市文明网</div><nav><a href="/">首页</a><a href="/wmcj/">文明创建</a><a href="/zyfw/">志愿服务</a><a href="/zyz/">志愿者注册</a></nav></header>
<div class="breadcrumb">您的位置：<a href="/">首页</a> &gt; <a href="/gzdt/">工作动态</a></div>
<div class="detail">
<h2 class="detail-title">${headline}</h2>
<div class="detail-info"><span>来源：市文明办</span><span>发布时间：2023-09-13</span><span>作者：综合处</span></div>
<div class="font-size">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor" id="zoom">${body.map((p) => `　　${p}`).join('<br>\n')}<br></div>
<div class="bdsharebuttonbox">分享到：<a class="bds_weixin" title="分享到微信"></a><a class="bds_tsina" title="分享到新浪微博"></a></div>
<div class="qr">扫一扫在手机打开当前页</div>
<div class="tools">[ 打印本页 ] [ 关闭窗口 ]</div>
</div>
<aside class="related"><h3>相关新闻</h3><ul><li><a href="/gzdt/3.html">市文明办召开创建工作调度会</a></li><li><a href="/gzdt/4.html">文明实践志愿服务月活动启动</a></li></ul></aside>
<footer>版权所有：某市精神文明建设委员会办公室 <a href="https://beian.miit.gov.cn">ICP备12345678号-1</a></footer>
</body></html>`;
  return new TextEncoder().encode(page);
}

/** A county media centre's article page: `<article>` with a meta line, a photo, paragraphs of spans indented with `&emsp;`, recommended reading. */
export function mediaCentrePage(paragraphs: readonly string[]): Uint8Array {
  const [headline = '', ...body] = paragraphs.map(escapeHtml);
  const paragraph = (text: string): string =>
    `<p><span style="font-size:16px;">&emsp;&emsp;<span style="font-family:仿宋">${text}</span></span></p>`;
  const page = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>${headline}_某县融媒体中心</title></head>
<body><div class="top-bar"><a href="/">首页</a> <a href="/news/">本地新闻</a> <a href="/video/">视听</a></div>
<div class="location">当前位置：首页 &gt; 本地新闻</div>
<article class="news">
<h1>${headline}</h1>
<div class="meta">来源：某县融媒体中心&nbsp;&nbsp;编辑：王某&nbsp;&nbsp;发布时间：2023-05-09 18:20&nbsp;&nbsp;阅读量：3456</div>
<div class="news-body">
<p style="text-align:center"><img src="/upload/2023/05/meeting.jpg" alt="会议现场"></p>
${body.map(paragraph).join('\n')}
<p class="editor" style="text-align:right">责任编辑：李某</p>
</div>
<div class="page-nav"><a href="/news/5.html">上一篇：我县开展文明交通劝导</a> <a href="/news/7.html">下一篇：县志愿者走进社区</a></div>
</article>
<div class="recommend"><h3>推荐阅读</h3><ul><li><a href="/news/8.html">县文明实践中心开展主题活动</a></li><li><a href="/news/9.html">我县表彰一批道德模范</a></li></ul></div>
<div class="footer">主办：某县融媒体中心 &nbsp; 网站标识码：1234567890 &nbsp; <a href="https://beian.miit.gov.cn">ICP备2021001234号</a></div>
</body></html>`;
  return encodeGb18030(page);
}

/**
 * A WeChat public account's article as a browser saves it from mp.weixin.qq.com: the content hidden
 * until the page's script shows it, the account's furniture inside it (a follow banner, END, staff
 * credits, earlier articles, a QR code) and the platform's buttons around it.
 */
export function weChatPage(paragraphs: readonly string[]): Uint8Array {
  const [headline = '', ...body] = paragraphs.map(escapeHtml);
  const paragraph = (text: string): string =>
    `<section style="line-height:1.75em;"><p style="text-indent:2em;"><span style="font-size:15px;color:rgb(62,62,62);">${text}</span></p></section>`;
  const page = `<!DOCTYPE html>
<html class=""><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="${headline}">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA5MDAwMDAwMA==&amp;mid=2650000001&amp;idx=1">
<meta property="og:site_name" content="微信公众平台">
<meta name="author" content="某县文明办">
<title>${headline}</title>
<script>var nickname = "文明某县";</script></head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">
${headline}
</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text" id="copyright_logo">原创</span>
<span class="rich_media_meta rich_media_meta_text">某县文明办</span>
<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">文明某县</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-04-12 18:30</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden; opacity: 0;">
<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/top/0?wx_fmt=gif"><p><span style="font-size:12px;">点击蓝字　关注我们</span></p></section>
${body.map(paragraph).join('\n')}
<section style="text-align:center;"><p><span style="font-size:12px;">END</span></p></section>
<section style="font-size:12px;"><p>来源：某县融媒体中心</p><p>编辑：王某</p><p>审核：李某</p><p>监制：赵某</p></section>
<section><p style="text-align:center;"><strong>往期推荐</strong></p>
<p><a href="http://mp.weixin.qq.com/s?mid=2650000000">我县开展文明交通劝导</a></p></section>
<section style="text-align:center;"><p>长按二维码　关注文明某县</p><p>分享、点赞、在看　三连走起</p></section>
</div>
<div id="js_tags_preview_toast" style="display:none;">预览时标签不可点</div>
<div id="js_read_area3" style="display:none;"><a id="js_view_source"><span>阅读原文</span></a></div>
</div></div>
<div id="js_pc_qr_code" style="display:none;"><p>微信扫一扫<br>关注该公众号</p></div></div>
<div id="unlogin_bottom_bar"><div class="wx_follow_nickname">文明某县</div><div class="wx_follow_tips">向上滑动看下一个</div></div>
<div id="js_bottom_bar"><span>微信扫一扫可打开此内容，使用完整服务</span><span>：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏</span></div>
</body></html>`;
  return new TextEncoder().encode(page);
}
