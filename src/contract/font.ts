/** The deck's font: one family name, used by the theme, the charts, the font subsetter and the exporters. */

/** The family name of the bundled font; it never matches a system font, so no system font is picked instead. */
export const FONT_FAMILY = 'Deck Sans SC';

/** The CSS font stack: the bundled font, then whatever the system has (never reached for the deck's own text). */
export const FONT_STACK = `'${FONT_FAMILY}', sans-serif`;

/** The weights the bundled font is cut in: 400 for all text, 700 for headings and bold. */
export const FONT_WEIGHTS = [400, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];
