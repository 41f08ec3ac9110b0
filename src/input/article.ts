/** Choosing what of a saved news page is the report: its headline, and its paragraphs without page furniture. */
import { isRelatedLinksHeading, isWebFurnitureLine, withoutTrailingCredit } from './boilerplate.ts';

/** `标题_网站名`, `标题 - 网站名`, `标题|栏目|网站`: the separators a page title puts between headline and site. */
const RE_TITLE_SEPARATOR = /\s*[_|｜]\s*|\s+[-–—]\s+/;
/** The ellipsis a site puts at the end of a title it cut short. */
const RE_CUT_SHORT = /(…+|\.{3})$/;

/**
 * The headline of a page: its `<title>` without the site's name (the longest part between
 * separators), or a heading that holds that part (or most of it, when the title is cut short);
 * the first heading when there is no title.
 */
export function headlineOf(title: string, headings: readonly string[]): string {
  const candidates = headings.map((h) => h.trim()).filter((h) => h !== '');
  const main = title
    .split(RE_TITLE_SEPARATOR)
    .map((p) => p.trim())
    .sort((a, b) => b.length - a.length)[0];
  if (!main) return candidates[0] ?? '';
  const stem = main.replace(RE_CUT_SHORT, '');
  const matching = candidates.filter((h) => h.startsWith(stem) || (main.includes(h) && h.length * 2 >= main.length));
  return matching.sort((a, b) => b.length - a.length)[0] ?? main;
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
