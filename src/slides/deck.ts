/** Slide files + the speech → the deck's ready HTML, chart specs and outline. Pure: no disk. */

import type { ChartContext, ChartDefinition, ChartSpec } from '../charts/types.ts';
import { findChartSpecProblem } from '../charts/validate.ts';
import { PALETTE } from '../contract/index.ts';
import { parseSpeech, type Speech, SpeechError } from '../speech/index.ts';
import { SlideError } from './errors.ts';
import { createFidelityCheck } from './fidelity.ts';
import { escapeHtml } from './html.ts';
import { inspectMarkdown, renderMarkdown } from './markdown.ts';
import { CHART_LAYOUTS, parseSlideFile, type SlideFile } from './slide-file.ts';
import { type ResolvedSource, resolveSource } from './source-ref.ts';
import { renderTracker } from './tracker.ts';

/** The first heading of a slide: `# …` on its own line. */
const RE_HEADING = /^#[ \t]+(.+?)[ \t#]*$/m;
/** Link targets a slide may use: web pages, mail, or another slide (`#/priority-1`). Anything else (javascript:, data:…) could run script. */
const RE_SAFE_LINK = /^(?:https?:\/\/|mailto:|#)/i;

export interface DeckInput {
  /** The speech file's name (for messages) and text. */
  readonly speech: { readonly file: string; readonly source: string };
  /** The slide files, in presentation order. */
  readonly slides: readonly { readonly file: string; readonly source: string }[];
  /** The charts slides may name. */
  readonly charts: Readonly<Record<string, ChartDefinition>>;
  /** Whether an image a slide refers to exists (relative to the slide file). */
  readonly assetExists: (href: string, fromFile: string) => boolean;
}

/** One slide as the deck shows it. */
export interface BuiltSlide {
  readonly id: string;
  readonly file: string;
  readonly layout: string;
  /** The heading's plain text. */
  readonly title: string;
  /** The `<section>` element, without the speaker notes. */
  readonly html: string;
  /** The speaker notes' HTML (inner HTML of reveal's `<aside class="notes">`), empty when there are none. */
  readonly notes: string;
  readonly chart?: string;
  /** The priority this slide presents, for `source: priority:<n>`. */
  readonly priority?: number;
  /** The part of the speech the slide draws from (`source:`). */
  readonly source?: ResolvedSource;
}

export interface Deck {
  readonly speech: Speech;
  readonly slides: readonly BuiltSlide[];
  /** Every slide's `<section>`, in order, without notes. */
  readonly html: string;
  /** The chart specs by name, for the charts the slides show. */
  readonly charts: Readonly<Record<string, ChartSpec>>;
}

/** Builds the deck; throws a SlideError naming the file and line of the first problem. */
export function buildDeck(input: DeckInput): Deck {
  const speech = parseSpeechOf(input.speech);
  if (input.slides.length === 0)
    throw new SlideError('there are no slide files (*.md) next to the speech: add one per slide', input.speech.file);
  const files = input.slides.map(({ file, source }) => parseSlideFile(source, file));

  const seenIds = new Map<string, SlideFile>();
  for (const slide of files) {
    const first = seenIds.get(slide.id);
    if (first)
      throw new SlideError(`id "${slide.id}" is already used by ${first.file}: every slide needs its own id`, slide.file, slide.idLine);
    seenIds.set(slide.id, slide);
  }

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
      chart = charts[slide.chart.name] ??= buildChart(slide, input.charts, chartContext);
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
      ...(slide.chart ? { chart: slide.chart.name } : {}),
      ...(priority !== undefined ? { priority } : {}),
      ...(sources.has(slide) ? { source: sources.get(slide)! } : {}),
    };
  });

  const html = slides.map((s) => s.html).join('\n');
  return { speech, slides, html, charts };
}

function parseSpeechOf(speech: DeckInput['speech']): Speech {
  try {
    return parseSpeech(speech.source);
  } catch (error) {
    if (error instanceof SpeechError) throw new SlideError(error.message, speech.file, error.line);
    throw error;
  }
}

function checkMarkdown(
  slide: SlideFile,
  facts: ReturnType<typeof inspectMarkdown>,
  standsInSpeech: (quote: string) => boolean,
  assetExists: DeckInput['assetExists'],
): void {
  checkMarkup(slide, facts, assetExists);
  const firstHeading = facts.headings[0];
  if (!firstHeading || !RE_HEADING.test(slide.body.trimStart().split('\n')[0] ?? '')) {
    throw new SlideError(
      'a slide starts with its heading: make the first line of content "# <heading>"',
      slide.file,
      firstHeading?.line ?? slide.bodyLine,
    );
  }
  for (const quote of facts.quotes) {
    if (!standsInSpeech(quote.value)) {
      throw new SlideError(
        `"${quote.value}" is not in the speech: list items and quotes must be the speech's own words (punctuation may differ); copy the excerpt from the speech`,
        slide.file,
        quote.line,
      );
    }
  }
}

