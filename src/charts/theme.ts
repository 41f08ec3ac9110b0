/** The deck's theme for charts: the colours of src/deck/theme.css and the deck's font. */

/** The font family of every chart text: the deck's own font, cut to the characters the deck shows. */
export const CHART_FONT_FAMILY = 'Deck Sans SC';
/** Chart text is regular: the bold face holds only the characters of headings and strong text. */
export const CHART_FONT_WEIGHT = 'normal';

/** The theme's colours (`--deck-*` in theme.css). */
export const COLORS = {
  paper: '#fbf8f3',
  ink: '#1c1b1a',
  muted: '#55504a',
  red: '#9e1b17',
  gold: '#c9a457',
  line: '#e3dbcf',
  goldLight: '#f3e2b3',
} as const;

/** One colour per priority, distinct side by side yet within the deck's warm, restrained range. */
export const PRIORITY_COLORS: readonly string[] = ['#9e1b17', '#b8862f', '#55504a', '#c8553d', '#6b7f3a', '#46647a', '#7b3f61'];

/** The colour of priority `n` (1-based); the palette repeats past its end. */
export function priorityColor(n: number): string {
  return PRIORITY_COLORS[(n - 1) % PRIORITY_COLORS.length]!;
}

/** Text sizes on the 1920×1080 stage, large enough for the back of a room. */
export const FONT_SIZES = { label: 28, small: 24, large: 32 } as const;

/** The text style every chart starts from. */
export const BASE_TEXT_STYLE = {
  fontFamily: CHART_FONT_FAMILY,
  fontWeight: CHART_FONT_WEIGHT,
  fontSize: FONT_SIZES.label,
  color: COLORS.ink,
} as const;
