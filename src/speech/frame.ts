/**
 * The frame around a report's body: the lines before it (column tags, photo captions, the
 * headline, page metadata) and after it (credits), told apart line by line; then the body's
 * lines joined, since PDF extraction breaks them mid-sentence. Pure.
 */

import { RE_NEWS_LEAD, spliceJumps } from './jumps.ts';
import type { Passage } from './model.ts';
import { normalizePunctuation } from './normalize.ts';
import { HEADING_BREAK } from './punctuation.ts';
import { passage } from './text.ts';
import { isSpeechByline, isSpeechHeadline, isSpeechSubtitle } from './transcript.ts';

/** Whitespace that extraction left at line starts and ends: ASCII space, tab, the ideographic space U+3000, a BOM. */
const RE_EDGE_SPACE = /^[ \t\u3000\uFEFF\u00A0]+|[ \t\u3000\u00A0]+$/g;
/** What ends a line: LF, CRLF, a lone CR (old Mac files), Unicode's line and paragraph separators, NEL. */
const RE_LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/;
/** Control characters a damaged or binary file leaves in text: never shown, never part of a line's words. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to remove
const RE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** What opens a news lead: a dateline (`本报讯`, `新华社北京3月2日电`), a byline, a date, `近日`. */
const RE_LEAD_OPENER =
  /^(?:(?:本报|本网|本台|本刊|本站|[^，。\s]{1,8}(?:网|报|台|社))讯|[\u3400-\u9fff]{2,8}讯(?=[（【\s\u3000])|[^，。\s]{2,12}电(?:[\s（【]|$)|新华社|[（【][^）】]{0,30}(?:记者|通讯员)|记者|通讯员|\d{4}\s?年\s?\d{1,2}\s?月|\d{1,2}\s?月\s?\d{1,2}\s?日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|近日|日前|近期|连日来|昨天|昨日|今天|今日|当天)/;
/** A page number left on its own line by a copy from a PDF: `- 1 -`, `2`, `第 3 页 共 5 页`, `3/5`. Not text. */
const RE_PAGE_NUMBER_LINE =
  /^(?:[-—–－·•\s]*\d{1,3}[-—–－·•\s]*|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;
/** A column tag alone on its line: `【创文动态】`. */
const RE_COLUMN_TAG = /^【[^【】]{1,16}】$/;
/** A photo caption: `图为会议现场。`, `▲会议现场`, `会议现场（记者 张三 摄）`. */
const RE_CAPTION = /^(?:图为|图片|图：|▲|△|◆)|现场(?:图)?。?$|摄(?:影)?[）]?。?$/;
/** A photographer's credit closing a caption: `。记者 孔维 摄`, `（通讯员 李明 摄）`. */
const RE_PHOTO_CREDIT_END =
  /[。\s\u3000][（(]?(?:记者|通讯员|摄影)[\s\u3000]*[\u3400-\u9fff]{2,4}(?:[\s\u3000、][\u3400-\u9fff]{2,4})*[\s\u3000]*摄(?:影)?[）)]?$/;
/** The longest caption taken with its photographer's credit. */
const MAX_SIGNED_CAPTION_CHARS = 80;
/** The longest line taken for a caption. */
const MAX_CAPTION_CHARS = 40;
/** A page's metadata or a credit line: `来源：…`, `发布时间：…`, `【责任编辑：…】`, `2023-03-15 10:20`, `2023-06-08 来源：…`, a date alone (`2024年5月21日`). */
const RE_METADATA =
  /^【?(?:来源|信息来源|发布时间|发布日期|发布机构|发布者|生成日期|成文日期|索引号|主题分类|所属机构|文号|时间|作者|编辑|责任编辑|责编|审核|审校|校对|终审|浏览|阅读|点击|字号|字体|分享|供稿|通讯员|记者|文|图|摄影|文\/图)[：\s]|^【[^】]*：[^】]*】$|^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[\s\u3000]|$)|^(?:\d{4}年\d{1,2}月\d{1,2}|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3})日$/;
/**
 * A trailing credit or the page's furniture: bracketed lines (`【打印本页】【关闭窗口】`), a
 * parenthesised line (`（县文明办）`), `（完）`, a page's links (`上一篇：…`, `扫一扫在手机打开`).
 */
