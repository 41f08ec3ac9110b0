/** Importing a report of the genre: the speech → a new deck's files (speech.txt and one .md per slide). Pure. */

import type { ChartDefinition } from '../charts/types.ts';
import { SPEECH_FILE } from '../contract/index.ts';
import { parseSpeech, type Speech } from '../speech/index.ts';
import { chooseCharts } from './charts.ts';
import { draftSlides } from './slides.ts';
import { renderSlideDraft } from './write.ts';

export { IMPORTED_CHARTS } from './charts.ts';
export { excerptsOf, MAX_BULLETS, MAX_CLAUSE_CHARS, MAX_EXCERPT_CHARS, MIN_EXCERPT_CHARS } from './excerpts.ts';

/** The speech file's name inside a deck folder (as src/build/load-deck.ts reads it). */
export const IMPORTED_SPEECH_FILE = SPEECH_FILE;

/** One file of the new deck. */
export interface DeckFile {
  readonly name: string;
  readonly content: string;
}

export interface ImportOptions {
  /** The chart registry to take chart slides from (CHARTS at run time). */
  readonly charts: Readonly<Record<string, ChartDefinition>>;
}

/** The new deck's files and what the importer wants the user to know. */
export interface ImportResult {
  readonly speech: Speech;
  readonly files: readonly DeckFile[];
  /** The chart slides included, by chart name. */
  readonly charts: readonly string[];
  /** Charts left out, with why. */
  readonly skippedCharts: readonly { readonly name: string; readonly reason: string }[];
  readonly warnings: readonly string[];
}

/** The slide files (`NN-<id>.md`, in presentation order) for a parsed speech. */
export function slideFilesOf(speech: Speech, options: ImportOptions): Omit<ImportResult, 'speech'> {
  const choice = chooseCharts(speech, options.charts);
  const { drafts, warnings } = draftSlides(speech, choice.shown);
  const width = Math.max(2, String(drafts.length).length);
  const files = drafts.map((draft, i) => ({
    name: `${String(i + 1).padStart(width, '0')}-${draft.id}.md`,
    content: renderSlideDraft(draft),
  }));
  return { files, charts: choice.shown.map((c) => c.name), skippedCharts: choice.skipped, warnings };
}

/** Parses a report and returns the whole deck folder: the report as `speech.txt`, then the slide files. */
export function importReport(source: string, options: ImportOptions): ImportResult {
  const speech = parseSpeech(source);
  const slides = slideFilesOf(speech, options);
  return { speech, ...slides, files: [{ name: IMPORTED_SPEECH_FILE, content: source }, ...slides.files] };
}
