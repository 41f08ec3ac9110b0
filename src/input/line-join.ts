/** Joining the lines a page layout broke: Chinese runs on without a space, Latin words get one. */

/** A letter or digit of a Latin-script word: two of them across a line break were two words. */
const RE_LATIN_END = /[A-Za-z0-9\u00C0-\u024F]$/;
const RE_LATIN_START = /^[A-Za-z0-9\u00C0-\u024F]/;
/** Wide characters: ideographs, CJK punctuation, full-width forms, and the quotation marks Chinese text uses. */
export const RE_WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef“”‘’]/;
/** ASCII spaces with a wide character on one side or both. */
const RE_SPACE_BY_WIDE = new RegExp(`(?<=${RE_WIDE.source}) +| +(?=${RE_WIDE.source})`, 'g');
/** Spaces at a line's edges, including the ideographic space used to indent paragraphs. */
const RE_EDGE_SPACE = /^[\s\u3000]+|[\s\u3000]+$/g;

/** The space that goes between two pieces of text set side by side: one between Latin words, else none. */
export function spaceBetween(before: string, after: string): string {
  return RE_LATIN_END.test(before) && RE_LATIN_START.test(after) ? ' ' : '';
}

/** Joins the lines of one paragraph into one line. Blank lines are skipped. */
export function joinLineTexts(lines: readonly string[]): string {
  let joined = '';
  for (const raw of lines) {
    const line = raw.replace(RE_EDGE_SPACE, '');
    if (line === '') continue;
    joined += spaceBetween(joined, line) + line;
  }
  return joined;
}

/**
 * Drops ASCII spaces next to wide characters. A PDF reader reports a wide gap between glyphs as a
 * space, and justified Chinese lines are full of such gaps; Chinese text has no spaces of its own
 * (the rare one typed beside a Chinese phrase is lost with them). Spaces between Latin words and
 * the ideographic space stay.
 */
export function closeWideSpacing(text: string): string {
  return text.replace(RE_SPACE_BY_WIDE, '');
}