/** What slides and notes alike may not contain: raw HTML, links that could run script, missing images. */
function checkMarkup(slide: SlideFile, facts: ReturnType<typeof inspectMarkdown>, assetExists: DeckInput['assetExists']): void {
  const [html] = facts.rawHtml;
  if (html) {
    throw new SlideError(
      `raw HTML is not allowed in a slide ("${html.value.slice(0, 40)}"): write markdown, and ask for a layout if markdown cannot say it`,
      slide.file,
      html.line,
    );
  }
  for (const link of facts.links) {
    if (!RE_SAFE_LINK.test(link.value)) {
      throw new SlideError(
        `link target "${link.value.slice(0, 40)}" is not allowed: link to https://…, http://…, mailto:… or another slide (#/<id>)`,
        slide.file,
        link.line,
      );
    }
  }
  for (const image of facts.images) {
    if (!assetExists(image.value, slide.file)) {
      throw new SlideError(
        `image "${image.value}" does not exist: put the file in assets/ and refer to it relative to the slide`,
        slide.file,
        image.line,
      );
    }
  }
}

function buildChart(slide: SlideFile, definitions: DeckInput['charts'], context: ChartContext): ChartSpec {
  const { name, line } = slide.chart!;
  const definition = Object.hasOwn(definitions, name) ? definitions[name] : undefined;
  if (!definition) {
    const known = Object.entries(definitions)
      .map(([n, d]) => `${n} (${d.description})`)
      .join('; ');
    throw new SlideError(`unknown chart "${name}": use one of ${known || 'no charts are defined'}`, slide.file, line);
  }
  let spec: ChartSpec;
  try {
    spec = definition.build(context);
  } catch (error) {
    throw new SlideError(`chart "${name}" cannot be computed from the speech: ${(error as Error).message}`, slide.file, line);
  }
  const problem = findChartSpecProblem(spec);
  if (problem)
    throw new SlideError(
      `chart "${name}" gives an option that cannot be drawn: ${problem} (in its definition in src/charts/)`,
      slide.file,
      line,
    );
  return spec;
}

/** Layouts whose colour fills the whole screen, past the 16:9 stage: reveal paints it as the slide background. */
const FULL_BLEED_BACKGROUND: Partial<Record<string, string>> = {
  title: ` data-background-color="${PALETTE.redDeep}"`,
  closing: ` data-background-color="${PALETTE.redDeep}"`,
};

interface SectionParts {
  readonly chart: ChartSpec | undefined;
  readonly tracker: string;
}

function renderSection(slide: SlideFile, parts: SectionParts): string {
  const topHeading = slide.layout === 'title' ? 'h1' : 'h2';
  const body = slide.body.trimStart();
  const headingEnd = body.indexOf('\n') === -1 ? body.length : body.indexOf('\n');
  const heading = renderMarkdown(body.slice(0, headingEnd), { fragments: false, topHeading });
  const rest = body.slice(headingEnd).trim();
  const content = rest ? `<div class="slide-body">${renderMarkdown(rest, { fragments: slide.fragments, topHeading })}</div>` : '';
  const kicker = slide.kicker ? `<p class="kicker">${escapeHtml(slide.kicker)}</p>` : '';
  const chart = parts.chart
    ? `<figure class="chart-figure"><div class="chart" data-chart="${escapeHtml(slide.chart!.name)}" role="img" aria-label="${escapeHtml(parts.chart.title)}"></div>` +
      `<figcaption class="visually-hidden">${escapeHtml(parts.chart.summary)}</figcaption></figure>`
    : '';
  const main = CHART_LAYOUTS.has(slide.layout) ? `<div class="slide-main">${content}${chart}</div>` : content;
  return (
    `<section id="${slide.id}" class="layout-${slide.layout}" data-layout="${slide.layout}"${FULL_BLEED_BACKGROUND[slide.layout] ?? ''}>` +
    `<div class="slide-frame"><header class="slide-head">${kicker}${heading.trim()}</header>${main}${parts.tracker}</div>` +
    `</section>`
  );
}

/**
 * Speaker notes: what the author wrote, then the speech's own text of the slide's part with its
 * source lines, so the presenter can speak from the original.
 */
function renderNotes(slide: SlideFile, source: ResolvedSource | undefined, speech: Speech): string {
  const written = slide.notes ? renderMarkdown(slide.notes, { fragments: false, topHeading: 'h2' }) : '';
  const original = (source?.passages ?? [])
    .map((p) => {
      const lines = `${speech.sourceLineOf(p.start)}–${speech.sourceLineOf(Math.max(p.start, p.end - 1))}`;
      return `<p class="notes-source"><span class="notes-label">原文 · ${escapeHtml(source!.label)}（第${lines}行）</span>${escapeHtml(p.text)}</p>`;
    })
    .join('');
  return written + original;
}
