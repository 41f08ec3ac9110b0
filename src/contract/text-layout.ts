/**
 * The text metrics of the slide layouts, in stage pixels, for the 16:9 stage and the phone's:
 * what the importer's size model lays text out with. They restate the theme's rules in
 * src/deck/styles/ (base.css, layouts.css, phone.css, tracker.css); a browser test reads the
 * computed styles of a built deck and checks that both agree. Imported by its path, not through
 * the contract's index: the browser bundle has no use for it.
 */
import { PHONE_STAGE, STAGE, type StageSize } from './stage.ts';

/** A font size and its line height, in stage pixels. */
export interface TextMetrics {
  readonly size: number;
  readonly lineHeight: number;
}

/** One layout's frame and text on one stage. */
export interface FrameLayout {
  readonly stage: StageSize;
  /** The frame's padding: top, right, bottom, left. */
  readonly padding: readonly [number, number, number, number];
  /** The space between the header, the body and the tracker. */
  readonly gap: number;
  /** The kicker line above the heading, its letter spacing (em), and the space under it. */
  readonly kicker: TextMetrics & { readonly letterSpacing: number; readonly marginBottom: number };
  /** The heading, its letter spacing (em), and the rule under it (margin and thickness). */
  readonly heading: TextMetrics & { readonly letterSpacing: number; readonly rule: number };
  /** The body's text. */
  readonly body: TextMetrics;
  /** The space between list items, a bullet's indent and a numbered item's indent. */
  readonly itemGap: number;
  readonly bulletIndent: number;
  readonly numberIndent: number;
  /** A quote's padding (vertical, horizontal) and left border. */
  readonly quote: TextMetrics & { readonly paddingBlock: number; readonly paddingInline: number; readonly border: number };
  /** The space after a paragraph. */
  readonly paragraphGap: number;
}

/** The priority tracker on one stage: its items' box, and whether their labels show. */
export interface TrackerLayout {
  readonly minHeight: number;
  readonly text: TextMetrics;
  /** The item's padding (vertical, horizontal), its top border, the gaps between items and between number and label. */
  readonly paddingBlock: number;
  readonly paddingInline: number;
  readonly border: number;
  readonly itemGap: number;
  readonly labelGap: number;
  readonly labels: boolean;
}

/** Everything the size model needs for one stage. */
export interface StageTextLayout {
  readonly bullets: FrameLayout;
  readonly title: FrameLayout;
  readonly closing: FrameLayout;
  readonly tracker: TrackerLayout;
}

const GRID = 24;
const RULE = GRID + 6;
/** The title's and closing's rule stands further from its heading. */
const RED_RULE = GRID * 2 + 6;
const LINE = 1.6;
const HEADING_LINE = 1.25;
const KICKER = { size: 32, lineHeight: 32, letterSpacing: 0.12, marginBottom: 12 };
const LIST = { itemGap: GRID, bulletIndent: 48, numberIndent: 72, paragraphGap: GRID };
const text = (size: number, lineHeight = LINE): TextMetrics => ({ size, lineHeight: size * lineHeight });
const heading = (size: number, rule = RULE) => ({ ...text(size, HEADING_LINE), letterSpacing: 0.02, rule });
const quote = (size: number) => ({ ...text(size), paddingBlock: GRID, paddingInline: GRID * 2, border: 8 });

/** What one stage sets for every layout: its size, padding (bullets, red slides), gap and text sizes. */
interface StageSizes {
  readonly stage: StageSize;
  readonly padding: FrameLayout['padding'];
  readonly redPadding: FrameLayout['padding'];
  readonly gap: number;
  /** Headings of the bullets, title and closing layouts. */
  readonly headings: readonly [bullets: number, title: number, closing: number];
  /** Body text of the bullets layout and of the red slides; the quote's text. */
  readonly body: number;
  readonly redBody: number;
  readonly quote: number;
}

/** The three frames of a stage from its sizes. */
function framesOf(sizes: StageSizes): Pick<StageTextLayout, 'bullets' | 'title' | 'closing'> {
  const frame = (padding: FrameLayout['padding'], headingSize: number, rule: number, body: number): FrameLayout => ({
    stage: sizes.stage,
    padding,
    gap: sizes.gap,
    kicker: KICKER,
    heading: heading(headingSize, rule),
    body: text(body),
    ...LIST,
    quote: quote(sizes.quote),
  });
  const [bullets, title, closing] = sizes.headings;
  return {
    bullets: frame(sizes.padding, bullets, RULE, sizes.body),
    title: frame(sizes.redPadding, title, RED_RULE, sizes.redBody),
    closing: frame(sizes.redPadding, closing, RED_RULE, sizes.redBody),
  };
}

const TRACKER: TrackerLayout = {
  minHeight: 72,
  text: text(28, HEADING_LINE),
  paddingBlock: 8,
  paddingInline: 12,
  border: 6,
  itemGap: 12,
  labelGap: 8,
  labels: true,
};

/** The 16:9 stage (1920×1080). */
export const WIDE_TEXT_LAYOUT: StageTextLayout = {
  ...framesOf({
    stage: STAGE,
    padding: [GRID * 4, GRID * 5, GRID * 3, GRID * 5],
    redPadding: [GRID * 6, GRID * 8, GRID * 6, GRID * 8],
    gap: GRID * 2,
    headings: [64, 84, 64],
    body: 40,
    redBody: 36,
    quote: 40,
  }),
  tracker: TRACKER,
};

/** The phone's portrait stage (720×1560): the tracker shows numbers only. */
export const PHONE_TEXT_LAYOUT: StageTextLayout = {
  ...framesOf({
    stage: PHONE_STAGE,
    padding: [GRID * 4, GRID * 2.5, GRID * 3, GRID * 2.5],
    redPadding: [GRID * 4, GRID * 2.5, GRID * 4, GRID * 2.5],
    gap: GRID * 1.5,
    headings: [52, 64, 52],
    body: 34,
    redBody: 34,
    quote: 34,
  }),
  tracker: { ...TRACKER, minHeight: 64, paddingInline: 8, labels: false },
};

/** Both stages a slide must fit. */
export const TEXT_LAYOUTS: readonly StageTextLayout[] = [WIDE_TEXT_LAYOUT, PHONE_TEXT_LAYOUT];
