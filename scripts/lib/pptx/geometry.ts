/**
 * The PowerPoint slides' geometry, in the deck's stage pixels (1920×1080), with the sizes of the
 * deck's theme (src/deck/styles): the plan places everything in stage px, the writer converts.
 * A 16:9 PowerPoint slide is 13.333 × 7.5 in, so one stage px is 1/144 in and a font size in px
 * is half as many points.
 */
import { PALETTE, STAGE } from '../../../src/contract/index.ts';

/** Stage px per inch of the slide. */
export const PX_PER_INCH = STAGE.width / 13.333;

/** A rectangle on the stage, in px. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Stage px → inches (pptxgenjs positions). */
export const inches = (px: number): number => Math.round((px / PX_PER_INCH) * 10_000) / 10_000;
/** Stage px → points (font sizes, spacing). */
export const points = (px: number): number => Math.round(px * (72 / PX_PER_INCH) * 100) / 100;

/** The grid every size of the theme is a multiple of. */
const GRID = 24;

/** The slide frame's padding on paper slides: 4 grid on top, 5 at the sides, 3 at the bottom. */
export const FRAME = { top: GRID * 4, side: GRID * 5, bottom: GRID * 3 } as const;
/** The width inside the frame. */
export const INNER_WIDTH = STAGE.width - 2 * FRAME.side;
/** Where the frame's content ends. */
export const FRAME_BOTTOM = STAGE.height - FRAME.bottom;

/** Type sizes (px) and line heights (× size) of the theme. */
export const TYPE = {
  kicker: { fontPx: 32, lineHeight: 1.5, letterSpacingEm: 0.12, marginBelow: 12 },
  h1: { fontPx: 84, lineHeight: 1.25, letterSpacingEm: 0.02 },
  h2: { fontPx: 64, lineHeight: 1.25, letterSpacingEm: 0.02 },
  sectionHeading: { fontPx: 84, lineHeight: 1.25, letterSpacingEm: 0.02 },
  body: { fontPx: 36, lineHeight: 1.6 },
  bulletsBody: { fontPx: 40, lineHeight: 1.6 },
  sideBody: { fontPx: 34, lineHeight: 1.6 },
  quote: { fontPx: 40, lineHeight: 1.6 },
  tracker: { fontPx: 28, lineHeight: 1.25 },
  slideNumber: { fontPx: 24, lineHeight: 1.5 },
} as const;

/** Space between paragraphs and list items, and between a list and a quote. */
export const PARAGRAPH_GAP = GRID;
export const GROUP_GAP = GRID * 2;
/** The gap between the header and the body, and between columns and rows of the chart layouts. */
export const SECTION_GAP = GRID * 2;
export const CHART_GAP = GRID * 3;
/** The text indent of bullet and numbered list items (the marker sits in it). */
export const BULLET_INDENT = 48;
export const NUMBER_INDENT = 72;
/** The rule under headings: red and short on paper, gold and longer on the red slides. */
export const RULE = { height: 6, short: 96, long: 160, gapAbove: GRID, gapAboveOnRed: GRID * 2 } as const;
/** A quote's panel: padding and the gold bar on its left. */
export const QUOTE = { padX: GRID * 2, padY: GRID, bar: 8 } as const;
/** The tracker's items: the coloured top line, padding, gap and least height. */
export const TRACKER = { line: 6, padX: 12, padY: 8, gap: 12, minHeight: 72, minLongEm: 4 } as const;
/** The red band on the left of a section divider. */
export const SECTION_BAND = GRID * 2;

/** The slide masters: which background and where each one's title placeholder sits. */
export type MasterName = 'content' | 'title' | 'closing' | 'section';

