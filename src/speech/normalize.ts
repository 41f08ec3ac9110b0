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

/** True when the character at `i` is a Han ideograph (not a digit, a Latin letter or a mark). */
const isHanAt = (text: string, i: number): boolean => i >= 0 && /[\u3400-\u9fff]/.test(text[i] ?? '');

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）' };

/** Full-width digits, Latin letters and `％` (`２０２２年`, `ＡＰＰ`), as older systems store them: their ASCII forms. */
const RE_FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05]/g;
const toHalfWidth = (text: string): string => text.replace(RE_FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Dashes text recognition reads for the numeral 一. */
const DASH_FOR_ONE = new Set(['—', '－', '–', '-']);

/** Marks that end a sentence after Chinese text: `.` `!` `?` typed on a Latin keyboard (`…取得的成绩.她指出`). */
const SENTENCE_END: Readonly<Record<string, string>> = { '.': '。', '!': '！', '?': '？' };

/**
 * Replaces `,` `:` `;` that touch Chinese text on either side with `，` `：` `；`, `.` `!` `?`
 * after Chinese text with `。` `！` `？`, straight double quotes around Chinese text with `“…”`,
 * and a `(…)` pair whose content or surroundings are Chinese with `（…）`; full-width digits and
 * letters become ASCII. Each character maps to one character, so offsets into the text stay
 * valid. `“”` and `《》` are kept as they are; marks between Latin letters or digits (`1,000`,
 * `a:b`, `5.8`, a list's `1.`) are left alone. Linear in the text.
 */
export function normalizePunctuation(source: string): string {
  const text = toHalfWidth(source);
  const n = text.length;
  const chineseAt = (i: number): boolean => i >= 0 && i < n && isChinese(text.charCodeAt(i));
  // One pass each way instead of a search per `(`: a long text with many `(` stays linear.
  const nextClose = new Int32Array(n + 1).fill(-1);
  for (let i = n - 1; i >= 0; i--) nextClose[i] = text[i] === ')' ? i : nextClose[i + 1]!;
  const chineseBefore = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) chineseBefore[i + 1] = chineseBefore[i]! + (chineseAt(i) ? 1 : 0);
  const out = text.split('');
  let quoteOpen = false;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '\n') quoteOpen = false;
    // Text recognition reads the numeral 一 of `一是`, `一要`, `一、` as a dash: `，—是要紧盯问题`.
    if (DASH_FOR_ONE.has(c) && /[是要、]/.test(text[i + 1] ?? '') && (i === 0 || /[\s，。；：！？\u3000]/.test(text[i - 1]!))) {
      out[i] = '一';
      continue;
    }
    if ((c === ',' || c === ':' || c === ';') && (chineseAt(i - 1) || chineseAt(i + 1))) {
      out[i] = FULL_WIDTH[c]!;
    } else if (SENTENCE_END[c] && isHanAt(text, i - 1)) {
      out[i] = SENTENCE_END[c]!;
    } else if (c === '"' && (chineseAt(i - 1) || chineseAt(i + 1))) {
      out[i] = quoteOpen ? '”' : '“';
      quoteOpen = !quoteOpen;
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
