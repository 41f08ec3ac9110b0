/**
 * The size model: how much room a slide's text takes on each stage, without a browser. CJK
 * characters and full-width marks are one em wide, other characters at most 0.6 em, and a
 * line holds one em less than its width (a mark that may not start a line pulls a character
 * down with it). The metrics are the theme's (src/contract/text-layout.ts). Pure.
 */
import { type FrameLayout, type StageTextLayout, TEXT_LAYOUTS, type TextMetrics, type TrackerLayout } from '../contract/text-layout.ts';
import type { Layout } from '../slides/format.ts';
import { TRACKER_SHORT_LABEL } from '../slides/tracker.ts';

/** The last code point of the narrow characters (Latin letters, digits, ASCII marks, spaces); curly quotes count as wide. */
const LAST_NARROW = 0xff;
/** The width of a narrow character, in em (Noto Sans SC's digits and letters stay under it). */
const NARROW_EM = 0.6;
/** A run that a browser does not break: a Latin word or a number. */
const RE_UNBREAKABLE = /[A-Za-z0-9%.,:/+-]+|[\s\S]/gu;

/** What a slide shows, in plain text, for measuring. */
export interface SlideText {
  readonly layout: Layout;
  readonly kicker?: string;
  readonly heading: string;
  /** List items as shown (a bold label included); `numbered` for an ordered list. */
  readonly items?: readonly string[];
  readonly numbered?: boolean;
  /** A paragraph under the title. */
  readonly paragraph?: string;
  /** A quote (the closing's attribution). */
  readonly quote?: string;
  /** The tracker's labels, on a priority slide. */
  readonly tracker?: readonly string[];
}

/** The width of a text in em, each character's letter spacing included. */
function widthEm(text: string, letterSpacing: number): number {
  let em = 0;
  for (const c of text) em += (c.codePointAt(0)! <= LAST_NARROW ? NARROW_EM : 1) + letterSpacing;
  return em;
}

/** How many lines `text` takes in a box `width` px wide, at `font` (letter spacing in em). */
export function lineCount(text: string, width: number, font: TextMetrics, letterSpacing = 0): number {
  const capacity = width / font.size - 1;
  if (text === '') return 0;
  let lines = 1;
  let used = 0;
  for (const [run] of text.matchAll(RE_UNBREAKABLE)) {
    const em = widthEm(run, letterSpacing);
    if (used + em <= capacity) used += em;
    else if (em <= capacity) {
      lines++;
      used = em;
    } else {
      // Longer than a line: the browser breaks it anywhere (overflow-wrap: anywhere).
      const total = used + em;
      lines += Math.ceil(total / capacity) - 1;
      used = total % capacity;
    }
  }
  return lines;
}

/** The frame's inner width and height. */
function inner(frame: FrameLayout): { width: number; height: number } {
  const [top, right, bottom, left] = frame.padding;
  return { width: frame.stage.width - left - right, height: frame.stage.height - top - bottom };
}

/** The height of the header: kicker, heading and the rule under it. */
function headHeight(frame: FrameLayout, slide: SlideText): number {
  const { width } = inner(frame);
  const kicker = slide.kicker
    ? lineCount(slide.kicker, width, frame.kicker, frame.kicker.letterSpacing) * frame.kicker.lineHeight + frame.kicker.marginBottom
    : 0;
  return (
    kicker + lineCount(slide.heading, width, frame.heading, frame.heading.letterSpacing) * frame.heading.lineHeight + frame.heading.rule
  );
}

/** The height of the body: a list, a paragraph or a quote. */
function bodyHeight(frame: FrameLayout, slide: SlideText): number {
  const { width } = inner(frame);
  const indent = slide.numbered ? frame.numberIndent : frame.bulletIndent;
  const items = slide.items ?? [];
  const list = items.reduce((h, item) => h + lineCount(item, width - indent, frame.body) * frame.body.lineHeight, 0);
  const listHeight = items.length > 0 ? list + (items.length - 1) * frame.itemGap : 0;
  const paragraph = slide.paragraph ? lineCount(slide.paragraph, width, frame.body) * frame.body.lineHeight + frame.paragraphGap : 0;
  const quoteWidth = width - 2 * frame.quote.paddingInline - frame.quote.border;
  const quote = slide.quote ? lineCount(slide.quote, quoteWidth, frame.quote) * frame.quote.lineHeight + 2 * frame.quote.paddingBlock : 0;
  return listHeight + paragraph + quote;
}

/** The tracker's height: short labels keep one line, long ones share the rest of the row and wrap. */
function trackerHeight(tracker: TrackerLayout, width: number, labels: readonly string[]): number {
  if (!tracker.labels) return tracker.minHeight;
  const chrome = 2 * tracker.paddingInline + tracker.labelGap + 2 * tracker.text.size;
  const isLong = (label: string): boolean => [...label].length > TRACKER_SHORT_LABEL;
  const shortWidth = labels.filter((l) => !isLong(l)).reduce((w, l) => w + chrome + widthEm(l, 0) * tracker.text.size, 0);
  const long = labels.filter(isLong);
  const share = (width - shortWidth - tracker.itemGap * (labels.length - 1)) / Math.max(1, long.length) - chrome;
  const lines =
    long.length === 0 ? 1 : Math.max(...long.map((l) => (share <= tracker.text.size ? [...l].length : lineCount(l, share, tracker.text))));
  return Math.max(tracker.minHeight, tracker.border + 2 * tracker.paddingBlock + lines * tracker.text.lineHeight);
}

/** The most lines of labels a tracker may take: more would crowd out the slide it tracks. */
const MAX_TRACKER_LINES = 2;

/** True when a tracker of these labels stays within MAX_TRACKER_LINES lines on every stage. */
export function trackerFits(labels: readonly string[], layouts: readonly StageTextLayout[] = TEXT_LAYOUTS): boolean {
  return layouts.every(({ tracker, bullets }) => {
    const most = Math.max(tracker.minHeight, tracker.border + 2 * tracker.paddingBlock + MAX_TRACKER_LINES * tracker.text.lineHeight);
    return trackerHeight(tracker, inner(bullets).width, labels) <= most;
  });
}

/** The height a slide's content takes on one stage, and the height it has there. */
export function slideHeight(slide: SlideText, layout: StageTextLayout): { needed: number; available: number } {
  const frame = slide.layout === 'title' ? layout.title : slide.layout === 'closing' ? layout.closing : layout.bullets;
  const { width, height } = inner(frame);
  const body = bodyHeight(frame, slide);
  const tracker = slide.tracker ? trackerHeight(layout.tracker, width, slide.tracker) + frame.gap : 0;
  return { needed: headHeight(frame, slide) + (body > 0 ? frame.gap + body : 0) + tracker, available: height };
}

/** True when the slide's text fits on every stage. */
export function fitsOnSlide(slide: SlideText, layouts: readonly StageTextLayout[] = TEXT_LAYOUTS): boolean {
  return layouts.every((layout) => {
    const { needed, available } = slideHeight(slide, layout);
    return needed <= available;
  });
}
