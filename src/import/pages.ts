/**
 * Slides as planned (heading, items, notes) → slide drafts that fit: a list that does not fit on
 * one slide at 1920×1080 and on the phone's stage continues on the next (`（续）`). Pure.
 */
import { charCount } from '../speech/index.ts';
import { fitsOnSlide, type SlideText } from './fit.ts';
import { blockQuote, bulletList, escapeMarkdown, numberedList, type SlideDraft } from './write.ts';

/** What a continuation slide's heading adds. */
export const CONTINUED = '（续）';
/** The most list items one slide shows, however short they are: more is not read from a slide. */
export const MAX_ITEMS_PER_SLIDE = 7;
/** The longest heading kept whole; a longer one is cut at a pause and its full clause shown as the first bullet. */
export const MAX_HEADING_CHARS = 24;
/** Pauses inside a clause where a heading may be cut. */
const HEADING_PAUSES = '、 ';

/** A list item: plain text, with an optional bold label (`**讲话**：…`). */
export interface PlannedItem {
  readonly text: string;
  readonly label?: string;
}

/** A slide before it is cut into pages. */
export interface PlannedSlide extends Omit<SlideDraft, 'blocks'> {
  /** The list items, in order. */
  readonly items?: readonly PlannedItem[];
  /** The same list as an ordered list (without its markers), used when it fits on one slide. */
  readonly ordered?: readonly string[];
  readonly paragraph?: string;
  readonly quote?: string;
  /** The tracker's labels, on a priority slide. */
  readonly tracker?: readonly string[];
}

/** A page of the deck: its draft, and its text as the size model measures it. */
export interface DraftedPage {
  readonly draft: SlideDraft;
  readonly text: SlideText;
}

const shown = (item: PlannedItem): string => (item.label ? `${item.label}：${item.text}` : item.text);

/** The text of a page, for the size model. */
function pageText(slide: PlannedSlide, heading: string, items: readonly string[] | undefined, numbered: boolean): SlideText {
  return {
    layout: slide.layout,
    heading,
    ...(slide.kicker ? { kicker: slide.kicker } : {}),
    ...(items && items.length > 0 ? { items, numbered } : {}),
    ...(slide.paragraph ? { paragraph: slide.paragraph } : {}),
    ...(slide.quote ? { quote: slide.quote } : {}),
    ...(slide.tracker ? { tracker: slide.tracker } : {}),
  };
}

/** A heading of at most MAX_HEADING_CHARS characters: cut at its last pause, or at the limit, with `…`. */
export function shortHeading(title: string): string {
  if (charCount(title) <= MAX_HEADING_CHARS) return title;
  const chars = [...title].slice(0, MAX_HEADING_CHARS - 1);
  const pause = Math.max(...[...HEADING_PAUSES].map((p) => chars.lastIndexOf(p)));
  return `${chars.slice(0, pause >= MAX_HEADING_CHARS / 2 ? pause : chars.length).join('')}…`;
}

const headingOf = (slide: PlannedSlide, page: number): string => (page === 0 ? slide.heading : `${slide.heading}${CONTINUED}`);
/** The text of page `page` (0-based) showing `items`: a paragraph or quote stays on the first page. */
const textOfPage = (slide: PlannedSlide, page: number, items: readonly PlannedItem[]): SlideText =>
  pageText(page === 0 ? slide : { ...slide, paragraph: '', quote: '' }, headingOf(slide, page), items.map(shown), false);
const fitsAsPage = (slide: PlannedSlide, page: number, items: readonly PlannedItem[]): boolean =>
  items.length <= MAX_ITEMS_PER_SLIDE && fitsOnSlide(textOfPage(slide, page, items));

/** The items in pages, each filled while the next item fits. */
function greedyPages(slide: PlannedSlide, items: readonly PlannedItem[]): PlannedItem[][] {
  const pages: PlannedItem[][] = [];
  for (const item of items) {
    const page = pages.at(-1);
    if (page && fitsAsPage(slide, pages.length - 1, [...page, item])) page.push(item);
    else pages.push([item]);
  }
  return pages.length > 0 ? pages : [[]];
}

/** The same number of pages with the items spread evenly (`4 + 3`, not `6 + 1`), when every page still fits. */
function balanced(slide: PlannedSlide, pages: PlannedItem[][]): PlannedItem[][] {
  if (pages.length < 2) return pages;
  const items = pages.flat();
  const even: PlannedItem[][] = [];
  for (let i = 0, from = 0; i < pages.length; i++) {
    const size = Math.ceil((items.length - from) / (pages.length - i));
    even.push(items.slice(from, from + size));
    from += size;
  }
  return even.every((page, i) => fitsAsPage(slide, i, page)) ? even : pages;
}

/** Cuts the slide's items into pages that each fit; the first page keeps the slide's id, the others get `-p2`, `-p3`…. */
export function paginate(slide: PlannedSlide): DraftedPage[] {
  const { items = [], ordered, paragraph, quote, tracker: _tracker, ...base } = slide;
  const extras = [...(paragraph ? [escapeMarkdown(paragraph)] : []), ...(quote ? [blockQuote(quote)] : [])];
  if (ordered && ordered.length <= MAX_ITEMS_PER_SLIDE) {
    const text = pageText(slide, slide.heading, ordered, true);
    if (fitsOnSlide(text)) return [{ draft: { ...base, blocks: [numberedList(ordered), ...extras] }, text }];
  }
  const pages = balanced(slide, greedyPages(slide, items));
  return pages.map((page, i) => {
    const heading = headingOf(slide, i);
    const blocks = [...(page.length > 0 ? [bulletList(page)] : []), ...(i === 0 ? extras : [])];
    return {
      draft: {
        ...base,
        id: i === 0 ? slide.id : `${slide.id}-p${i + 1}`,
        heading,
        blocks,
        notes: i === 0 ? slide.notes : `${slide.notes}${CONTINUED}`,
      },
      text: textOfPage(slide, i, page),
    };
  });
}