const RE_TRAILING_CREDIT =
  /^(?:【[^【】]*】[\s\u3000]*)+$|^（[^（）。]{1,40}）$|^[-—\s]*(?:完|END)[-—\s]*$|^[[【]?(?:打印|关闭|上一篇|下一篇|返回顶部|扫一扫|相关(?:新闻|阅读|链接|文章))[^。，；]*$/;
/** A subtitle under the headline: `——市文明委召开全体会议`. */
const RE_SUBTITLE = /^[—-]{1,2}/;
/** The longest line taken for a headline. */
const MAX_HEADLINE_CHARS = 64;
/** A heading line inside the body: a list marker and a short title with no marks (`一、提高政治站位`). */
const RE_HEADING_LINE =
  /^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.．、]|（\d{1,2}）|[①-⑳])[^，。；：！？]{1,30}$/;

/** The longest line taken for a heading without a marker (an intertitle: `深化文明创建　提升城市品质`). */
const MAX_INTERTITLE_CHARS = 30;
/** The shortest. */
const MIN_INTERTITLE_CHARS = 4;
/**
 * How much of the text's usual line an intertitle may fill: in a text wrapped at a fixed width (a
 * copy from a PDF) a full line without marks is a sentence's middle, not a heading.
 */
const MAX_INTERTITLE_SHARE = 0.7;
/** What a sentence inside a line has: an intertitle has none of these. */
const RE_SENTENCE_MARK = /[，。；：！？,.;:!?]/;
/** The Chinese marks of a sentence or a clause: a headline, an author's line or a title has none. */
const RE_CLAUSE_MARK = /[，。；：！？]/;
/** A line that ends a sentence (closing quotes and brackets may follow its mark). */
const RE_ENDS_SENTENCE = /[。！？][”’）」』]*$/;

/** A longer heading line with a pause in it (`一、提高政治站位，深刻认识…的重大意义`): a marker, then no sentence end. */
const RE_LONG_HEADING_LINE = /^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)[^。；：！？]{1,44}$/;

/** True when a line is a longer heading, and clearly shorter than the text's lines: not a full line of a wrapped paragraph. */
function isLongHeading(line: string, width: number): boolean {
  return RE_LONG_HEADING_LINE.test(line) && [...line].length <= width * MAX_INTERTITLE_SHARE;
}

/** A report's text joined, with its frame told apart; every passage points into `text`. */
export interface FramedReport {
  /** The leading lines and the headline, each on its own line, then the body joined, then the credits. */
  readonly text: string;
  /** Offset in `text` where each kept source line starts, with its 1-based line number. */
  readonly lineStarts: readonly { readonly offset: number; readonly line: number }[];
  /** Lines before the body that are not its headline: column tags, captions, metadata. */
  readonly leading: readonly Passage[];
  readonly headline?: Passage;
  readonly body: Passage;
  /** Credit lines after the body: `【责任编辑：…】`, `（…处）`. */
  readonly trailing: readonly Passage[];
  /** Headings without a marker inside the body, each on its own line: `深化文明创建　提升城市品质`. */
  readonly intertitles: readonly Passage[];
  /** Section heads with a marker inside the body, each on its own line: `三、下阶段重点工作`. */
  readonly headings: readonly Passage[];
}

/** True when the line opens a news lead rather than a headline. */
export function opensLead(line: string): boolean {
  return RE_LEAD_OPENER.test(line);
}

function isLeadingNoise(line: string): boolean {
  return (
    RE_COLUMN_TAG.test(line) ||
    RE_PAPER_MASTHEAD.test(line) ||
    RE_EDITOR_NOTE.test(line) ||
    RE_ACCOUNT_BYLINE.test(line) ||
    RE_METADATA.test(line) ||
    RE_PAGE_TOOL.test(line) ||
    RE_MENU_LINE.test(line) ||
    ([...line].length <= MAX_CAPTION_CHARS && RE_CAPTION.test(line))
  );
}

/**
 * A newspaper page's masthead, printed with its articles: the paper's registration and postal
 * numbers (`国内统一连续出版物号CN43-0051`, `邮发代号41-12`), the lunar date, the page (`第2版`,
 * `A03版`), the day (`2024年6月14日 星期五`), the page's editors (`要闻　渭州日报　责任编辑：王蕾`).
 */
const RE_PAPER_MASTHEAD =
  /国内统一连续出版物号|^[^，。；]{0,20}(?:邮发代号|CN\s?\d{2}-\d{4})|^[^，。；]{0,20}农历[^，。；]{2,12}$|^第?\s*[A-Z]?\d{1,3}\s*版(?:[\s\u3000].{0,12})?$|^\d{4}年\d{1,2}月\d{1,2}日[\s\u3000]*(?:星期|周)[一二三四五六日天]|^[^。，；]{0,30}(?:责任编辑|版面编辑|美术编辑|值班编辑|本版编辑)[：:][^。；]*$/;
