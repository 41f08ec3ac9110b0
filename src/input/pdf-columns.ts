/**
 * A PDF page's text in reading order: the page is cut at its widest blank bands, across or down
 * (an XY cut), so that columns set side by side are read one after the other instead of line by
 * line across the page, and a narrow column beside the text (a web page's sidebar, printed with
 * it) is told apart from the text. Pure.
 */
import type { PdfTextRun } from './pdf-text.ts';

/** A piece of a line: runs on one baseline with no gutter between them. */
export interface LineSegment {
  readonly runs: readonly PdfTextRun[];
  readonly baseline: number;
  readonly left: number;
  readonly right: number;
  readonly fontSize: number;
  /** Characters in it, spaces aside. */
  readonly chars: number;
}

/** A stretch of the page read as one: its segments, and the column it stands in. */
export interface ReadingBlock {
  readonly segments: readonly LineSegment[];
  /** The column it stands in: '' for the page's full width, else one letter per cut down the page. */
  readonly column: string;
  /** Whether the column is a narrow one beside the text (a sidebar): not part of the report. */
  readonly aside: boolean;
}

/** A blank band down the page at least this many font sizes wide separates two columns. */
const GUTTER_EMS = 0.8;
/** Runs on one line farther apart than this many font sizes belong to different pieces of it. */
const SEGMENT_GAP_EMS = 0.8;
/** Single characters this many font sizes apart, or closer, are one letter-spaced word. */
const LETTER_SPACED_GAP_EMS = 4;
/** Each of two columns has at least this many lines beside the other (fewer: a tab stop, a signature). */
const MIN_LINES_BESIDE = 3;
/** A column at most this share as wide as the widest beside it is a sidebar. */
const ASIDE_WIDTH_SHARE = 0.6;
/** Cells as short as this (characters, median) beside each other on shared baselines are a table's, not columns. */
const MAX_CELL_CHARS = 8;
/** Baselines within this share of the font size are one row. */
const SAME_ROW_SHARE = 0.2;
/** Text rises this share of its size above the baseline, and falls this share below it. */
const ASCENT = 0.85;
const DESCENT = 0.2;

const top = (s: LineSegment): number => s.baseline + s.fontSize * ASCENT;
const bottom = (s: LineSegment): number => s.baseline - s.fontSize * DESCENT;
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;
const charsOf = (runs: readonly PdfTextRun[]): number => runs.reduce((n, r) => n + [...r.text.replace(/\s/g, '')].length, 0);

/**
 * A line's runs (left to right, one baseline) cut where they stand a gutter apart; characters set
 * one by one with space between (a letter-spaced band, `政 务 信 息`) stay one piece, so that the
 * band is read as a line across the page rather than opening a gutter through it.
 */
export function segmentsOfLine(runs: readonly PdfTextRun[], baseline: number): LineSegment[] {
  const pieces: PdfTextRun[][] = [];
  // Whether the last piece is letters set apart only: single characters, each a gap from the last.
  let letters = false;
  let end = Number.NEGATIVE_INFINITY;
  for (const run of runs) {
    const current = pieces.at(-1);
    const gap = run.x - end;
    const em = Math.min(run.fontSize, current?.[0]?.fontSize ?? run.fontSize);
    const single = charsOf([run]) === 1;
    if (current && gap <= em * SEGMENT_GAP_EMS) {
      current.push(run);
      letters = false;
    } else if (current && letters && single && gap <= em * LETTER_SPACED_GAP_EMS) current.push(run);
    else {
      pieces.push([run]);
      letters = single;
    }
    end = Math.max(end, run.x + run.width);
  }
  return pieces.map((piece) => ({
    runs: piece,
    baseline,
    left: piece[0]!.x,
    right: Math.max(...piece.map((r) => r.x + r.width)),
    fontSize: Math.max(...piece.map((r) => r.fontSize)),
    chars: charsOf(piece),
  }));
}

