/** The checks a slide passes before it is rendered: each throws a SlideError naming the file, the line and what to do. */
import type { ChartContext, ChartDefinition, ChartSpec } from '../charts/types.ts';
import { findChartSpecProblem } from '../charts/validate.ts';
import { parseSpeech, type Speech, SpeechError } from '../speech/index.ts';
import { SlideError } from './errors.ts';
import type { MarkdownFacts } from './markdown.ts';
import type { SlideFile } from './slide-file.ts';

/** The first heading of a slide: `# …` on its own line. */
const RE_HEADING = /^#[ \t]+(.+?)[ \t#]*$/m;
/** Link targets a slide may use: web pages, mail, or another slide (`#/priority-1`). Anything else (javascript:, data:…) could run script. */
const RE_SAFE_LINK = /^(?:https?:\/\/|mailto:|#)/i;

/** Whether an image a slide refers to exists (relative to the slide file). */
export type AssetExists = (href: string, fromFile: string) => boolean;

/** Parses the speech; its errors become SlideErrors of the speech file. */
export function parseSpeechOf(speech: { readonly file: string; readonly source: string }): Speech {
  try {
    return parseSpeech(speech.source);
  } catch (error) {
    if (error instanceof SpeechError) throw new SlideError(error.message, speech.file, error.line);
    throw error;
  }
}

/** Throws when two slides share an id (deep links must name one slide). */
export function checkUniqueIds(files: readonly SlideFile[]): void {
  const seenIds = new Map<string, SlideFile>();
  for (const slide of files) {
    const first = seenIds.get(slide.id);
    if (first) {
      throw new SlideError(`id "${slide.id}" is already used by ${first.file}: every slide needs its own id`, slide.file, slide.idLine);
    }
    seenIds.set(slide.id, slide);
  }
}

/** A slide's markdown: markup rules, a heading first, and every list item and quote in the speech. */
export function checkMarkdown(
  slide: SlideFile,
  facts: MarkdownFacts,
  standsInSpeech: (quote: string) => boolean,
  assetExists: AssetExists,
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

export /** What slides and notes alike may not contain: raw HTML, links that could run script, missing images. */
function checkMarkup(slide: SlideFile, facts: MarkdownFacts, assetExists: AssetExists): void {
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

/** Computes the chart a slide names, checked to be drawable. */
export function computeChart(slide: SlideFile, definitions: Readonly<Record<string, ChartDefinition>>, context: ChartContext): ChartSpec {
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
