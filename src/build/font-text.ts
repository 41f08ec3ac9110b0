/** Which characters the deck shows in which font weight, read from its HTML. */
import { htmlToText as textOf } from '../slides/markdown.ts';

/** Elements the theme sets in bold (700); everything else is regular (400). */
const RE_BOLD_ELEMENT = /<(h[1-6]|strong|b|th)\b[^>]*>([\s\S]*?)<\/\1>/g;

/**
 * The text of each font weight: 700 gets what bold elements show, 400 gets everything
 * (a bold face missing a glyph would fall back to another font, so regular covers all).
 */
export function textByWeight(html: string, otherText: string): Map<number, string> {
  const bold = [...html.matchAll(RE_BOLD_ELEMENT)].map((m) => textOf(m[2]!)).join('');
  return new Map([
    [400, textOf(html) + otherText],
    [700, bold],
  ]);
}
