/**
 * Whether a PDF's text layer holds the report's words. A PDF printed without the fonts' mapping to
 * Unicode (LibreOffice without a Chinese font installed, for one) reads every character of a font
 * as one and the same: `我我我我…`, `月月月月…`.
 */

const RE_HAN = /\p{Script=Han}/gu;
/** Fewer Chinese characters than this tell too little about how they are spread. */
const MIN_HAN = 50;
/**
 * The share of its Chinese characters that the most frequent one may take in real text. In the
 * fixture reports and our own speech it takes 2.3% to 5.8% (`文`, `县`, `市`…), and at most 12% of
 * any 50 characters in a row; in PDFs printed without a Chinese font, 90% and more. A quarter keeps
 * twice the margin over the densest stretch of real text and still finds a text layer spread over
 * three such characters.
 */
const MAX_TOP_SHARE = 0.25;

/** The most frequent Chinese character of a text, and its share of the text's Chinese characters. */
export function topHanShare(text: string): { readonly char: string; readonly share: number; readonly han: number } | undefined {
  const counts = new Map<string, number>();
  for (const [char] of text.matchAll(RE_HAN)) counts.set(char, (counts.get(char) ?? 0) + 1);
  const han = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const [char, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return char === undefined || count === undefined ? undefined : { char, share: count / han, han };
}

/** Whether a text layer repeats a character far more than any real text does: its fonts have no usable mapping to Unicode. */
export function isRepeatedGlyphText(text: string): boolean {
  const top = topHanShare(text);
  return top !== undefined && top.han >= MIN_HAN && top.share > MAX_TOP_SHARE;
}
