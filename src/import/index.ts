/** Importing a report of the genre: the speech → a new deck's files (speech.txt and one .md per slide). Pure. */

import type { ChartDefinition } from '../charts/types.ts';
import { SPEECH_FILE } from '../contract/index.ts';
import { parseSpeech, type Speech } from '../speech/index.ts';
import { chooseCharts } from './charts.ts';
import type { SlideText } from './fit.ts';
import { draftSlides } from './slides.ts';
import { renderSlideDraft } from './write.ts';

export { IMPORTED_CHARTS } from './charts.ts';
export { bulletsOf, excerptsOf, MAX_BULLETS, MAX_CLAUSE_CHARS, MAX_EXCERPT_CHARS, MIN_EXCERPT_CHARS } from './excerpts.ts';
export { fitsOnSlide, type SlideText, slideHeight } from './fit.ts';
export { describeOutline, type Outline, outlineOf } from './outline.ts';

/** The speech file's name inside a deck folder (as src/build/load-deck.ts reads it). */
export const IMPORTED_SPEECH_FILE = SPEECH_FILE;

/** One file of the new deck. */
export interface DeckFile {
  readonly name: string;
  readonly content: string;
}

/** How to import: the charts that may get slides. */
export interface ImportOptions {
  /** The chart registry to take chart slides from (CHARTS at run time). */
  readonly charts: Readonly<Record<string, ChartDefinition>>;
}

/** The new deck's files and what the importer wants the user to know. */
export interface ImportResult {
  readonly speech: Speech;
  readonly files: readonly DeckFile[];
  /** Each slide file's text as the size model measured it, in the order of the slide files. */
  readonly measured: readonly SlideText[];
  /** The chart slides included, by chart name. */
  readonly charts: readonly string[];
  /** Charts left out, with why. */
  readonly skippedCharts: readonly { readonly name: string; readonly reason: string }[];
  readonly warnings: readonly string[];
}

/** The slide files (`NN-<id>.md`, in presentation order) for a parsed speech. */
export function slideFilesOf(speech: Speech, options: ImportOptions): Omit<ImportResult, 'speech'> {
  const choice = chooseCharts(speech, options.charts);
  const { pages, warnings } = draftSlides(speech, choice.shown);
  const width = Math.max(2, String(pages.length).length);
  const files = pages.map(({ draft }, i) => ({
    name: `${String(i + 1).padStart(width, '0')}-${draft.id}.md`,
    content: renderSlideDraft(draft),
  }));
  return { files, measured: pages.map((p) => p.text), charts: choice.shown.map((c) => c.name), skippedCharts: choice.skipped, warnings };
}

/** Parses a report and returns the whole deck folder: the report as `speech.txt`, then the slide files. */
export function importReport(source: string, options: ImportOptions): ImportResult {
  const speech = parseSpeech(source);
  const slides = slideFilesOf(speech, options);
  return { speech, ...slides, files: [{ name: IMPORTED_SPEECH_FILE, content: source }, ...slides.files] };
}
