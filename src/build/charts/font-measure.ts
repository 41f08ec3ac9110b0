/** Text widths in the deck's own font, read from the TrueType file the subset is cut from (fontkit). */
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import type { TextMeasure } from '../../charts/types.ts';
import { SOURCE_FONT_DIR, SOURCE_FONTS } from '../fonts.ts';

/** A `px` size in a CSS font shorthand or size (`24px`, `normal 24px Deck Sans SC`). */
const RE_FONT_PX = /(\d+(?:\.\d+)?)px/;

let regular: fontkit.Font | undefined;
const advances = new Map<string, number>();

/** The regular face, opened once (parsing the file takes a moment). */
function regularFace(): fontkit.Font {
  regular ??= fontkit.openSync(join(SOURCE_FONT_DIR, SOURCE_FONTS[400])) as fontkit.Font;
  return regular;
}

/** The advance width of `text` at `fontSize` px in the deck's regular face, shaped as a browser would (kerning included). */
export const measureDeckText: TextMeasure = (text, fontSize) => {
  let units = advances.get(text);
  if (units === undefined) {
    const face = regularFace();
    units = face.layout(text).advanceWidth / face.unitsPerEm;
    advances.set(text, units);
  }
  return units * fontSize;
};

/** The px size in a CSS font string, as ECharts hands it to `measureText` (12 when it names none, ECharts' default). */
export function fontPx(font: string | undefined): number {
  return Number(RE_FONT_PX.exec(font ?? '')?.[1] ?? 12);
}

/** The ascent and descent of the regular face, in em: where the glyphs of a line reach above and below its baseline. */
export function deckFontExtent(): { readonly ascent: number; readonly descent: number } {
  const face = regularFace();
  return { ascent: face.ascent / face.unitsPerEm, descent: -face.descent / face.unitsPerEm };
}
