/**
 * Character widths from the deck's own font files (Noto Sans SC, both weights), read with fontkit:
 * the stand-in for the receiver's Chinese font when sizing text boxes (see FIT_RATIO).
 */
import { join } from 'node:path';
import { type Font, type FontCollection, openSync } from 'fontkit';
import { SOURCE_FONT_DIR, SOURCE_FONTS } from '../../../src/build/fonts.ts';
import type { CharWidth } from './text-layout.ts';

/** A character the font lacks is counted a full em wide: never narrower than what is drawn instead. */
const MISSING_WIDTH_EM = 1;

function openFont(path: string): Font {
  const font: Font | FontCollection = openSync(path);
  if ('fonts' in font) throw new Error(`${path} is a font collection, not one font`);
  return font;
}

/** Loads both weights once and answers widths in em, memoised per character. */
export function loadCharWidth(): CharWidth {
  const fonts = { regular: openFont(join(SOURCE_FONT_DIR, SOURCE_FONTS[400])), bold: openFont(join(SOURCE_FONT_DIR, SOURCE_FONTS[700])) };
  const cache = new Map<string, number>();
  return (char, bold) => {
    const key = `${bold ? 'b' : 'r'}${char}`;
    let width = cache.get(key);
    if (width === undefined) {
      const font = bold ? fonts.bold : fonts.regular;
      const glyph = font.glyphForCodePoint(char.codePointAt(0)!);
      width = glyph.id === 0 ? MISSING_WIDTH_EM : glyph.advanceWidth / font.unitsPerEm;
      cache.set(key, width);
    }
    return width;
  };
}