/** Distinct baselines among `segments` that stand within the height of `others`. */
function linesBeside(segments: readonly LineSegment[], others: readonly LineSegment[]): number {
  const high = Math.max(...others.map(top));
  const low = Math.min(...others.map(bottom));
  return new Set(segments.filter((s) => s.baseline <= high && s.baseline >= low).map((s) => Math.round(s.baseline))).size;
}

/** Whether two groups of short pieces share their baselines row by row: the cells of a table. */
function isTable(a: readonly LineSegment[], b: readonly LineSegment[]): boolean {
  if (median(a.map((s) => s.chars)) > MAX_CELL_CHARS && median(b.map((s) => s.chars)) > MAX_CELL_CHARS) return false;
  const [fewer, more] = a.length <= b.length ? [a, b] : [b, a];
  const inRow = fewer.filter((s) => more.some((o) => Math.abs(o.baseline - s.baseline) <= s.fontSize * SAME_ROW_SHARE));
  return inRow.length >= fewer.length * 0.8;
}

/** Whether two groups stand side by side as columns: each has lines beside the other, and they are no table. */
const sideBySide = (a: readonly LineSegment[], b: readonly LineSegment[]): boolean =>
  linesBeside(a, b) >= MIN_LINES_BESIDE && linesBeside(b, a) >= MIN_LINES_BESIDE && !isTable(a, b);

/** The region's columns, left to right, when blank bands run down the whole of it between groups set side by side. */
function columnsOf(segments: readonly LineSegment[]): LineSegment[][] | undefined {
  const em = median(segments.map((s) => s.fontSize));
  const byLeft = [...segments].sort((a, b) => a.left - b.left);
  const groups: LineSegment[][] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const segment of byLeft) {
    if (groups.length === 0 || segment.left - reach >= em * GUTTER_EMS) groups.push([]);
    groups.at(-1)!.push(segment);
    reach = Math.max(reach, segment.right);
  }
  // Groups that do not stand side by side (a signature under the text, a tab stop) are one.
  const columns: LineSegment[][] = [];
  for (const group of groups) {
    const previous = columns.at(-1);
    if (previous && !sideBySide(previous, group)) previous.push(...group);
    else columns.push([...group]);
  }
  return columns.length > 1 ? columns : undefined;
}

/** The widest blank band across the region: the segments above it and below it. */
function acrossCut(segments: readonly LineSegment[]): [LineSegment[], LineSegment[]] | undefined {
  const byTop = [...segments].sort((a, b) => top(b) - top(a));
  let floor = Number.POSITIVE_INFINITY;
  let best: { at: number; gap: number } | undefined;
  for (const [i, segment] of byTop.entries()) {
    const gap = floor - top(segment);
    if (i > 0 && gap > 0 && gap > (best?.gap ?? 0)) best = { at: i, gap };
    floor = Math.min(floor, bottom(segment));
  }
  return best && [byTop.slice(0, best.at), byTop.slice(best.at)];
}

const width = (segments: readonly LineSegment[]): number =>
  Math.max(...segments.map((s) => s.right)) - Math.min(...segments.map((s) => s.left));

/** Cuts a region down its columns, or else across its widest blank band, until neither is left. */
function cut(segments: readonly LineSegment[], column: string): ReadingBlock[] {
  const columns = columnsOf(segments);
  if (columns) {
    const widest = Math.max(...columns.map(width));
    return columns.flatMap((part, i) => {
      const inner = `${column}${String.fromCharCode(65 + i)}`;
      return width(part) <= widest * ASIDE_WIDTH_SHARE ? [{ segments: part, column: inner, aside: true }] : cut(part, inner);
    });
  }
  const across = acrossCut(segments);
  if (!across) return [{ segments, column, aside: false }];
  return across.flatMap((part) => cut(part, column));
}

/** A page's line segments in reading order, as blocks: columns one after the other, each top to bottom. */
export function readingBlocks(segments: readonly LineSegment[]): ReadingBlock[] {
  return segments.length === 0 ? [] : cut(segments, '');
}
