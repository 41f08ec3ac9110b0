/**
 * The deck's colours: the theme's CSS variables are generated from this table, and charts, link
 * previews and exports read it, so a colour is changed here and nowhere else.
 */

/** Every named colour of the deck. */
export const PALETTE = {
  /** The stage's paper white. */
  paper: '#fbf8f3',
  /** Text. */
  ink: '#1c1b1a',
  /** Secondary text, axis lines of charts. */
  muted: '#55504a',
  /** The one accent: kickers, rules, the current priority. */
  red: '#9e1b17',
  /** Pressed and hovered red. */
  redDark: '#7a1411',
  /** The full-bleed background of the title and closing slides. */
  redDeep: '#8c1814',
  /** The rule under headings and the accent on red. */
  gold: '#c9a457',
  /** Text on red, selection. */
  goldLight: '#f3e2b3',
  /** Hairlines and the bar chart's axis. */
  line: '#e3dbcf',
  /** A tinted panel on paper (block quotes, the tracker's current item). */
  panel: '#f4eee4',
  /** Text on the dark speaker view. */
  nightText: '#f4efe6',
  /** Secondary text on the dark speaker view. */
  nightMuted: '#cfc7bb',
  /** Ahead of the pace plan, on the dark speaker view and remote. */
  nightAhead: '#8fd19e',
  /** Behind the pace plan, on the dark speaker view and remote. */
  nightBehind: '#ff9a8b',
  /** Text on red slides. */
  white: '#ffffff',
} as const;

export type PaletteColour = keyof typeof PALETTE;

/** One colour per priority, distinct side by side yet within the deck's warm, restrained range. */
export const PRIORITY_COLORS: readonly string[] = ['#9e1b17', '#b8862f', '#55504a', '#c8553d', '#6b7f3a', '#46647a', '#7b3f61'];

/** The colour of priority `n` (1-based); the palette repeats past its end. */
export function priorityColor(n: number): string {
  return PRIORITY_COLORS[(n - 1) % PRIORITY_COLORS.length]!;
}

/** `redDeep` → `--deck-red-deep`: the CSS variable of a palette colour. */
export function paletteVariable(name: PaletteColour): string {
  return `--deck-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