/** A line of a minutes' roll above the text: when, where, who presided, attended, took the minutes. */
const RE_ROLL = /^(?:时间|地点|主持|主持人|出席|出席人员|参加|参加人员|参会人员|列席|列席人员|记录|记录人)[：:]/;
/**
 * A WeChat article's byline, as its page prints it: the account, the time it was posted, the
 * province (`文明梅江 2025年04月09日 18:30 广东`), and the prompt to follow it (`▲点击蓝字关注我们`).
 */
const RE_ACCOUNT_BYLINE =
  /^[^，。；：\s]{2,20}[\s\u3000]*\d{4}年\d{1,2}月\d{1,2}日[\s\u3000]*\d{1,2}:\d{2}(?:[\s\u3000]*[\u3400-\u9fff]{2,4})?$|^[▲△↑\s]*点击(?:上方)?(?:蓝字|关注)/;
/** An editor's note before the lead: `【编者按】…`, `编者按：…`. */
const RE_EDITOR_NOTE = /^[【[]?编者按[】\]：:]/;
/** A digest's heading above the article (`导读`), the short lines under it being the digest. */
const RE_DIGEST = /^[【[]?(?:导读|内容提要|提要|摘要|本文导读)[】\]]?[：:]?$/;

/** A page's tools above an article, copied with it: `分享到：`, `扫一扫在手机打开当前页`, `【字体：大 中 小】`. */
const RE_PAGE_TOOL = /^(?:分享到|分享|打印|字号|字体)[：:]?$|^扫一扫|^【?字体[：:]/;
/** A menu line: three or more short Chinese words apart by bars or spaces, nothing else (`无障碍 | 长者模式 | 登录`). */
const RE_MENU_LINE = /^[\u3400-\u9fff]{1,8}(?:\s*[|｜]\s*[\u3400-\u9fff]{1,8}|[\s\u3000]+[\u3400-\u9fff]{1,8}){2,}$/;
/**
 * Where a copied page's tail starts: related news (`相关阅读`, `往期回顾`), a way off the page
 * (`返回顶部`, `上一篇：`), or the site's footer (`网站地图`, `版权所有`, `ICP备`, `主办：`).
 */
const RE_PAGE_TAIL =
  /^[【[]?(?:相关(?:新闻|阅读|链接|文章|稿件|报道)|往期(?:回顾|推荐)|推荐阅读|延伸阅读|热点(?:新闻|推荐)|返回顶部|上一篇|下一篇)[】\]]?(?:[：:]|$)|^网站地图|版权所有|ICP备|公网安备|网站标识码|^(?:主办|承办|协办)(?:单位)?[：:]/;
/**
 * A line of an official document's closing block (版记) or of a minutes' roll: who was sent it,
 * who attended, who took the minutes, and when it was printed (`抄送：…`, `出席：…`,
 * `南阳市精神文明建设办公室  2024年3月29日印发`).
 */
const RE_DOCUMENT_TAIL =
  /^(?:主送|抄送|抄报|分送|发送|送|出席|列席|参加|缺席|请假|记录|记录人|整理)(?:人员|单位|范围)?[：:]|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$/;
/** The formula an official document closes with: `特此通报。`, `此复。`. */
const RE_CLOSING_FORMULA = /^(?:特此(?:通报|通知|函告|报告|公告|说明|函复)|此复)。?$/;
/** A signature at the end: the issuing body alone on its line (`城关县文明办`, `安平市精神文明建设委员会办公室`). */
const RE_SIGNATURE = /^[\u3400-\u9fff（）()、]{2,30}(?:办公室|委员会|文明办|宣传部|局|厅|委|政府|中心|领导小组|指挥部|办)$/;
/** The most lines an official document's closing block takes. */
const MAX_DOCUMENT_TAIL_LINES = 16;

/** Where the closing block of an official document or minutes starts: its first line among the last lines; -1 without one. */
function documentTailStart(lines: readonly string[], first: number): number {
  const from = Math.max(first + 1, lines.length - MAX_DOCUMENT_TAIL_LINES);
  const start = lines.findIndex((line, i) => i >= from && RE_DOCUMENT_TAIL.test(line));
  // The roll and the closing block come last: no heading or list opens after them.
  return start !== -1 && !lines.slice(start + 1).some((line) => RE_HEADING_LINE.test(line)) ? start : -1;
}