/** One master: background, title placeholder box (px), how its text is anchored, its heading type and colours. */
export interface MasterGeometry {
  readonly background: string;
  readonly title: Box;
  readonly titleAnchor: 'top' | 'bottom';
  readonly heading: (typeof TYPE)['h1' | 'h2' | 'sectionHeading'];
  readonly headingColour: string;
  readonly kickerColour: string;
  readonly ruleColour: string;
  readonly ruleWidth: number;
  readonly ruleGap: number;
  readonly textColour: string;
  readonly slideNumberColour: string;
  /** The left edge and width of the text on this master. */
  readonly left: number;
  readonly width: number;
}

/** Two heading lines fit every master's title box; a longer heading is set smaller (see plan-head.ts). */
export const HEADING_LINES = 2;

/** A type's line height in px. */
export const lineOf = (type: { readonly fontPx: number; readonly lineHeight: number }): number => type.fontPx * type.lineHeight;
const contentTop = FRAME.top + lineOf(TYPE.kicker) + TYPE.kicker.marginBelow;
/** The red slides centre their content: the heading's last line ends here. */
const RED_TITLE_BOTTOM = 510;
const RED_SIDE = GRID * 8;

/** A red master (title, closing): white heading over a long gold rule, centred on the slide. */
function redMaster(heading: MasterGeometry['heading']): MasterGeometry {
  const width = STAGE.width - 2 * RED_SIDE;
  const height = HEADING_LINES * lineOf(heading);
  return {
    background: PALETTE.redDeep,
    title: { x: RED_SIDE, y: RED_TITLE_BOTTOM - height, w: width, h: height },
    titleAnchor: 'bottom',
    heading,
    headingColour: PALETTE.white,
    kickerColour: PALETTE.goldLight,
    ruleColour: PALETTE.gold,
    ruleWidth: RULE.long,
    ruleGap: RULE.gapAboveOnRed,
    textColour: PALETTE.white,
    slideNumberColour: PALETTE.goldLight,
    left: RED_SIDE,
    width,
  };
}

/** The four masters. Title slides and section dividers centre their heading, anchored at its last line. */
export const MASTERS: Readonly<Record<MasterName, MasterGeometry>> = {
  content: {
    background: PALETTE.paper,
    title: { x: FRAME.side, y: contentTop, w: INNER_WIDTH, h: HEADING_LINES * lineOf(TYPE.h2) },
    titleAnchor: 'top',
    heading: TYPE.h2,
    headingColour: PALETTE.ink,
    kickerColour: PALETTE.red,
    ruleColour: PALETTE.red,
    ruleWidth: RULE.short,
    ruleGap: RULE.gapAbove,
    textColour: PALETTE.ink,
    slideNumberColour: PALETTE.muted,
    left: FRAME.side,
    width: INNER_WIDTH,
  },
  title: redMaster(TYPE.h1),
  closing: redMaster(TYPE.h2),
  section: {
    background: PALETTE.paper,
    title: {
      x: FRAME.side + SECTION_BAND,
      y: RED_TITLE_BOTTOM - HEADING_LINES * lineOf(TYPE.sectionHeading),
      w: INNER_WIDTH - SECTION_BAND,
      h: HEADING_LINES * lineOf(TYPE.sectionHeading),
    },
    titleAnchor: 'bottom',
    heading: TYPE.sectionHeading,
    headingColour: PALETTE.ink,
    kickerColour: PALETTE.red,
    ruleColour: PALETTE.red,
    ruleWidth: RULE.short,
    ruleGap: RULE.gapAbove,
    textColour: PALETTE.muted,
    slideNumberColour: PALETTE.muted,
    left: FRAME.side + SECTION_BAND,
    width: INNER_WIDTH - SECTION_BAND,
  },
};

/** The slide number's box: bottom left, where reveal shows it. */
export const SLIDE_NUMBER_BOX: Box = { x: GRID, y: STAGE.height - 16 - lineOf(TYPE.slideNumber), w: 120, h: lineOf(TYPE.slideNumber) };

/** The master of a deck layout. */
export function masterOf(layout: string): MasterName {
  if (layout === 'title' || layout === 'closing' || layout === 'section') return layout;
  return 'content';
}
