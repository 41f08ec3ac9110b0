/**
 * Articles of WeChat public accounts saved from mp.weixin.qq.com: the article stands in `#js_content`,
 * which the page hides until its script runs, so it is read by its id rather than found by Readability.
 */
import type { parseHTML } from 'linkedom';

type PageDocument = ReturnType<typeof parseHTML>['document'];

/** The element that holds the article on every WeChat article page. */
const CONTENT = '#js_content, .rich_media_content';
/** Where the headline stands, best first. */
const HEADLINE = '#activity-name, h1.rich_media_title, .rich_media_title';
/** Where the account's name and the author's stand, above the article. */
const NAMES = '#js_name, .profile_nickname, .rich_media_meta_nickname, #js_author_name, .rich_media_meta_text';

function metaContent(document: PageDocument, property: string): string {
  return document.querySelector(`meta[property="${property}"]`)?.getAttribute('content')?.trim() ?? '';
}

function textOf(element: { textContent: string | null } | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether a page is a WeChat article: its content element, or the platform named in its Open Graph tags. */
export function isWeChatPage(document: PageDocument): boolean {
  return (
    document.querySelector('#js_content') !== null ||
    metaContent(document, 'og:site_name') === '微信公众平台' ||
    metaContent(document, 'og:url').includes('mp.weixin.qq.com')
  );
}

/** What a WeChat page holds: its headline, the article's element, and the names shown around it. */
export interface WeChatArticle {
  readonly headline: string;
  /** The article's element, whatever its style says; undefined when the page has none. */
  readonly content: ReturnType<PageDocument['querySelector']>;
  /** The account's name and the author's: a line that is only one of them is no part of the report. */
  readonly names: ReadonlySet<string>;
}

/** The parts of a WeChat page the import reads. */
export function weChatArticle(document: PageDocument): WeChatArticle {
  const headline = textOf(document.querySelector(HEADLINE)) || metaContent(document, 'og:title') || textOf(document.querySelector('title'));
  const names = new Set(
    [...document.querySelectorAll(NAMES)].map(textOf).concat(document.querySelector('meta[name="author"]')?.getAttribute('content') ?? ''),
  );
  names.delete('');
  return { headline, content: document.querySelector(CONTENT), names };
}

/** The longest line taken for an account's furniture: the article's sentences run longer. */
const MAX_FURNITURE_CHARS = 40;
/**
 * What accounts put around an article: `点击蓝字 关注我们`, `END`, `长按二维码 关注…`, `阅读原文`,
 * `分享、点赞、在看 三连走起`, staff credits (`监制：…`), the platform's own labels.
 */
const FURNITURE_PATTERNS: readonly RegExp[] = [
  /^点击(?:上方)?(?:蓝字|蓝色字|关注)|关注我们[！!～~]*$/,
  /^[-—–_\s]*END[-—–_\s]*$/i,
  /^(?:长按|识别|扫描|扫码).{0,6}(?:二维码|关注)/,
  /^(?:阅读原文|原创|预览时标签不可点|微信扫一扫.*|继续滑动看下一个|向上滑动看下一个|轻点两下取消.*)$/,
  /^[【[]?\s*(?:监制|总监制|出品|策划|统筹|主编|编辑|责编|审核|审校|校对|终审|初审|复审|来源|作者|文字|图片|摄影|视频|排版|美编|供稿)\s*[|｜丨]?\s*[：:｜|丨]/,
];
/** The interactions an account asks for at the end: a line naming two or more of them is a request, not the report. */
const RE_INTERACTION = /分享|点赞|在看|收藏|转发|留言/g;

/** Whether a line of a WeChat article is the account's furniture, not the report. */
export function isWeChatFurnitureLine(line: string, names: ReadonlySet<string> = new Set()): boolean {
  const text = line.trim();
  if (text.length > MAX_FURNITURE_CHARS) return false;
  if (names.has(text)) return true;
  if (FURNITURE_PATTERNS.some((pattern) => pattern.test(text))) return true;
  return !text.includes('。') && (text.match(RE_INTERACTION) ?? []).length >= 2;
}
