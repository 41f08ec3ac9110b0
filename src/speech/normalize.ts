/** Punctuation for Chinese typesetting: ASCII marks between Chinese text become full-width. */

/** Han ideographs, CJK punctuation, full-width forms and curly quotes: what counts as "Chinese text" around a mark. */
function isChinese(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019
  );
}

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）' };

/**
 * Replaces `,` `:` `;` that touch Chinese text on either side with `，` `：` `；`, and a
 * `(…)` pair whose content or surroundings are Chinese with `（…）`. Each mark maps to
 * one character, so offsets into the text stay valid. `“”` and `《》` are kept as they are;
 * marks between Latin letters or digits (`1,000`, `a:b`) are left alone. Linear in the text.
 */
export function normalizePunctuation(text: string): string {
  const n = text.length;
  const chineseAt = (i: number): boolean => i >= 0 && i < n && isChinese(text.charCodeAt(i));
  // One pass each way instead of a search per `(`: a long text with many `(` stays linear.
  const nextClose = new Int32Array(n + 1).fill(-1);
  for (let i = n - 1; i >= 0; i--) nextClose[i] = text[i] === ')' ? i : nextClose[i + 1]!;
  const chineseBefore = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) chineseBefore[i + 1] = chineseBefore[i]! + (chineseAt(i) ? 1 : 0);
  const out = text.split('');
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if ((c === ',' || c === ':' || c === ';') && (chineseAt(i - 1) || chineseAt(i + 1))) {
      out[i] = FULL_WIDTH[c]!;
    } else if (c === '(') {
      const close = nextClose[i + 1]!;
      if (close === -1) continue;
      const innerIsChinese = chineseBefore[close]! - chineseBefore[i + 1]! > 0;
      if (innerIsChinese || chineseAt(i - 1) || chineseAt(close + 1)) {
        out[i] = FULL_WIDTH['(']!;
        out[close] = FULL_WIDTH[')']!;
      }
    }
  }
  return out.join('');
}