/** A breadcrumb: `当前位置：首页 > 政务公开 > 部门动态`. */
const RE_BREADCRUMB = /^(?:当前位置|您(?:现在)?的?(?:当前)?位置|所在位置)[：:]|首页\s*[>＞›»]/;
/** The line under a page's headline that dates it: `发布时间：2024-02-23 10:15 来源：…`. */
const RE_PAGE_DATE_LINE = /^(?:发布时间|发布日期|发表时间|时间|日期|来源)[：:]/;
/** The most lines a copied page's header (site name, menus, search, breadcrumb) takes before the headline. */
const MAX_PAGE_HEADER_LINES = 40;

/**
 * Where a page copied whole (select all, or printed) starts its article: the headline is the line
 * above the line that dates the page (`发布时间：…`), else the first line after the breadcrumb;
 * the site's name, menus and search before it are the page's. 0 for a report without such a header.
 */
function pageHeaderEnd(lines: readonly string[]): number {
  // A page's header holds no sentence: past the first line that ends one, the report has begun.
  const sentence = lines.findIndex((line) => RE_ENDS_SENTENCE.test(line));
  const top = lines.slice(0, Math.min(MAX_PAGE_HEADER_LINES, sentence === -1 ? lines.length : sentence));
  const dated = top.findIndex((line, i) => i > 0 && RE_PAGE_DATE_LINE.test(line));
  if (dated > 0 && isHeadline(top[dated - 1]!, top[dated]) && !isLeadingNoise(top[dated - 1]!)) return dated - 1;
  const crumb = top.findIndex((line) => RE_BREADCRUMB.test(line));
  return crumb === -1 ? 0 : crumb + 1;
}

/**
 * The number an official document (公文) or a bulletin is issued under, closing its masthead
 * (版头): `宛文明办〔2024〕5号`, `〔2024〕第5期`, `第12期`, or the person who signed it (`签发人：…`).
 */
const RE_ISSUE_NUMBER =
  /^[\u3400-\u9fff]{0,16}\s*[〔［[（(]\s*\d{4}\s*[〕］\]）)]\s*第?\s*\d{1,4}\s*[号期]$|^(?:[\u3400-\u9fff]{0,16}\s*)?(?:\d{4}\s*年\s*)?(?:总)?第\s*[\d一二三四五六七八九十百〇零]{1,6}\s*期(?:[\s\u3000].*)?$|^签发人[：:]/;
