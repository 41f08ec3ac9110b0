/**
 * Lines that are not the report: page numbers and running headers of a printed page, and the
 * attribution, sharing and navigation lines that a news page puts around an article.
 */

/** `3`, `- 3 -`, `— 3 —`, `第3页`, `第 3 页 共 10 页`, `3/10`, `Page 3 of 10`. */
const PAGE_NUMBER_PATTERNS: readonly RegExp[] = [
  /^\d{1,4}$/,
  /^[-—–－~]\s*\d{1,4}\s*[-—–－~]$/,
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,，/]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^(page|p\.)\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
];

/** Whether a line is nothing but a page number, in one of the ways pages are numbered. */
export function isPageNumberLine(line: string): boolean {
  const text = line.trim();
  return PAGE_NUMBER_PATTERNS.some((pattern) => pattern.test(text));
}

/** A line's identity across pages: running headers and footers differ only in their numbers and spacing. */
export function runningLineKey(line: string): string {
  return line.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/** The longest line taken for page furniture: an article's sentences run longer. */
const MAX_FURNITURE_CHARS = 80;
/** Attribution and page tools around an article: `【责任编辑：…】`, `来源：…`, `发布时间：…`, `字号：大 中 小`… */
const WEB_FURNITURE_PATTERNS: readonly RegExp[] = [
  /^[【[（(]?\s*(责任编辑|编辑|责编|审核|审校|校对|终审|初审|复审|作者|记者|来源|稿源|摄影|图片)\s*[：:]/,
  /^[【[（(]?\s*(发布时间|发布日期|发表时间|更新时间|时间|日期)\s*[：:]\s*\d/,
  /^[【[]?\s*(字号|字体)\s*[：:]/,
  /^(浏览次数|阅读次数|阅读量|点击数|点击量|访问量)\s*[：:]/,
  /^(分享到|分享)\s*[：:]?/,
  /^(上一篇|下一篇|上一条|下一条)\s*[：:]/,
  /^(当前位置|您的位置|你的位置|您现在的位置|所在位置)\s*[：:]/,
  /^(扫一扫|打印本页|关闭窗口|返回顶部|收藏本页)/,
  /^([【[]?\s*(打印|关闭|收藏|返回|顶部|窗口|本页|此页|文章)+\s*[】\]]?\s*)+$/,
  /^(版权所有|主办单位|承办单位|技术支持|网站标识码|网站地图|联系我们)/,
  /(ICP备|公网安备)\s*\d/,
  /^Copyright|^©/i,
  // A menu: three or more short links apart by bars or middle dots, `首页 | 政务公开 | 互动交流`.
  /^([^\s|｜·。，；：]{1,8}\s*[|｜·]\s*){2,}[^\s|｜·。，；：]{1,8}$/,
];

/** Whether a line of a saved page is page furniture (attribution, tools, navigation, footer), not the article. */
export function isWebFurnitureLine(line: string): boolean {
  const text = line.trim();
  return text.length <= MAX_FURNITURE_CHARS && WEB_FURNITURE_PATTERNS.some((pattern) => pattern.test(text));
}

/** `相关新闻`, `相关阅读`, a WeChat account's `往期推荐`…: the heading of the links that follow an article; it and what follows are not the article. */
const RE_RELATED_HEADING =
  /^[【[]?\s*(相关新闻|相关阅读|相关链接|相关文章|相关稿件|延伸阅读|推荐阅读|热点推荐|猜你喜欢|更多新闻|往期推荐|往期回顾|往期精彩|精彩推荐|精彩回顾)\s*[】\]]?\s*[：:]?$/;

/** Whether a line heads the related links after an article. */
export function isRelatedLinksHeading(line: string): boolean {
  return RE_RELATED_HEADING.test(line.trim());
}

/** An editor's credit at the end of an article's last paragraph: `…公示。【责任编辑：王某】`. */
const RE_TRAILING_CREDIT = /\s*[【[（(]\s*(责任编辑|编辑|责编)\s*[：:][^】\]）)]{0,20}[】\]）)]\s*$/;

/** A line without an editor's credit at its end (the line itself when it carries none). */
export function withoutTrailingCredit(line: string): string {
  return line.replace(RE_TRAILING_CREDIT, '');
}
