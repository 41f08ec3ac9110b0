/** Choosing what of a saved news page is the report: its headline, and its paragraphs without page furniture. */
import { isRelatedLinksHeading, isWebFurnitureLine, withoutTrailingCredit } from './boilerplate.ts';

/** `标题_网站名`, `标题 - 网站名`, `标题|栏目|网站`: the separators a page title puts between headline and site. */
const RE_TITLE_SEPARATOR = /\s*[_|｜]\s*|\s+[-–—]\s+/;
/** The ellipsis a site puts at the end of a title it cut short. */
const RE_CUT_SHORT = /(…+|\.{3})$/;
/** A dash that may stand between a headline and a site's name: one, not the doubled `——` of a subtitle. */
const RE_SINGLE_DASH = /(?<![-–—－])[-–—－](?![-–—－])/g;
/** How a site names itself: a web site, portal, government, media or channel (`安徽文明网`, `某县人民政府`, `某县融媒体中心`). */
const RE_SITE_ENDING = /(?:网|站|门户|政府|在线|新闻|频道|日报|融媒体中心)$/;
/** A domain name (`www.example.gov.cn`). */
const RE_DOMAIN = /^(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;
/** What a site's name never holds: spaces, dashes, sentence punctuation. */
const RE_NOT_IN_SITE_NAME = /[\s\-–—－，。、；：！？“”‘’《》（）()]/;
/** The longest site name taken off a title. */
const MAX_SITE_NAME = 20;
/** Dashes inside a headline: a shown headline may end at one. */
const RE_DASH = /[-–—－]/g;

/** Whether the text after a title's dash is a site's name rather than the headline's own words (`2025年…`, `协同发展…`). */
function isSiteName(text: string): boolean {
  if (RE_DOMAIN.test(text)) return true;
  return text.length <= MAX_SITE_NAME && !RE_NOT_IN_SITE_NAME.test(text) && RE_SITE_ENDING.test(text);
}

/**
 * A title without a site's name after an unspaced dash (`…召开-安徽文明网`); a title whose dash is
 * the headline's own (`2021-2025年…`, `京津冀-…`) is kept whole.
 */
export function withoutSiteName(title: string): string {
  for (const dash of title.matchAll(RE_SINGLE_DASH)) {
    const head = title.slice(0, dash.index).trim();
    if (head !== '' && isSiteName(title.slice(dash.index + 1).trim())) return head;
  }
  return title;
}

/** The title cut at each of its dashes, longest first: where a headline the page shows may end. */
function cutsAtDashes(title: string): string[] {
  return [...title.matchAll(RE_DASH)].map((dash) => title.slice(0, dash.index).replace(/[-–—－\s]+$/, '')).reverse();
}

/**
 * The headline of a page: its `<title>` without the site's name (the longest part between
 * separators, without a site's name after a dash), or a heading that holds that part (or most of
 * it, when the title is cut short), or the text a page shows that the title begins with up to a
 * dash (a headline set in a table cell, the title going on with a site's name not known as one);
 * the first heading when there is no title. `shown` is the text of the page's elements, as each reads.
 */
export function headlineOf(title: string, headings: readonly string[], shown: readonly string[] = []): string {
  const candidates = headings.map((h) => h.trim()).filter((h) => h !== '');
  const longest = title
    .split(RE_TITLE_SEPARATOR)
    .map((p) => p.trim())
    .sort((a, b) => b.length - a.length)[0];
  if (!longest) return candidates[0] ?? '';
  const main = withoutSiteName(longest);
  const stem = main.replace(RE_CUT_SHORT, '');
  const byLength = (a: string, b: string): number => b.length - a.length;
  const whole = candidates.filter((h) => h.startsWith(stem)).sort(byLength)[0];
  if (whole) return whole;
  // A short piece before a dash (`京津冀-…`) is a tag or a link, not the headline.
  const visible = new Set(shown);
  const shownHeadline = cutsAtDashes(main).find((cut) => cut.length * 2 >= main.length && visible.has(cut));
  if (shownHeadline) return shownHeadline;
  return candidates.filter((h) => main.includes(h) && h.length * 2 >= main.length).sort(byLength)[0] ?? main;
}

/** How far into the article's paragraphs its headline is looked for. */
const HEADLINE_WITHIN = 6;

/** What was kept of an article and what was left out. */
export interface ArticleLines {
  readonly kept: readonly string[];
  readonly dropped: readonly string[];
}

/**
 * An article's paragraphs without page furniture: attribution and tool lines (`【责任编辑：…】`,
 * `来源：…`) are left out, and so is everything from a `相关新闻` heading on; the headline, when it
 * repeats among the first paragraphs, is left out with what stands above it.
 */
export function articleLines(headline: string, paragraphs: readonly string[]): ArticleLines {
  const kept: string[] = [];
  const dropped: string[] = [];
  const related = paragraphs.findIndex(isRelatedLinksHeading);
  // When Readability takes in the page around the article (a layout table), the headline comes after
  // the site's menus: what stands above it is not the report.
  const headlineAt = headline === '' ? -1 : paragraphs.slice(0, HEADLINE_WITHIN).indexOf(headline);
  const article = paragraphs.slice(headlineAt + 1, related === -1 ? paragraphs.length : related);
  dropped.push(...paragraphs.slice(0, headlineAt + 1));
  article.forEach((line) => {
    if (isWebFurnitureLine(line)) {
      dropped.push(line);
      return;
    }
    const content = withoutTrailingCredit(line);
    if (content !== line) dropped.push(line.slice(content.length).trim());
    if (content !== '') kept.push(content);
  });
  if (related !== -1) dropped.push(...paragraphs.slice(related));
  return { kept, dropped };
}