/** Who issued a document or bulletin and when, on one line: `临海市精神文明建设委员会办公室编　　2024年7月2日`. */
const RE_ISSUER_AND_DATE = /^[\u3400-\u9fff（）()]{2,40}[\s\u3000]+(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年.{1,8}日$/;
/** A bulletin's table of contents, and its entries: `本期要目`, `●全市…座谈会召开`. */
const RE_CONTENTS = /^(?:本期|本刊)?(?:要目|目录|导读)$/;
const RE_CONTENTS_ENTRY = /^[●○◆◇■□▲△★☆·•\-—]\s*/;
/** The most lines an official document's masthead takes: the issuer's name, copy number, secrecy, urgency, its number. */
const MAX_MASTHEAD_LINES = 6;

/**
 * Where the masthead of an official document or a bulletin ends (`…办公室文件` / `宛文明办〔2024〕5号`,
 * `会议纪要` / `第5期`): after its last numbered line among the first lines. Its title comes next;
 * the issuer's name above is no headline. 0 for a report without one.
 */
function mastheadEnd(lines: readonly string[]): number {
  let end = 0;
  for (const [i, line] of lines.slice(0, MAX_MASTHEAD_LINES).entries()) {
    if (RE_ENDS_SENTENCE.test(line)) break;
    if (RE_ISSUE_NUMBER.test(line)) end = i + 1;
  }
  if (end === 0) return 0;
  // Under the number: who issued it and when (`…办公室编　　2024年7月2日`), and a bulletin's contents (`本期要目` / `●…`).
  if (RE_ISSUER_AND_DATE.test(lines[end] ?? '')) end++;
  if (RE_CONTENTS.test(lines[end] ?? '')) for (end++; RE_CONTENTS_ENTRY.test(lines[end] ?? ''); end++);
  return end;
}

/** The titles a bulletin lists under `本期要目` (see mastheadEnd): the articles in it, one after the other. */
function contentsEntries(lines: readonly string[]): string[] {
  const start = lines.slice(0, MAX_MASTHEAD_LINES + 2).findIndex((line) => RE_CONTENTS.test(line));
  if (start === -1) return [];
  const entries: string[] = [];
  for (let i = start + 1; RE_CONTENTS_ENTRY.test(lines[i] ?? ''); i++) entries.push(lines[i]!.replace(RE_CONTENTS_ENTRY, '').trim());
  return entries;
}

/** A headline line that stops at a joining word (`…推进会暨`) goes on on the next line. */
const RE_HEADLINE_GOES_ON = /[暨及和与并的、]$/;
/** The longest line under the headline taken for its author (`县文明办`) when the lead follows it. */
const MAX_AUTHOR_LINE_CHARS = 16;
/** How a headline ends: the meeting was held (`…会议召开`), or a speech (`…讲话`). */
const RE_HEADLINE_END = /(?:召开|举行|举办|讲话|精神)$/;

/**
 * True when `next`, after the headline line `line`, is the headline's second line: one of them
 * joins the two (`…推进会暨`, `暨…大会`), or `next` has no marks and ends as headlines end while
 * `line` does not.
 */
function continuesHeadline(line: string, next: string | undefined, after: string | undefined): boolean {
  if (next === undefined || isLeadingNoise(next) || opensLead(next) || RE_CLAUSE_MARK.test(next)) return false;
  if ([...line].length + [...next].length > MAX_HEADLINE_CHARS) return false;
  // `新区召开文明典范城市创建` / `工作调度会`, the lead right under: the meeting's name goes on.
  const namesMeeting = /召开|举行|举办/.test(line) && RE_MEETING_NAME_END.test(next) && after !== undefined && opensLead(after);
  return (
    RE_HEADLINE_GOES_ON.test(line) || next.startsWith('暨') || namesMeeting || (RE_HEADLINE_END.test(next) && !RE_HEADLINE_END.test(line))
  );
}
/** A line that ends a meeting's name: `…工作调度会`, `…联席会议`, `…动员大会`. */
const RE_MEETING_NAME_END = /会议?$/;

/**
 * A kicker over the headline (引题: `对标对表补短板　常态长效提品质` over `全市…推进会召开`): a line
 * without the meeting's name over a line that names the meeting and ends as headlines end.
 */
function isKicker(line: string, next: string | undefined): boolean {
  if (next === undefined || RE_SUBTITLE.test(next) || line.includes('会') || RE_HEADLINE_GOES_ON.test(line) || !isHeadline(line, next))
    return false;
  return [...next].length >= MIN_NAMED_HEADLINE_CHARS && next.includes('会') && RE_HEADLINE_END.test(next) && !RE_CLAUSE_MARK.test(next);
}
/** The shortest headline taken whole under a kicker: a shorter line ends a headline broken over two. */
const MIN_NAMED_HEADLINE_CHARS = 10;

/**
 * Where another article starts after the report (`first` is the report's first body line): the
 * next title a bulletin's contents list, else a headline whose next line opens a news lead as a
 * paper does (`本报讯`, `（记者…）`), after a line that ends a sentence. -1 when the report is alone.
 */
function nextArticleStart(lines: readonly string[], first: number): number {
  const entries = new Set(contentsEntries(lines));
  return lines.findIndex((line, i) => {
    if (i <= first + 1 || !RE_ENDS_SENTENCE.test(lines[i - 1]!)) return false;
    if (entries.has(line)) return true;
    // Another meeting's report under its own headline and lead (`市政府召开第27次常务会议` / `4月10日，…`).
    if (RE_CONVENED_HEADLINE.test(line) && headsArticle(lines, i)) return true;
    const next = lines[i + 1];
    return (
      next !== undefined && RE_NEWS_LEAD.test(next) && !RE_CLAUSE_MARK.test(line) && !RE_HEADING_LINE.test(line) && isHeadline(line, next)
    );
  });
}

/** A headline that tells of a meeting held: `…召开…会议`, `…举行…`. */
const RE_CONVENED_HEADLINE = /召开|举行|举办/;
/**
 * A headline that tells of a meeting: it was held (`…召开`, `…在京举行`), or it names the meeting
 * or its minutes at its end (`…推进会`, `…工作会议`, `…会议纪要`). Not a speech's heading about a
 * meeting (`深入学习贯彻党的二十届三中全会精神`).
 */
const RE_MEETING_HEADLINE = /召开|举行|举办|会议?$|纪要$/;
/** Any word of a meeting in a line: `会`, `讲话`, `纪要`, `通报`. */
const RE_MEETING_WORDS = /会|讲话|纪要|通报/;

/** Whether line `i` is an article's headline: short, without marks or a list marker, with a news lead on the next line. */
const headsArticle = (lines: readonly string[], i: number): boolean => {
  const [line, next] = [lines[i]!, lines[i + 1]];
  if (next === undefined || RE_CLAUSE_MARK.test(line) || RE_HEADING_LINE.test(line) || isLeadingNoise(line) || isLeadingNoise(next))
    return false;
  return isHeadline(line, next) && opensLead(next);
};

/**
 * Where the report starts on a page of several items (a gazette, a paper): at the first headline
 * that names a meeting over a lead, when what stands above it is another item, namely prose with
 * no lead (the end of a regulation), or an article under a headline that names no meeting. 0 when
 * the report starts at the top.
 */
function reportStart(lines: readonly string[]): number {
  // A speech's text is its own, whatever meeting a heading in it names.
  if (lines[0] !== undefined && isSpeechHeadline(lines[0])) return 0;
  const meeting = lines.findIndex((line, i) => i > 0 && RE_MEETING_HEADLINE.test(line) && headsArticle(lines, i));
  if (meeting === -1) return 0;
  const above = lines.slice(0, meeting);
  const firstArticle = above.findIndex((_, i) => headsArticle(lines, i));
  // An article above that has anything of a meeting in its headline (`李振华讲话　王敏主持` under the report's own) may be the report's.
  const anotherArticle = firstArticle !== -1 && !RE_MEETING_WORDS.test(lines[firstArticle]!);
  const proseWithoutLead =
    firstArticle === -1 && above.filter((line) => RE_ENDS_SENTENCE.test(line)).length >= MIN_PROSE_LINES && !above.some(opensLead);
  return anotherArticle || proseWithoutLead ? meeting : 0;
}
/** The fewest sentences above a meeting's headline that make them another item's text. */
const MIN_PROSE_LINES = 2;

/** A short unmarked line between the headline and the lead: who wrote it (`县文明办`, `记者 张三`). */
function isAuthorLine(line: string, next: string | undefined): boolean {
  return [...line].length <= MAX_AUTHOR_LINE_CHARS && !RE_CLAUSE_MARK.test(line) && next !== undefined && opensLead(next);
}

/** A headline: short, no sentence end, no clause marks unless the next line clearly opens the lead. */
function isHeadline(line: string, next: string | undefined): boolean {
  if (opensLead(line) || [...line].length > MAX_HEADLINE_CHARS || /[。！？]$/.test(line)) return false;
  return !/[，；]/.test(line) || (next !== undefined && opensLead(next));
}

/** A short line with no mark a sentence has, no list marker and no credit's form: a heading, or a caption. */
function isBareShortLine(line: string | undefined): boolean {
  if (line === undefined || [...line].length > MAX_CAPTION_CHARS || RE_SENTENCE_MARK.test(line)) return false;
  return ![RE_HEADING_LINE, RE_TRAILING_CREDIT, RE_METADATA, RE_COLUMN_TAG].some((form) => form.test(line));
}

/**
 * A photo caption between two paragraphs (`会议现场`, `图为…`), or a bare short line right before
 * another one (a caption over the intertitle under the picture): left out, as a page's pictures
 * are, so that it is neither read as an intertitle nor run into the paragraph after it.
 */
function isCaptionBetweenParagraphs(line: string, previous: string, next: string | undefined): boolean {
  if (!RE_ENDS_SENTENCE.test(previous)) return false;
  if (isBareShortLine(line) && isBareShortLine(next)) return true;
  // A picture's caption signed by its photographer: `会上，各地各部门负责同志认真听取会议部署。记者 孔维 摄`.
  if (RE_PHOTO_CREDIT_END.test(line) && [...line].length <= MAX_SIGNED_CAPTION_CHARS) return true;
  // A short paragraph may end in `…活动现场。`: only a caption's own opening marks one that ends a sentence.
  const captionLike = /^(?:图为|图片|图：|▲|△)/.test(line) || !line.endsWith('。');
  return captionLike && [...line].length <= MAX_CAPTION_CHARS && RE_CAPTION.test(line) && !/[，；：！？]/.test(line);
}

/** A line's role; `other` is another article's, after the report. */
type LineRole = 'leading' | 'headline' | 'body' | 'heading' | 'intertitle' | 'trailing' | 'other';

/** The length three lines in four do not exceed: the width a wrapped text is set to, or a paragraph's length. */
function upperQuartile(lengths: readonly number[]): number {
  const sorted = [...lengths].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) * 0.75)] ?? 0;
}

