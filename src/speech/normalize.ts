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
  const out = chars.slice();
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if ((c === ',' || c === ':' || c === ';') && (isChinese(chars[i - 1]) || isChinese(chars[i + 1]))) {
      out[i] = FULL_WIDTH[c]!;
    } else if (c === '(') {
      const close = chars.indexOf(')', i + 1);
      if (close === -1) continue;
      const inner = chars.slice(i + 1, close);
      if (inner.some(isChinese) || isChinese(chars[i - 1]) || isChinese(chars[close + 1])) {
        out[i] = FULL_WIDTH['(']!;
        out[close] = FULL_WIDTH[')']!;
      }
    }
  }
  return out.join('');
}
