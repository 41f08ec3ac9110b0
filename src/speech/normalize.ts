/** Punctuation for Chinese typesetting: ASCII marks between Chinese text become full-width. */

/** Han ideographs and CJK punctuation / full-width forms: what counts as "Chinese text" around a mark. */
const RE_CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u201c\u201d\u2018\u2019]/;

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）' };

/**
 * Replaces `,` `:` `;` that touch Chinese text on either side with `，` `：` `；`, and a
 * `(…)` pair whose content or surroundings are Chinese with `（…）`. Each mark maps to
 * one character, so offsets into the text stay valid. `“”` and `《》` are kept as they are;
 * marks between Latin letters or digits (`1,000`, `a:b`) are left alone.
 */
export function normalizePunctuation(text: string): string {
  const chars = [...text];
  const isChinese = (c: string | undefined): boolean => c !== undefined && RE_CHINESE.test(c);
  // One pass each way instead of a search per `(`: a long text with many `(` stays linear.
  const nextClose = new Array<number>(chars.length + 1).fill(-1);
  for (let i = chars.length - 1; i >= 0; i--) nextClose[i] = chars[i] === ')' ? i : nextClose[i + 1]!;
  const chineseBefore = new Array<number>(chars.length + 1).fill(0);
  for (let i = 0; i < chars.length; i++) chineseBefore[i + 1] = chineseBefore[i]! + (isChinese(chars[i]) ? 1 : 0);
  const out = chars.slice();
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if ((c === ',' || c === ':' || c === ';') && (isChinese(chars[i - 1]) || isChinese(chars[i + 1]))) {
      out[i] = FULL_WIDTH[c]!;
    } else if (c === '(') {
      const close = nextClose[i + 1]!;
      if (close === -1) continue;
      const innerIsChinese = chineseBefore[close]! - chineseBefore[i + 1]! > 0;
      if (innerIsChinese || isChinese(chars[i - 1]) || isChinese(chars[close + 1])) {
        out[i] = FULL_WIDTH['(']!;
        out[close] = FULL_WIDTH[')']!;
      }
    }
  }
  return out.join('');
}
