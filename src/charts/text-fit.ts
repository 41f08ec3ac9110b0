/**
 * Fitting a label into a width: wrapped onto lines where Chinese text may break, preferring the end
 * of a clause, and shortened with `…` at a clause boundary when it needs more lines than it may have.
 * Pure: the text measure is passed in.
 */
import { CLOSERS as SPEECH_CLOSERS, OPENERS as SPEECH_OPENERS } from '../speech/punctuation.ts';
import type { TextMeasure } from './types.ts';

/** Marks that end a clause: a line may break, or a label be cut, after them. */
const CLAUSE_ENDS = '，、；：。！？,;:';
/** Marks that never start a line (kept at the end of the line before). */
const NO_LINE_START = '，。、；：！？）」』”’》〉】,.;:!?)…%';
/** Marks that never end a line (kept with what they open). */
const NO_LINE_END = '“‘《〈（「『【(';
/**
 * Opening and closing marks: a clause end inside them does not end the label's clause. A label may
 * also hold a unit's bracketed note (`【…】`) or ASCII brackets, which the speech joins as written.
 */
const OPENERS = `${SPEECH_OPENERS}【(`;
const CLOSERS = `${SPEECH_CLOSERS}】)`;
/** Words a phrase boundary falls before (`…讲话精神|和加强…`) or after (`…群众的|幸福感`, `2021年度|首都…`). */
const BEFORE_WORDS = '和与及并或';
const RE_AFTER_WORD = /(?:的|年度|地区)$/;
/** Characters of a Latin word or a number, which stay together. */
const RE_WORD_CHAR = /[A-Za-z0-9.%·]/;
/** The mark a shortened label ends with. */
export const ELLIPSIS = '…';
/** A cut at a clause or phrase boundary is preferred if it keeps at least this share of what would fit. */
const PREFERRED_SHARE = 0.45;

/** How good a place to break between two characters is: the end of a clause, of a phrase, anywhere allowed, or not at all. */
type Boundary = 3 | 2 | 1 | 0;
const CLAUSE: Boundary = 3;
const PHRASE: Boundary = 2;
const ANYWHERE: Boundary = 1;

/** What to fit a text into. */
export interface FitOptions {
  readonly width: number;
  readonly fontSize: number;
  readonly maxLines: number;
  readonly measure: TextMeasure;
  /** Make the lines of a wrapped text about equally long, as CSS `text-wrap: balance` does. Default true. */
  readonly balance?: boolean;
}

/** A fitted label: its lines, and whether text was left out (then its full text belongs in a hover title). */
export interface FittedText {
  readonly lines: readonly string[];
  readonly shortened: boolean;
}

/** The boundary before each index of `chars` (index 0 and the end are not breaks). */
function boundaries(chars: readonly string[]): Boundary[] {
  const kinds: Boundary[] = [0];
  let depth = 0;
  for (let i = 1; i < chars.length; i++) {
    const before = chars[i - 1]!;
    const after = chars[i]!;
    if (OPENERS.includes(before)) depth++;
    else if (CLOSERS.includes(before)) depth = Math.max(0, depth - 1);
    const allowed =
      !NO_LINE_START.includes(after) && !NO_LINE_END.includes(before) && !(RE_WORD_CHAR.test(before) && RE_WORD_CHAR.test(after));
    if (!allowed) kinds.push(0);
    else if (depth === 0 && CLAUSE_ENDS.includes(before)) kinds.push(CLAUSE);
    else if (
      BEFORE_WORDS.includes(after) ||
      RE_AFTER_WORD.test(chars.slice(0, i).join('')) ||
      CLOSERS.includes(before) ||
      OPENERS.includes(after)
    )
      kinds.push(PHRASE);
    else kinds.push(ANYWHERE);
  }
  return kinds;
}

/** The best break at or before `limit` (exclusive of `from`): the last clause end, else phrase end, within reach; else the last allowed. */
function bestBreak(kinds: readonly Boundary[], from: number, limit: number): number | undefined {
  const reach = from + Math.max(1, Math.floor((limit - from) * PREFERRED_SHARE));
  for (const kind of [CLAUSE, PHRASE, ANYWHERE]) {
    const floor = kind === ANYWHERE ? from + 1 : reach;
    for (let at = limit; at >= floor; at--) if (kinds[at] === kind) return at;
  }
  return undefined;
}

