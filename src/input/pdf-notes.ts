/**
 * Footnotes in a PDF made by a word processor: the small raised number in the text, and the note
 * at the foot of the page that opens with the same number. Neither is the report's text. Pure.
 */
import type { PdfPageText, PdfTextRun } from './pdf-text.ts';

/** A note's number as word processors set it: `1`, `[1]`, `①`, `*`. */
const RE_NOTE_MARK = /^(\d{1,3}|\[\d{1,3}\]|[①-⑳]|\*{1,3})$/;
/** A mark is set at most this share of the size of the text it sits against. */
const MARK_SIZE_SHARE = 0.75;
/** How far (in the text's font sizes) a mark may sit left or right of the text it belongs to. */
const MARK_REACH = 2;

/** A note mark, and the text run it was set against. */
interface NoteMark {
  readonly mark: string;
  readonly run: PdfTextRun;
  /** Whether the mark stands before the run: it opens a note, rather than referring to one. */
  readonly opens: boolean;
  /** Whether the mark is set small and raised; a note may also open with its number in plain type. */
  readonly raised: boolean;
}

/** The run a small run (a mark, an exponent) is set against: larger text whose line height holds its baseline, near it; the nearest. */
function carrierOf(mark: PdfTextRun, runs: readonly PdfTextRun[]): PdfTextRun | undefined {
  const distance = (run: PdfTextRun): number => Math.max(run.x - (mark.x + mark.width), mark.x - (run.x + run.width), 0);
  return runs
    .filter(
      (run) =>
        run !== mark &&
        mark.fontSize <= run.fontSize * MARK_SIZE_SHARE &&
        mark.y >= run.y - run.fontSize * 0.2 &&
        mark.y <= run.y + run.fontSize &&
        distance(run) <= run.fontSize * MARK_REACH,
    )
    .sort((a, b) => distance(a) - distance(b))[0];
}

/**
 * The baseline of the line a run belongs on: a small raised number (a note mark, an exponent)
 * belongs on the line of the text it is set against.
 */
export function lineBaselineOf(run: PdfTextRun, runs: readonly PdfTextRun[]): number {
  return RE_NOTE_MARK.test(run.text.trim()) ? (carrierOf(run, runs)?.y ?? run.y) : run.y;
}

/** A note mark found, and the run that is the mark itself. */
interface FoundMark {
  readonly note: NoteMark;
  readonly markRun: PdfTextRun;
}

/** The text a note number in plain type opens (a note as LibreOffice sets it): on its baseline, just right of it. */
function followerOf(number: PdfTextRun, runs: readonly PdfTextRun[]): PdfTextRun | undefined {
  const end = number.x + number.width;
  return runs.find(
    (run) =>
      run !== number &&
      Math.abs(run.y - number.y) <= number.fontSize * 0.2 &&
      run.x >= end - 0.5 &&
      run.x - end <= number.fontSize * MARK_REACH &&
      !RE_NOTE_MARK.test(run.text.trim()),
  );
}

/** The note marks on a page, and the runs they are: raised against text, or in plain type before it. */
function marksOfPage(runs: readonly PdfTextRun[]): FoundMark[] {
  return runs.flatMap((markRun): FoundMark[] => {
    const mark = markRun.text.trim();
    if (!RE_NOTE_MARK.test(mark)) return [];
    const anchor = carrierOf(markRun, runs);
    if (anchor && !RE_NOTE_MARK.test(anchor.text.trim()))
      return [{ note: { mark, run: anchor, opens: markRun.x < anchor.x, raised: true }, markRun }];
    const follower = followerOf(markRun, runs);
    return follower ? [{ note: { mark, run: follower, opens: true, raised: false }, markRun }] : [];
  });
}

/** Pages without their note marks, and the runs that open a note. */
export interface SeparatedNotes {
  readonly pages: readonly PdfPageText[];
  /** The first run of each note's text. */
  readonly openers: ReadonlySet<PdfTextRun>;
}

/**
 * Takes the note marks out of a document's pages: runs of a note's number set small against larger
 * text, left of it to open a note (or in plain type before the note's smaller text), right of it to
 * refer to one. Only marks that come in pairs (a reference and a note with the same number) are
 * notes: a lone small number may be an exponent.
 */
export function separateNotes(pages: readonly PdfPageText[]): SeparatedNotes {
  const found = pages.map((page) => marksOfPage(page.runs.filter((r) => r.text.trim() !== '')));
  const all = found.flat();
  const references = all.filter((m) => !m.note.opens);
  // A note opened by a number in plain type must also be set smaller than the text that refers to it.
  const opensNote = ({ note }: FoundMark): boolean =>
    references.some((r) => r.note.mark === note.mark && (note.raised || note.run.fontSize < r.note.run.fontSize * MARK_SIZE_SHARE));
  const openers = all.filter((m) => m.note.opens && opensNote(m));
  const notes = [...openers, ...references.filter((r) => openers.some((o) => o.note.mark === r.note.mark))];
  const markRuns = new Set(notes.map((m) => m.markRun));
  return {
    pages: pages.map((page) => ({ runs: page.runs.filter((r) => !markRuns.has(r)) })),
    openers: new Set(openers.map((m) => m.note.run)),
  };
}
