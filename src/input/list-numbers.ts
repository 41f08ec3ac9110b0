/**
 * Word's automatic list numbers as the reader sees them (`（一）`, `1.`, `第一，`): the numbers
 * are not in the paragraphs' text, so they are counted and written out here. Pure.
 */
import { toChineseNumeral } from '../speech/index.ts';

/** One level of a list definition (`w:lvl`): the number format, the label pattern and the first number. */
export interface ListLevel {
  /** `decimal`, `chineseCounting`, `bullet`… (`w:numFmt`). */
  readonly format: string;
  /** The label with `%1`…`%9` for the numbers of levels 1–9, e.g. `（%1）`, `%1.%2` (`w:lvlText`). */
  readonly text: string;
  readonly start: number;
}

/** A list instance (`w:num`): the definition it uses, and whether it restarts its numbers. */
export interface ListInstance {
  readonly definition: string;
  /** Levels whose first number the instance overrides (`w:startOverride`): it counts on its own from there. */
  readonly startOverrides: Readonly<Record<number, number>>;
}

/** The lists a document defines: instances by `w:numId`, definitions' levels by `w:abstractNumId`. */
export interface ListDefinitions {
  readonly instances: Readonly<Record<string, ListInstance>>;
  readonly levels: Readonly<Record<string, Readonly<Record<number, ListLevel>>>>;
}

/** A paragraph in a list: its instance (`w:numId`) and level (`w:ilvl`, from 0). */
export interface ListParagraph {
  readonly instance: string;
  readonly level: number;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PARENTHESIZED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULL_STOPPED = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';
const CIRCLED_IDEOGRAPHS = '㊀㊁㊂㊃㊄㊅㊆㊇㊈㊉';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const IDEOGRAPH_DIGITS = '〇一二三四五六七八九';
/** The "capital" numerals of cheques and contracts, simplified and traditional, for 一…十. */
const LEGAL_SIMPLIFIED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'一二三四五六七八九十'].map((c, i) => [c, '壹贰叁肆伍陆柒捌玖拾'[i]!]),
);
const LEGAL_TRADITIONAL: Readonly<Record<string, string>> = Object.fromEntries(
  [...'一二三四五六七八九十'].map((c, i) => [c, '壹貳參肆伍陸柒捌玖拾'[i]!]),
);
const ROMAN: readonly [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** Roman numerals: 4 → iv. */
function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    for (; rest >= value; rest -= value) out += letters;
  }
  return out;
}

/** Counting numerals (一, 十二) for 1–99, decimals past them, as Word writes them. */
const counting = (n: number): string => (n < 100 ? toChineseNumeral(n) : String(n));
/** A numeral written with the "capital" digits of a table: 12 → 拾贰. */
const legal = (digits: Readonly<Record<string, string>>) => (n: number) => [...counting(n)].map((c) => digits[c] ?? c).join('');
/** The nth character of a series, decimals past its end. */
const nth = (series: string) => (n: number) => [...series][n - 1] ?? String(n);

/** Letters as Word counts them: a…z, then aa…zz. */
const letter = (n: number): string => String.fromCharCode(0x61 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

/** An ideograph for each decimal digit: 10 → 一〇. */
const digitByDigit = (n: number): string => [...String(n)].map((d) => IDEOGRAPH_DIGITS[Number(d)]).join('');

/**
 * Number formats (`w:numFmt`) a Chinese report's lists use; others are written as decimals. Word,
 * WPS and LibreOffice each pick their own name for the same 一, 二, 三 (LibreOffice saves its
 * Chinese counting as `taiwaneseCountingThousand`).
 */
const FORMATS: Readonly<Record<string, (n: number) => string>> = {
  decimal: String,
  decimalHalfWidth: String,
  decimalZero: (n) => String(n).padStart(2, '0'),
  decimalFullWidth: (n) => [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join(''),
  decimalFullWidth2: (n) => [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join(''),
  decimalEnclosedCircle: nth(CIRCLED),
  decimalEnclosedCircleChinese: nth(CIRCLED),
  decimalEnclosedParen: nth(PARENTHESIZED),
  decimalEnclosedFullstop: nth(FULL_STOPPED),
  ideographEnclosedCircle: nth(CIRCLED_IDEOGRAPHS),
  chineseCounting: counting,
  chineseCountingThousand: counting,
  taiwaneseCounting: counting,
  taiwaneseCountingThousand: counting,
  japaneseCounting: counting,
  japaneseDigitalTenThousand: counting,
  chineseLegalSimplified: legal(LEGAL_SIMPLIFIED),
  ideographLegalTraditional: legal(LEGAL_TRADITIONAL),
  ideographDigital: digitByDigit,
  taiwaneseDigital: digitByDigit,
  ideographTraditional: nth(HEAVENLY_STEMS),
  ideographZodiac: nth(EARTHLY_BRANCHES),
  lowerLetter: letter,
  upperLetter: (n) => letter(n).toUpperCase(),
  lowerRoman: roman,
  upperRoman: (n) => roman(n).toUpperCase(),
  bullet: () => '',
  none: () => '',
};

/** Writes number `n` in a Word number format: `chineseCounting` 3 → 三. */
export function formatListNumber(format: string, n: number): string {
  return (FORMATS[format] ?? String)(n);
}

/** Bullets drawn from symbol fonts, at their code in Unicode's private use area: Symbol's •, Wingdings' ● ■ ◆ ▪. */
const SYMBOL_FONT_BULLETS: Readonly<Record<string, string>> = {
  '\uf0b7': '•',
  '\uf06c': '●',
  '\uf06e': '■',
  '\uf075': '◆',
  '\uf0a7': '▪',
};
/** The bullets a report opens its items with (`——`, `●`): the speech grammar reads them as a list; other bullets (○, ➢, ✓) are decoration. */
const REPORT_BULLETS = new Set(['——', '—', '●', '◆', '■', '▲', '★', '▪', '•']);

/** The mark a bullet list shows, when it is one a report's items open with; else `''`. */
export function bulletLabel(text: string): string {
  const mark = SYMBOL_FONT_BULLETS[text] ?? text.trim();
  return REPORT_BULLETS.has(mark) ? mark : '';
}

/** `%1`…`%9` in a level's label text. */
const RE_LEVEL_NUMBER = /%([1-9])/g;

/**
 * The label Word shows before each list paragraph, in order: the number, or a report's bullet
 * (`●`); `''` for other bullets and unknown lists.
 * Instances of one definition continue each other's numbers unless they override a start, as in
 * Word; a paragraph at a level restarts the numbers of the levels below it.
 */
export function listLabels(paragraphs: readonly ListParagraph[], lists: ListDefinitions): string[] {
  const counters = new Map<string, number[]>();
  return paragraphs.map(({ instance, level }) => {
    const list = lists.instances[instance];
    const levels = list ? lists.levels[list.definition] : undefined;
    const definition = levels?.[level];
    if (!list || !levels || !definition) return '';
    if (definition.format === 'bullet') return bulletLabel(definition.text);
    const key = Object.keys(list.startOverrides).length > 0 ? `num:${instance}` : `def:${list.definition}`;
    const counts = counters.get(key) ?? [];
    const startOf = (l: number): number => list.startOverrides[l] ?? levels[l]?.start ?? 1;
    counts[level] = (counts[level] ?? startOf(level) - 1) + 1;
    counts.length = level + 1;
    counters.set(key, counts);
    return definition.text.replace(RE_LEVEL_NUMBER, (_, digit: string) => {
      const l = Number(digit) - 1;
      return formatListNumber(levels[l]?.format ?? 'decimal', counts[l] ?? startOf(l));
    });
  });
}
