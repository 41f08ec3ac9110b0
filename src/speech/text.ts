/** Cutting passages out of the joined speech text: sentences and quote-aware clauses. Pure. */
import type { Passage } from './model.ts';
import { CLAUSE_END, CLOSERS, HEADING_BREAK, MARKER_BOUNDARY, OPENERS, SENTENCE_END, WHITESPACE } from './punctuation.ts';

/** What ends a sentence in the joined text: a sentence mark, or the break after a heading line. */
const SENTENCE_STOPS = `${SENTENCE_END}${HEADING_BREAK}`;
/** What ends a clause outside quotes. */
const CLAUSE_STOPS = `${CLAUSE_END}${HEADING_BREAK}`;

/** Cuts `text[start, end)` as a passage, trimming whitespace at both ends. */
export function passage(text: string, start: number, end: number): Passage {
  while (start < end && WHITESPACE.includes(text[start]!)) start++;
  while (end > start && WHITESPACE.includes(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}

/** The offset just after the closing quotes that follow `at` (`。”` ends a sentence after the `”`). */
function afterClosers(text: string, at: number, end: number): number {
  while (at < end && CLOSERS.includes(text[at]!)) at++;
  return at;
}

/** Cuts a passage into pieces, each ending with one of `stops` (kept, with closing quotes after it) or at the passage's end. */
export function splitAfter(text: string, within: Passage, stops: string): Passage[] {
  const pieces: Passage[] = [];
  let from = within.start;
  for (let i = within.start; i < within.end; i++) {
    if (stops.includes(text[i]!)) {
      const end = afterClosers(text, i + 1, within.end);
      pieces.push(passage(text, from, end));
      from = end;
      i = end - 1;
    }
  }
  if (from < within.end) pieces.push(passage(text, from, within.end));
  return pieces.filter((p) => p.text !== '');
}

/** The passage's sentences, each ending in `。！？` (or a heading line's end) where the text has one. */
export function sentencesOf(text: string, within: Passage): Passage[] {
  return splitAfter(text, within, SENTENCE_STOPS);
}

/** One clause: its text without the closing mark, and the mark that closed it ('' at the passage's end). */
export interface Clause {
  readonly passage: Passage;
  readonly mark: string;
}

/**
 * The passage's clauses, cut at `，；：` and sentence ends that stand outside quotes, titles and
 * brackets (`“聚力首善，共建文明”` stays whole). A sentence end always cuts, so an unclosed quote
 * cannot swallow more than its sentence.
 */
export function clauseSpans(text: string, within: Passage): Clause[] {
  const clauses: Clause[] = [];
  let depth = 0;
  let from = within.start;
  const close = (end: number, mark: string, next: number): void => {
    const piece = passage(text, from, end);
    if (piece.text !== '') clauses.push({ passage: piece, mark });
    from = next;
  };
  for (let i = within.start; i < within.end; i++) {
    const c = text[i]!;
    if (SENTENCE_STOPS.includes(c)) {
      const next = afterClosers(text, i + 1, within.end);
      // `“…不忘初心。”`: the quote's own end stays with it, so the clause keeps both marks.
      close(next > i + 1 ? next : i, c, next);
      depth = 0;
      i = next - 1;
    } else if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_STOPS.includes(c)) close(i, c, i + 1);
  }
  close(within.end, '', within.end);
  return clauses;
}

/** The passage's clauses, marks left out (see clauseSpans). */
export function clausesOf(text: string, within: Passage): Passage[] {
  return clauseSpans(text, within).map((c) => c.passage);
}

/** The first clause of a passage, quote-aware, without its closing mark; the passage itself when it has no mark. */
export function firstClause(text: string, within: Passage): Passage {
  return clauseSpans(text, within)[0]?.passage ?? within;
}

/** True when a marker may start at `offset`: at `from`, or right after a clause mark or a heading break. */
export function isAtBoundary(text: string, offset: number, from: number): boolean {
  if (offset === from) return true;
  let before = offset - 1;
  // Spaces between the mark and the marker (`。 二是`, left by line joining) do not count.
  while (before > from && (text[before] === ' ' || text[before] === '\u3000')) before--;
  return MARKER_BOUNDARY.includes(text[before]!);
}