/**
 * True when `line`, between body lines, is a heading without a marker: short, with no mark a
 * sentence has, after a line that ends a sentence, and clearly shorter than the text's lines
 * (`width`), so that it is no full line of a wrapped paragraph.
 */
function isIntertitle(line: string, previous: string, width: number): boolean {
  const length = [...line].length;
  return (
    length >= MIN_INTERTITLE_CHARS &&
    length <= Math.min(MAX_INTERTITLE_CHARS, width * MAX_INTERTITLE_SHARE) &&
    !RE_SENTENCE_MARK.test(line) &&
    RE_ENDS_SENTENCE.test(previous)
  );
}

/** The role of each kept line, in order. */
function rolesOf(lines: readonly string[]): LineRole[] {
  const roles: LineRole[] = lines.map(() => 'body');
  let first = 0;
  let headline = false;
  let speech = false;
  // A page that opens with another item (the end of a regulation, another article) is not the report's before its headline.
  const start = reportStart(lines);
  for (; first < start; first++) roles[first] = 'other';
  const headerEnd = Math.max(pageHeaderEnd(lines), mastheadEnd(lines));
  for (; first < headerEnd; first++) roles[first] = 'leading';
  for (; first < lines.length; first++) {
    const line = lines[first]!;
    // A speech's byline and date under its headline: `市委常委、宣传部部长　林志强`, `（2024年2月26日）`.
    const byline = speech && isSpeechByline(line, lines[first - 1], lines[first + 1]);
    if (RE_DIGEST.test(line)) {
      roles[first] = 'leading';
      while (isBareShortLine(lines[first + 1]) && !opensLead(lines[first + 1]!)) roles[++first] = 'leading';
    } else if (headline && RE_ROLL.test(line)) {
      // A minutes' roll under its title (`时间：…`, `出席：…`), its rows one a line, up to the lead.
      roles[first] = 'leading';
      while (first + 1 < lines.length && !opensLead(lines[first + 1]!) && !RE_ENDS_SENTENCE.test(lines[first + 1]!))
        roles[++first] = 'leading';
    } else if (isLeadingNoise(line) || byline || (headline && (RE_SUBTITLE.test(line) || isAuthorLine(line, lines[first + 1])))) {
      roles[first] = 'leading';
      speech ||= headline && isSpeechSubtitle(line);
    } else if (!headline && isKicker(line, lines[first + 1])) roles[first] = 'leading';
    else if (!headline && isHeadline(line, lines[first + 1])) {
      roles[first] = 'headline';
      headline = true;
      if (continuesHeadline(line, lines[first + 1], lines[first + 2])) roles[++first] = 'headline';
      // A speech is named by its headline's last line (`——在…会议上的讲话`).
      speech = isSpeechHeadline(lines[first]!);
    } else break;
  }
  // Another article on the same page or in the same bulletin, and all after it, are not the report's.
  const nextArticle = nextArticleStart(lines, first);
  if (nextArticle !== -1) for (let i = nextArticle; i < lines.length; i++) roles[i] = 'other';
  // A copied page's tail (related news, the site's footer) and all after it are the page's, not the report's.
  const end = nextArticle === -1 ? lines.length : nextArticle;
  const pageTail = lines.findIndex((line, i) => i > first && i < end && RE_PAGE_TAIL.test(line));
  const tail = [pageTail, documentTailStart(lines.slice(0, end), first)].filter((i) => i !== -1).sort((a, b) => a - b)[0] ?? -1;
  let last = tail === -1 ? end - 1 : tail - 1;
  for (let i = last + 1; i < end; i++) roles[i] = 'trailing';
  // A signature is the issuer's name over the date it signed (names one a line after `：` are no signature).
  const endsReport = (i: number): boolean =>
    [RE_TRAILING_CREDIT, RE_METADATA, RE_CLOSING_FORMULA].some((form) => form.test(lines[i]!)) ||
    (RE_SIGNATURE.test(lines[i]!) && RE_METADATA.test(lines[i + 1] ?? ''));
  for (; last > first && endsReport(last); last--) roles[last] = 'trailing';
  const width = upperQuartile(lines.slice(first, last + 1).map((line) => [...line].length));
  let listing = false;
  for (let i = first; i < last; i++) {
    const line = lines[i]!;
    // Names set one a line after `：` (`受表彰的先进单位是：` / `县教育局` / `县公安局`) end their lines, as headings do.
    listing = (listing || lines[i - 1]?.endsWith('：') === true) && isBareShortLine(line);
    if (RE_HEADING_LINE.test(line) || isLongHeading(line, width) || listing) roles[i] = 'heading';
    else if (i > first && isIntertitle(line, lines[i - 1]!, width)) roles[i] = 'intertitle';
  }
  return roles;
}

