/**
 * Radical code points back to the ideographs they stand for. Text pulled out of a PDF often
 * carries them: a CJK font maps a radical and its ideograph to one glyph, and the PDF's
 * glyph-to-text table may name the radical (`⽂` U+2F42 for 文, `⻓` U+2ED3 for 长).
 */

/** Kangxi Radicals (U+2F00–U+2FDF): each has a compatibility decomposition to its ideograph. */
const RE_KANGXI = /[\u2F00-\u2FDF]/g;
/** CJK Compatibility Ideographs (U+F900–U+FAFF): canonically equal to a unified ideograph. */
const RE_COMPATIBILITY = /[\uF900-\uFAFF]/g;
/** CJK Radicals Supplement (U+2E80–U+2EFF): NFKC maps only two of them, so they get a table. */
const RE_SUPPLEMENT = /[\u2E80-\u2EFF]/g;

/**
 * Kangxi radicals whose compatibility decomposition is not the form a simplified-Chinese font
 * draws with the radical's glyph: NFKC turns `⼾` into 戶 (U+6236), Noto Sans SC draws it as 户.
 */
export const KANGXI_SIMPLIFIED: Readonly<Record<string, string>> = { '⼾': '户' };

/**
 * CJK Radicals Supplement → the unified ideograph that writes the same form: the pairs that a CJK
 * font (Noto Sans SC, the deck's font) draws with one glyph, read from its character map. Forms the
 * font draws with a glyph of their own (`⺀`, `⻄`…) are not listed and stay as they are.
 */
export const RADICAL_SUPPLEMENT_TO_IDEOGRAPH: Readonly<Record<string, string>> = {
  '⺂': '乛',
  '⺃': '乚',
  '⺅': '亻',
  '⺇': '𠘨',
  '⺉': '刂',
  '⺋': '㔾',
  '⺍': '𭕄',
  '⺏': '尣',
  '⺐': '尢',
  '⺒': '巳',
  '⺓': '幺',
  '⺔': '彑',
  '⺕': '彐',
  '⺖': '忄',
  '⺘': '扌',
  '⺙': '攵',
  '⺛': '旡',
  '⺞': '歺',
  '⺟': '母',
  '⺠': '民',
  '⺡': '氵',
  '⺣': '灬',
  '⺤': '爫',
  '⺦': '丬',
  '⺨': '犭',
  '⺩': '𤣩',
  '⺭': '礻',
  '⺮': '𥫗',
  '⺯': '糹',
  '⺰': '纟',
  '⺱': '罓',
  '⺳': '㓁',
  '⺹': '耂',
  '⺺': '肀',
  '⺽': '𦥑',
  '⺾': '艹',
  '⺿': '艹',
  '⻀': '艹',
  '⻂': '衤',
  '⻅': '见',
  '⻆': '角',
  '⻇': '𧢲',
  '⻈': '讠',
  '⻉': '贝',
  '⻊': '𧾷',
  '⻋': '车',
  '⻌': '辶',
  '⻐': '钅',
  '⻑': '長',
  '⻒': '镸',
  '⻓': '长',
  '⻔': '门',
  '⻕': '𨸏',
  '⻖': '阝',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻞': '𩙿',
  '⻟': '飠',
  '⻠': '饣',
  '⻡': '𩠐',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻫': '斉',
  '⻬': '齐',
  '⻮': '齿',
  '⻯': '竜',
  '⻰': '龙',
  '⻱': '龜',
  '⻲': '亀',
  '⻳': '龟',
};

/**
 * Replaces radical and compatibility code points with their unified ideographs. Only those blocks
 * are touched: NFKC on the whole text would also turn `，（）：` into ASCII marks.
 * Every replacement is one character for one (a supplementary-plane result is two UTF-16 units).
 */
export function unifyRadicals(text: string): string {
  return text
    .replace(RE_KANGXI, (c) => KANGXI_SIMPLIFIED[c] ?? c.normalize('NFKC'))
    .replace(RE_COMPATIBILITY, (c) => c.normalize('NFC'))
    .replace(RE_SUPPLEMENT, (c) => RADICAL_SUPPLEMENT_TO_IDEOGRAPH[c] ?? c);
}
