/** The theme's design tokens as CSS: the palette and the font stack, generated so that CSS never repeats them. */
import { FONT_STACK } from './font.ts';
import { PALETTE, type PaletteColour, paletteVariable } from './palette.ts';

/** The `:root` rule declaring `--deck-<colour>` and `--deck-font`. */
export function themeTokensCss(): string {
  const colours = (Object.keys(PALETTE) as PaletteColour[]).map((name) => `${paletteVariable(name)}:${PALETTE[name]}`);
  return `:root{${[...colours, `--deck-font:${FONT_STACK}`].join(';')}}\n`;
}