/**
 * Frames a report: normalises its punctuation (one character for one, so offsets hold), drops
 * blank lines, page-number lines and stray indentation, and joins the body's lines without separator (Chinese needs
 * none; spaces inside a line are kept). Heading lines keep their line break, as it ends their title.
 */
export function frameReport(source: string): FramedReport {
  const lines = normalizePunctuation(source)
    .split(RE_LINE_BREAK)
    .map((raw, index) => ({ line: raw.replace(RE_CONTROL, '').replace(RE_EDGE_SPACE, ''), number: index + 1 }))
    .filter((l) => l.line !== '' && !RE_PAGE_NUMBER_LINE.test(l.line));
  // A report continued on a later page (`（下转第3版）`) is read in one piece.
  const kept = spliceJumps(lines)
    .filter((l, i, all) => i === 0 || !isCaptionBetweenParagraphs(l.line, all[i - 1]!.line, all[i + 1]?.line))
    .filter(notRunningHead);
  const roles = rolesOf(kept.map((l) => l.line));
  const lineStarts: { offset: number; line: number }[] = [];
  const spans = new Map<LineRole, [number, number][]>();
  let text = '';
  kept.forEach(({ line, number }, i) => {
    const role = roles[i]!;
    lineStarts.push({ offset: text.length, line: number });
    const start = text.length;
    text += line;
    (spans.get(role) ?? spans.set(role, []).get(role)!).push([start, text.length]);
    // A headline on two lines is one line of text: no break between its lines.
    const headlineGoesOn = role === 'headline' && roles[i + 1] === 'headline';
    if (role !== 'body' && role !== 'trailing' && role !== 'other' && !headlineGoesOn) text += HEADING_BREAK;
  });
  const of = (role: LineRole): Passage[] => (spans.get(role) ?? []).map(([s, e]) => passage(text, s, e));
  const trailing = of('trailing');
  const bodyStart = Math.max(0, ...[...of('leading'), ...of('headline')].map((p) => p.end + 1));
  // Another item's lines stand before the report too (reportStart): the body ends at the first after it.
  const bodyEnd = trailing[0]?.start ?? of('other').find((p) => p.start >= bodyStart)?.start ?? text.length;
  const headlineLines = of('headline');
  const headline = headlineLines[0] && passage(text, headlineLines[0].start, headlineLines.at(-1)!.end);
  return {
    text,
    lineStarts,
    leading: of('leading'),
    ...(headline ? { headline } : {}),
    body: passage(text, Math.min(bodyStart, text.length), bodyEnd),
    trailing,
    intertitles: of('intertitle'),
    headings: of('heading'),
  };
}

/** How many lines at the top a running head may repeat: a bulletin's or a paper's name. */
const RUNNING_HEAD_SOURCE_LINES = 2;

/**
 * False for a line further down that repeats one of the top lines, spaces aside: the running head
 * a page break left inside the text (`滨 海 新 区 文 明 创 建 简 报` … `滨海新区文明创建简报`).
 */
function notRunningHead(line: { line: string }, index: number, all: readonly { line: string }[]): boolean {
  if (index < RUNNING_HEAD_SOURCE_LINES) return true;
  const bare = (text: string): string => text.replace(/[\s\u3000]/g, '');
  return !all.slice(0, RUNNING_HEAD_SOURCE_LINES).some((top) => bare(top.line) === bare(line.line));
}

/** Returns the 1-based source line that the character at `offset` of a framed text came from. */
export function sourceLineAt(framed: Pick<FramedReport, 'lineStarts'>, offset: number): number {
  const starts = framed.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]!.offset <= offset) low = mid;
    else high = mid - 1;
  }
  return starts[low]?.line ?? 1;
}
