/**
 * A PDF's positioned text → the report's lines: text runs grouped into lines, page numbers and
 * running headers dropped, lines joined into paragraphs, the headline on the first line. Pure.
 */
import { MARKER_STYLES } from '../speech/markers.ts';
import { isPageNumberLine, runningLineKey } from './boilerplate.ts';
import { closeWideSpacing, joinLineTexts, spaceBetween } from './line-join.ts';
import { readingBlocks, segmentsOfLine } from './pdf-columns.ts';
import { lineBaselineOf, separateNotes } from './pdf-notes.ts';
import type { PdfPageText, PdfTextRun } from './pdf-text.ts';

export type { PdfPageText, PdfTextRun } from './pdf-text.ts';

/** A line of a page: its runs side by side. */
export interface PdfLine {
  readonly text: string;
  readonly page: number;
  readonly left: number;
  readonly right: number;
  readonly y: number;
  readonly fontSize: number;
  /** Whether a note mark stands before the line: it opens a footnote. */
  readonly opensNote: boolean;
  /** The column it stands in (page and cut); a page's full width is a column of its own. */
  readonly column: string;
  /** Whether it stands in a sidebar beside the text, not in the report. */
  readonly aside: boolean;
}

/** A PDF laid out as a report: its paragraphs, and the page furniture left out. */
export interface PdfLayout {
  /** The headline (its lines joined), then one entry per paragraph. */
  readonly paragraphs: readonly string[];
  /** Page numbers and running headers or footers left out, as they read. */
  readonly dropped: readonly string[];
  /** Lines of sidebars beside the text (a web page's, printed with it), left out. */
  readonly asides: readonly string[];
  /** Footnotes left out, one entry per note, without their marks. */
  readonly notes: readonly string[];
}

/** Runs whose baselines differ by less than this share of the font size sit on one line. */
const SAME_LINE_SHARE = 0.5;
/** A gap wider than this share of the font size between Latin runs is a word space. */
const WORD_GAP_SHARE = 0.25;
/** A line starting this many font sizes right of the body's left edge is indented: a paragraph starts. */
const INDENT_SHARE = 0.8;
/**
 * A gap above a line larger than this many times the body's line pitch starts a paragraph.
 * Measured on PDFs Writer prints: lines of one paragraph lie within 1% of the pitch; paragraphs
 * set flush left with space after them stand 1.3 (Writer's default body text, 115% and 7 pt) to
 * 1.38 pitches apart ("Text Body" at 160% and 14 pt). The margin below 1.3 is for lines that a
 * taller face or a raised mark sets lower (single spacing grows with a line's tallest face); 6 pt
 * after 150% spacing (1.2 pitches) is left to the other signs of a paragraph's end.
 */
const PARAGRAPH_GAP_FACTOR = 1.25;
/** A line set justified ends within this share of its font size of the measure's right edge. */
const JUSTIFIED_SHARE = 0.5;
/** A heading's lines stand at most this many of their font sizes apart. */
const HEADING_PITCH_EMS = 2;
/** A column needs this many body lines of its own to take its measure from them. */
const MIN_COLUMN_LINES = 3;
/** The shortest running head found as a piece of another page's (shorter pieces are in too much). */
const MIN_RUNNING_HEAD_CHARS = 5;
/** How many lines at the top and at the bottom of a page may be page furniture. */
const EDGE_LINES = 2;
/** Lines whose sizes differ by more than this share are set in different type (a headline). */
const SIZE_TOLERANCE = 0.1;
/** A line ending with one of these, short of the right edge, ends its paragraph. */
const RE_PARAGRAPH_END = /[。！？；：”」』）)]$/;
/** A list marker at a line's start (`（一）`, `一、`, `1.`…): after a short line, a new paragraph (a section head has no full stop). */
const RE_MARKER_START = new RegExp(`^(?:${MARKER_STYLES.map((style) => style.pattern.source).join('|')})`);

