/** Numbered list markers in every style of the genre, found in runs 1, 2, 3…. Pure. */
import { fromChineseNumeral } from './numerals.ts';
import { isAtBoundary } from './text.ts';

/** A Chinese numeral of one to three characters (一 … 九十九). */
const CN = '[一二三四五六七八九十]{1,3}';

/** A marker style: how its markers are found, and the number each stands for. */
export interface MarkerStyle {
  /** The style's name, as the outline shows it: `一是`, `（一）`, `1.`… */
  readonly name: string;
  /** Every possible marker of the style (global, sticky-free). */
  readonly pattern: RegExp;
  /** The number a found marker stands for, given the previous number of its run; undefined when it cannot follow. */
  readonly numberOf: (match: RegExpExecArray, previous: number | undefined) => number | undefined;
}

/** The number written in group 1, as a Chinese or Arabic numeral. */
const writtenNumber = (match: RegExpExecArray): number | undefined => {
  const written = match[1] ?? '';
  return /^\d+$/.test(written) ? Number(written) : fromChineseNumeral(written);
};

/** `首先…其次…再次…最后`: words, not numbers; each follows what came before. */
const ordinalWord = (match: RegExpExecArray, previous: number | undefined): number | undefined => {
  const word = match[1];
  if (word === '首先') return 1;
  if (previous === undefined) return undefined;
  if (word === '其次') return previous === 1 ? 2 : undefined;
  return previous + 1;
};

/** Marks that open the items of a list without numbers, each item a paragraph: `——聚焦…`, `●压实…`. */
const BULLETS = ['——', '●', '◆', '■', '▲', '★', '▪', '•'] as const;

/** A bullet opening a sentence or following a colon (a dash inside a sentence is punctuation, not a bullet); bullets hold no pattern syntax. */
function bulletPattern(bullet: string): RegExp {
  return new RegExp(`(?<=^|[。！？：\n])${bullet}`, 'g');
}

/** Bullets carry no number: each is the next item of its run. */
const nextBullet = (_match: RegExpExecArray, previous: number | undefined): number => (previous ?? 0) + 1;

/** The styles the genre numbers its lists with; a marker's trailing comma or colon is part of it. */
export const MARKER_STYLES: readonly MarkerStyle[] = [
  { name: '一是', pattern: new RegExp(`(${CN})是`, 'g'), numberOf: writtenNumber },
  { name: '一要', pattern: new RegExp(`(${CN})要`, 'g'), numberOf: writtenNumber },
  { name: '第一', pattern: new RegExp(`第(${CN})(?:[，、：]|是)`, 'g'), numberOf: writtenNumber },
  { name: '其一', pattern: new RegExp(`其(${CN})[，、：]`, 'g'), numberOf: writtenNumber },
  { name: '首先', pattern: /(首先|其次|再次|然后|最后)[，、：]?/g, numberOf: ordinalWord },
  { name: '（一）', pattern: new RegExp(`（(${CN})）`, 'g'), numberOf: writtenNumber },
  { name: '一、', pattern: new RegExp(`(${CN})、`, 'g'), numberOf: writtenNumber },
  { name: '1.', pattern: /(\d{1,2})[.．、](?!\d)/g, numberOf: writtenNumber },
  { name: '（1）', pattern: /（(\d{1,2})）/g, numberOf: writtenNumber },
  { name: '①', pattern: /([①-⑳])/g, numberOf: (m) => m[1]!.codePointAt(0)! - 0x245f },
  ...BULLETS.map((bullet) => ({ name: bullet, pattern: bulletPattern(bullet), numberOf: nextBullet })),
];

/** The most items a list may have; markers past it are not looked for. */
export const MAX_ITEMS = 99;

/** A marker found in the text. */
export interface FoundMarker {
  readonly start: number;
  readonly end: number;
  readonly number: number;
}

/** A run of markers of one style numbered 1, 2, 3… in order. */
export interface MarkerRun {
  readonly style: MarkerStyle;
  readonly markers: readonly FoundMarker[];
}

/**
 * Every run of two or more markers of `style` in `text[from, to)`: each marker stands at a
 * boundary and is numbered one more than the one before; a `1` starts a new run (lists under
 * section heads restart at `（一）`); a run never crosses a `stop` (the opener of another part).
 */
export function findRuns(text: string, style: MarkerStyle, from: number, to: number, stops: readonly number[]): MarkerRun[] {
  const runs: MarkerRun[] = [];
  let current: FoundMarker[] = [];
  const close = (): void => {
    if (current.length >= 2) runs.push({ style, markers: current });
    current = [];
  };
  const pattern = new RegExp(style.pattern.source, 'g');
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const start = match.index;
    if (start + match[0].length > to || !isAtBoundary(text, start, from)) continue;
    const last = current.at(-1);
    if (last && stops.some((s) => s > last.start && s <= start)) close();
    const previous = current.at(-1)?.number;
    const number = style.numberOf(match, previous);
    if (number === undefined || number > MAX_ITEMS) continue;
    const marker = { start, end: start + match[0].length, number };
    if (previous !== undefined && number === previous + 1) current.push(marker);
    else if (number === 1) {
      close();
      current = [marker];
    }
  }
  close();
  return runs;
}
