/** Slide files + the speech → the deck's ready HTML, chart specs and outline. Pure: no disk. */

import type { ChartContext, ChartDefinition, ChartSpec } from '../charts/types.ts';
import type { Speech } from '../speech/index.ts';
import { SlideError } from './errors.ts';
import { createFidelityCheck } from './fidelity.ts';
import type { Layout } from './format.ts';
import { inspectMarkdown } from './markdown.ts';
import { renderNotes, renderSection } from './render.ts';
import { parseSlideFile, type SlideFile } from './slide-file.ts';
import { type ResolvedSource, resolveSource } from './source-ref.ts';
import { renderTracker } from './tracker.ts';
import { type AssetExists, checkMarkdown, checkMarkup, checkUniqueIds, computeChart, parseSpeechOf } from './validate.ts';

export interface DeckInput {
  /** The speech file's name (for messages) and text. */
  readonly speech: { readonly file: string; readonly source: string };
  /** The slide files, in presentation order. */
  readonly slides: readonly { readonly file: string; readonly source: string }[];
  /** The charts slides may name. */
  readonly charts: Readonly<Record<string, ChartDefinition>>;
  /** Whether an image a slide refers to exists (relative to the slide file). */
  readonly assetExists: AssetExists;
}

/** One slide as the deck shows it. */
export interface BuiltSlide {
  readonly id: string;
  readonly file: string;
  readonly layout: Layout;
  /** The heading's plain text. */
  readonly title: string;
  /** The `<section>` element, without the speaker notes. */
  readonly html: string;
  /** The speaker notes' HTML (inner HTML of reveal's `<aside class="notes">`), empty when there are none. */
  readonly notes: string;
  readonly chart?: string;
  /** The line of `chart:` in the slide file (where a build error about the chart points). */
  readonly chartLine?: number;
  /** The priority this slide presents, for `source: priority:<n>`. */
  readonly priority?: number;
  /** The part of the speech the slide draws from (`source:`). */
  readonly source?: ResolvedSource;
}

/** The deck built from a slides folder: the model every output (page, PDF, PPTX) is made from. */
export interface DeckModel {
  readonly speech: Speech;
  readonly slides: readonly BuiltSlide[];
  /** Every slide's `<section>`, in order, without notes. */
  readonly html: string;
  /** The chart specs by name, for the charts the slides show. */
  readonly charts: Readonly<Record<string, ChartSpec>>;
}

/** Builds the deck; throws a SlideError naming the file and line of the first problem. */
export function buildDeck(input: DeckInput): DeckModel {
  const speech = parseSpeechOf(input.speech);
  if (input.slides.length === 0)
    throw new SlideError('there are no slide files (*.md) next to the speech: add one per slide', input.speech.file);
  const files = input.slides.map(({ file, source }) => parseSlideFile(source, file));

  checkUniqueIds(files);

  const sources = new Map<SlideFile, ResolvedSource>();
  for (const slide of files) {
    if (!slide.source) continue;
    const resolved = resolveSource(slide.source.ref, speech);
    if (typeof resolved === 'string') throw new SlideError(resolved, slide.file, slide.source.line);
    sources.set(slide, resolved);
  }
  const priorityOf = (slide: SlideFile): number | undefined => sources.get(slide)?.priority;
  const slideIdOfPriority = (n: number): string | undefined => files.find((s) => priorityOf(s) === n)?.id;
  const chartContext: ChartContext = { speech, slideIdOfPriority };

  const standsInSpeech = createFidelityCheck(speech.text);
  const charts: Record<string, ChartSpec> = {};
  const slides = files.map((slide): BuiltSlide => {
    const facts = inspectMarkdown(slide.body, slide.bodyLine);
    checkMarkdown(slide, facts, standsInSpeech, input.assetExists);
    // Notes are rendered into the page too (and into the speaker view): the same markup rules hold there.
    if (slide.notes) checkMarkup(slide, inspectMarkdown(slide.notes, slide.notesLine), input.assetExists);

    let chart: ChartSpec | undefined;
    if (slide.chart) {
      chart = charts[slide.chart.name] ??= computeChart(slide, input.charts, chartContext);
    }
    const priority = priorityOf(slide);
    const tracker = priority !== undefined ? renderTracker(speech.priorities, priority, slideIdOfPriority) : '';
    const title = facts.headings[0]!.value;
    return {
      id: slide.id,
      file: slide.file,
      layout: slide.layout,
      title,
      html: renderSection(slide, { chart, tracker }),
      notes: renderNotes(slide, sources.get(slide), speech),
      ...(slide.chart ? { chart: slide.chart.name, chartLine: slide.chart.line } : {}),
      ...(priority !== undefined ? { priority } : {}),
      ...(sources.has(slide) ? { source: sources.get(slide)! } : {}),
    };
  });

  const html = slides.map((s) => s.html).join('\n');
  return { speech, slides, html, charts };
}