const round = (n: number): number => Math.round(n * 10) / 10;
const mode = (values: readonly number[]): number => {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(round(v), (counts.get(round(v)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
};

/** Text of runs on one line, left to right: Latin runs apart by a gap get a space, Chinese text none. */
function lineText(runs: readonly PdfTextRun[]): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const run of runs) {
    const gap = run.x - end;
    text += (gap > run.fontSize * WORD_GAP_SHARE ? spaceBetween(text, run.text) : '') + run.text;
    end = run.x + run.width;
  }
  return closeWideSpacing(text.trim());
}

/** Groups runs into lines, top to bottom, each line's runs left to right. */
function lineGroups(runs: readonly PdfTextRun[], baseline: (run: PdfTextRun) => number): PdfTextRun[][] {
  const groups: PdfTextRun[][] = [];
  for (const run of [...runs].sort((a, b) => baseline(b) - baseline(a) || a.x - b.x)) {
    const current = groups.at(-1);
    const first = current?.[0];
    if (current && first && Math.abs(baseline(first) - baseline(run)) < Math.min(first.fontSize, run.fontSize) * SAME_LINE_SHARE)
      current.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => group.sort((a, b) => a.x - b.x));
}

/**
 * Groups a page's runs into lines in reading order: columns set side by side one after the other,
 * each top to bottom (pdf-columns.ts); `noteOpeners` are the runs that start a footnote's text.
 */
export function linesOfPage(page: PdfPageText, pageNumber: number, noteOpeners: ReadonlySet<PdfTextRun> = new Set()): PdfLine[] {
  const text = page.runs.filter((r) => r.text.trim() !== '');
  // A small raised run (an exponent, a note mark) sits on the line of the text it is set against.
  const baselines = new Map(text.map((r) => [r, lineBaselineOf(r, text)]));
  const baseline = (run: PdfTextRun): number => baselines.get(run) ?? run.y;
  const segments = lineGroups(text, baseline).flatMap((group) => segmentsOfLine(group, baseline(group[0]!)));
  return readingBlocks(segments).flatMap((block) =>
    lineGroups(
      block.segments.flatMap((s) => s.runs),
      baseline,
    ).map((sorted) => ({
      text: lineText(sorted),
      page: pageNumber,
      left: sorted[0]!.x,
      right: Math.max(...sorted.map((r) => r.x + r.width)),
      y: baseline(sorted[0]!),
      fontSize: Math.max(...sorted.map((r) => r.fontSize)),
      opensNote: noteOpeners.has(sorted[0]!),
      column: `${pageNumber}:${block.column}`,
      aside: block.aside,
    })),
  );
}

/** Page numbers at a page's edge, and edge lines that repeat on two or more pages (numbers aside). */
function furnitureOf(pages: readonly PdfLine[][]): Set<PdfLine> {
  // The page's edges as set, whatever the reading order of its columns.
  const edges = pages.map((lines) => {
    const byHeight = [...lines].sort((a, b) => b.y - a.y || a.left - b.left);
    return [...new Set([...byHeight.slice(0, EDGE_LINES), ...byHeight.slice(-EDGE_LINES)])];
  });
  const pagesWithKey = new Map<string, number>();
  for (const lines of edges)
    for (const key of new Set(lines.map((l) => runningLineKey(l.text)))) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  // A running head set on one line on one page and on two on another (`临川市人民政府公报2023年第6期` /
  // `临川市人民政府公报` + `2023年第6期`): small lines at the tops of two pages, one a piece of the other.
  const bodySize = mode(pages.flat().map((l) => l.fontSize));
  const heads = pages.map((lines) =>
    [...lines]
      .sort((a, b) => b.y - a.y)
      .slice(0, EDGE_LINES)
      .filter((l) => l.fontSize <= bodySize),
  );
  const pieceOf = (a: string, b: string): boolean =>
    a !== b && [...(a.length < b.length ? a : b)].length >= MIN_RUNNING_HEAD_CHARS && (a.includes(b) || b.includes(a));
  const isPieceOfAnother = (line: PdfLine, page: number): boolean =>
    heads[page]!.includes(line) &&
    heads.some((others, p) => p !== page && others.some((other) => pieceOf(runningLineKey(line.text), runningLineKey(other.text))));
  const furniture = new Set<PdfLine>();
  for (const [page, lines] of edges.entries())
    for (const line of lines) {
      const repeats = pages.length > 1 && ((pagesWithKey.get(runningLineKey(line.text)) ?? 0) > 1 || isPieceOfAnother(line, page));
      if (isPageNumberLine(line.text) || repeats) furniture.add(line);
    }
  return furniture;
}

/** Where the body's lines start and end: in the page's width, or in one column. */
interface Measure {
  readonly left: number;
  readonly right: number;
}

/** The measure of the body's lines: where most start, and where most of the long lines end. */
function measureOfLines(lines: readonly PdfLine[]): Measure {
  // Justified lines end together: one with a mark hung past the edge does not move the measure.
  const longest = Math.max(...lines.map((l) => l.right));
  const long = lines.filter((l) => l.right >= longest - l.fontSize * 2).map((l) => Math.round(l.right));
  return { left: mode(lines.map((l) => l.left)), right: mode(long) };
}

/**
 * Each line's measure: its column's, for a column with body lines enough to tell; else the
 * measure of all the body's lines (a page set in one column is one measure on every page).
 */
function measuresOf(bodyLines: readonly PdfLine[]): (line: PdfLine) => Measure {
  const whole = bodyLines.length > 0 ? measureOfLines(bodyLines) : { left: 0, right: 0 };
  const byColumn = new Map<string, PdfLine[]>();
  for (const line of bodyLines.filter((l) => !l.column.endsWith(':')))
    byColumn.set(line.column, [...(byColumn.get(line.column) ?? []), line]);
  const measures = new Map(
    [...byColumn].filter(([, lines]) => lines.length >= MIN_COLUMN_LINES).map(([column, lines]) => [column, measureOfLines(lines)]),
  );
  return (line) => measures.get(line.column) ?? whole;
}

/** Whether `line` reaches the body's right edge (its measure), give or take two characters. */
const fillsMeasure = (line: PdfLine, measure: Measure): boolean => line.right >= measure.right - line.fontSize * 2;

/** Whether `line` stands under `above` in the same column of the same page. */
const standsUnder = (line: PdfLine, above: PdfLine): boolean =>
  line.page === above.page && line.y < above.y && line.left < above.right && above.left < line.right;

const median = (values: readonly number[]): number | undefined => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/**
 * The body's line pitch: the median distance between the baselines of a full line that does not
 * end a sentence and the line under it, two lines of one paragraph whatever the space between
 * paragraphs (the most common distance of all is the paragraph pitch when most paragraphs are a
 * line or two long). Without such lines, the most common distance between body lines.
 */
function linePitchOf(
  lines: readonly PdfLine[],
  isBody: (line: PdfLine) => boolean,
  measureOf: (line: PdfLine) => Measure,
): number | undefined {
  const pairs = lines.slice(1).flatMap((line, i) => {
    const above = lines[i]!;
    return isBody(line) && isBody(above) && standsUnder(line, above) ? [{ above, gap: above.y - line.y }] : [];
  });
  const runOn = pairs.filter(({ above }) => fillsMeasure(above, measureOf(above)) && !RE_PARAGRAPH_END.test(above.text));
  return median(runOn.map((p) => p.gap)) ?? (pairs.length > 0 ? mode(pairs.map((p) => p.gap)) : undefined);
}

/**
 * Whether `line` goes on a heading set larger than the body (`previous`): in the same type, right
 * under it, neither ending a sentence nor opening a list or a subtitle. A centred heading's lines
 * each stand indented, so the body's measure cannot tell.
 */
function continuesHeading(line: PdfLine, previous: PdfLine, bodySize: number): boolean {
  return (
    previous.fontSize > bodySize * (1 + SIZE_TOLERANCE) &&
    Math.abs(line.fontSize - previous.fontSize) <= previous.fontSize * SIZE_TOLERANCE &&
    line.page === previous.page &&
    previous.y - line.y > 0 &&
    previous.y - line.y <= previous.fontSize * HEADING_PITCH_EMS &&
    !/[。！？]$/.test(previous.text) &&
    !RE_MARKER_START.test(line.text) &&
    !/^[—–-]{1,2}/.test(line.text)
  );
}

/** Whether `line` starts a new paragraph after `previous` in a body of this size, measure and pitch. */
function startsParagraph(
  line: PdfLine,
  previous: PdfLine,
  body: { size: number; pitch: number; measureOf: (line: PdfLine) => Measure },
): boolean {
  const size = line.fontSize;
  if (Math.abs(line.fontSize - previous.fontSize) > previous.fontSize * SIZE_TOLERANCE) return true;
  if (continuesHeading(line, previous, body.size)) return false;
  const measure = body.measureOf(line);
  // A line justified to the edge that stops mid-sentence goes on, even on an indented line (a hanging indent: `列席：…`).
  const goesOn =
    previous.right >= body.measureOf(previous).right - previous.fontSize * JUSTIFIED_SHARE && !RE_PARAGRAPH_END.test(previous.text);
  if (line.left > measure.left + size * INDENT_SHARE && !goesOn) return true;
  if (line.page === previous.page && previous.y - line.y > body.pitch * PARAGRAPH_GAP_FACTOR) return true;
  return !fillsMeasure(previous, body.measureOf(previous)) && (RE_PARAGRAPH_END.test(previous.text) || RE_MARKER_START.test(line.text));
}

/** Footnotes, each as its lines: on a page, from a line in small type that a note mark opens, over the small lines after it. */
function footnotesOf(lines: readonly PdfLine[], bodySize: number): PdfLine[][] {
  const notes: PdfLine[][] = [];
  let open: PdfLine[] | undefined;
  for (const [i, line] of lines.entries()) {
    const small = line.fontSize < bodySize * (1 - SIZE_TOLERANCE);
    if (open && (line.page !== lines[i - 1]?.page || !small)) open = undefined;
    if (small && line.opensNote) {
      open = [];
      notes.push(open);
    }
    open?.push(line);
  }
  return notes;
}

/**
 * Lays out a PDF's text as the report's paragraphs. The headline is the run of lines at the top of
 * the first page set larger than the body (below a column tag or caption in body type, each a
 * paragraph); when the headline is set like the body, it is the first line. Footnotes are left out.
 */
export function layoutPdfText(pages: readonly PdfPageText[]): PdfLayout {
  const separated = separateNotes(pages);
  const pageLines = separated.pages.map((page, i) => linesOfPage(page, i + 1, separated.openers));
  const furniture = furnitureOf(pageLines);
  const asides = pageLines.flat().filter((l) => l.aside && !furniture.has(l));
  const set = pageLines.flat().filter((l) => !furniture.has(l) && !l.aside);
  const bodySize = mode(set.map((l) => l.fontSize));
  const notes = footnotesOf(set, bodySize);
  const noteLines = new Set(notes.flat());
  const lines = set.filter((l) => !noteLines.has(l));
  if (lines.length === 0)
    return { paragraphs: [], dropped: [...furniture].map((l) => l.text), asides: asides.map((l) => l.text), notes: [] };

  const isBody = (l: PdfLine): boolean => Math.abs(l.fontSize - bodySize) <= bodySize * SIZE_TOLERANCE;
  const bodyLines = lines.filter(isBody);
  const measureOf = measuresOf(bodyLines);
  const body = { size: bodySize, measureOf, pitch: linePitchOf(lines, isBody, measureOf) ?? bodySize * 1.5 };

  // A one-page report's running header repeats nowhere: it is the small type above a larger headline.
  const headerLines = lines.findIndex((l) => l.fontSize >= bodySize * (1 - SIZE_TOLERANCE));
  if (headerLines > 0 && headerLines <= EDGE_LINES && lines[headerLines]!.fontSize > bodySize * (1 + SIZE_TOLERANCE)) {
    for (const header of lines.splice(0, headerLines)) furniture.add(header);
  }
  // Body-size lines above a larger headline (a column tag, a photo's caption) are paragraphs of their own.
  const headlineStart = Math.max(
    0,
    lines.slice(0, EDGE_LINES + 1).findIndex((l) => l.fontSize > bodySize * (1 + SIZE_TOLERANCE)),
  );
  const headlineSize = lines[headlineStart]!.fontSize;
  const headlineLength =
    headlineSize > bodySize * (1 + SIZE_TOLERANCE)
      ? lines.slice(headlineStart).findIndex((l) => Math.abs(l.fontSize - headlineSize) > headlineSize * SIZE_TOLERANCE)
      : 1;
  const headlineEnd = headlineLength === -1 ? lines.length : headlineStart + headlineLength;
  const paragraphs: string[][] = [
    ...lines.slice(0, headlineStart).map((l) => [l.text]),
    lines.slice(headlineStart, headlineEnd).map((l) => l.text),
  ];
  for (let i = headlineEnd; i < lines.length; i++) {
    const line = lines[i]!;
    if (i === headlineEnd || startsParagraph(line, lines[i - 1]!, body)) paragraphs.push([]);
    paragraphs.at(-1)!.push(line.text);
  }
  return {
    paragraphs: paragraphs.map(joinLineTexts),
    dropped: [...furniture].map((l) => l.text),
    asides: asides.map((l) => l.text),
    notes: notes.map((note) => joinLineTexts(note.map((l) => l.text))),
  };
}
