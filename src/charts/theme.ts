/** The deck's theme for charts: the deck's palette and font, and the text sizes of chart labels. */
import { FONT_FAMILY, PALETTE } from '../contract/index.ts';

export { PRIORITY_COLORS, priorityColor } from '../contract/index.ts';

/** The font family of every chart text: the deck's own font, cut to the characters the deck shows. */
export const CHART_FONT_FAMILY = FONT_FAMILY;
/** Chart text is regular: the bold face holds only the characters of headings and strong text. */
export const CHART_FONT_WEIGHT = 'normal';

/** The colours charts use, from the deck's palette. */
export const COLORS = {
  paper: PALETTE.paper,
  ink: PALETTE.ink,
  muted: PALETTE.muted,
  red: PALETTE.red,
  gold: PALETTE.gold,
  line: PALETTE.line,
  goldLight: PALETTE.goldLight,
} as const;

/** The text style every chart starts from (each label sets its own size, from the chart's layout). */
export const BASE_TEXT_STYLE = {
  fontFamily: CHART_FONT_FAMILY,
  fontWeight: CHART_FONT_WEIGHT,
  fontSize: 24,
  color: COLORS.ink,
} as const;