/** The most characters from `from` whose text fits in `width` (at least one). */
function fittingEnd(chars: readonly string[], from: number, width: number, widthOf: (text: string) => number): number {
  let end = from + 1;
  while (end < chars.length && widthOf(chars.slice(from, end + 1).join('')) <= width) end++;
  return end;
}

/** `text` without the clause marks it ends with, followed by the ellipsis. */
function withEllipsis(text: string): string {
  return text.replace(new RegExp(`[${CLAUSE_ENDS}]+$`), '') + ELLIPSIS;
}

/** The longest start of `chars[from…]` that fits with an ellipsis, cut at the best boundary within reach. */
function shortenedLine(chars: readonly string[], kinds: readonly Boundary[], from: number, width: number, widthOf: (t: string) => number) {
  let limit = from + 1;
  while (limit < chars.length && widthOf(withEllipsis(chars.slice(from, limit + 1).join(''))) <= width) limit++;
  const at = bestBreak(kinds, from, limit) ?? limit;
  return withEllipsis(chars.slice(from, at).join(''));
}

/**
 * Wraps `text` onto at most `maxLines` lines of `width`, shortening the last one at a clause boundary
 * if the text does not fit. A line break in `text` starts a new line (each part keeps at least one).
 */
export function fitText(text: string, options: FitOptions): FittedText {
  const parts = text.split('\n');
  const lines: string[] = [];
  let shortened = false;
  for (const [i, part] of parts.entries()) {
    const maxLines = Math.max(1, options.maxLines - lines.length - (parts.length - 1 - i));
    const fitted = options.balance === false ? fitParagraph(part, { ...options, maxLines }) : balanced(part, { ...options, maxLines });
    lines.push(...fitted.lines);
    shortened ||= fitted.shortened;
  }
  return { lines, shortened };
}

/** The narrowest fit of `text` that takes no more lines than the widest: wrapped lines of about equal length. */
function balanced(text: string, options: FitOptions): FittedText {
  let best = fitParagraph(text, options);
  if (best.lines.length < 2 || best.shortened) return best;
  const step = Math.max(1, options.fontSize / 4);
  for (let width = options.width - step; width > 0; width -= step) {
    const narrower = fitParagraph(text, { ...options, width });
    if (narrower.shortened || narrower.lines.length > best.lines.length) break;
    // Never trade a break at a clause or phrase for a worse one.
    if (narrower.breakQuality >= best.breakQuality) best = narrower;
  }
  return best;
}

/** `fitText` for text without line breaks. */
function fitParagraph(text: string, options: FitOptions): FittedText & { readonly breakQuality: number } {
  const widthOf = (t: string): number => options.measure(t, options.fontSize);
  if (widthOf(text) <= options.width) return { lines: [text], shortened: false, breakQuality: CLAUSE };
  const chars = [...text];
  const kinds = boundaries(chars);
  const lines: string[] = [];
  let breakQuality: number = CLAUSE;
  let from = 0;
  while (from < chars.length) {
    const rest = chars.slice(from).join('');
    if (widthOf(rest) <= options.width) return { lines: [...lines, rest], shortened: false, breakQuality };
    if (lines.length === options.maxLines - 1) {
      return { lines: [...lines, shortenedLine(chars, kinds, from, options.width, widthOf)], shortened: true, breakQuality: 0 };
    }
    const end = fittingEnd(chars, from, options.width, widthOf);
    const at = bestBreak(kinds, from, end) ?? end;
    breakQuality = Math.min(breakQuality, kinds[at] ?? 0);
    lines.push(chars.slice(from, at).join(''));
    from = at;
  }
  return { lines, shortened: false, breakQuality };
}

/** The widest line of a fitted text. */
export function widestLine(lines: readonly string[], fontSize: number, measure: TextMeasure): number {
  return Math.max(0, ...lines.map((line) => measure(line, fontSize)));
}
