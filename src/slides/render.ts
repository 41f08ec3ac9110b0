/** A validated slide → its `<section>` and its speaker notes, as HTML. */
import type { ChartSpec } from '../charts/types.ts';
import { PALETTE } from '../contract/index.ts';
import type { Speech } from '../speech/index.ts';
import { CHART_LAYOUTS } from './format.ts';
import { escapeHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import type { SlideFile } from './slide-file.ts';
import type { ResolvedSource } from './source-ref.ts';

/** Layouts whose colour fills the whole screen, past the 16:9 stage: reveal paints it as the slide background. */
const FULL_BLEED_BACKGROUND: Partial<Record<string, string>> = {
  title: ` data-background-color="${PALETTE.redDeep}"`,
  closing: ` data-background-color="${PALETTE.redDeep}"`,
};

/** What a section shows besides the slide file's own content. */
export interface SectionParts {
  readonly chart: ChartSpec | undefined;
  readonly tracker: string;
}

/** The slide's `<section>`: kicker and heading, its body, its chart, the priority tracker. */
export function renderSection(slide: SlideFile, parts: SectionParts): string {
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
export function renderNotes(slide: SlideFile, source: ResolvedSource | undefined, speech: Speech): string {
  const written = slide.notes ? renderMarkdown(slide.notes, { fragments: false, topHeading: 'h2' }) : '';
  const original = (source?.passages ?? [])
    .map((p) => {
      const lines = `${speech.sourceLineOf(p.start)}–${speech.sourceLineOf(Math.max(p.start, p.end - 1))}`;
      return `<p class="notes-source"><span class="notes-label">原文 · ${escapeHtml(source!.label)}（第${lines}行）</span>${escapeHtml(p.text)}</p>`;
    })
    .join('');
  return written + original;
}
