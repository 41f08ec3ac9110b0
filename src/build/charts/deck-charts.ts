/**
 * Every chart of a deck drawn at build time: for each chart slide, one SVG per stage, laid out for
 * the box the slide gives it, checked (a chart that fails stops the build, naming the slide, the chart
 * and the label) and put into the slide's HTML, where it shows with nothing to load or run.
 */
import { CHARTS } from '../../charts/index.ts';
import type { ChartContext, ChartDefinition, ChartFrame } from '../../charts/types.ts';
import { CHART_STAGES, CHART_VARIANT_CLASS, type ChartStage, minChartFontSize } from '../../contract/index.ts';
import type { BuiltSlide, DeckModel } from '../../slides/deck.ts';
import { SlideError } from '../../slides/errors.ts';
import { escapeHtml } from '../../slides/html.ts';
import { deckFontExtent, measureDeckText } from './font-measure.ts';
import { chartFrame } from './frames.ts';
import { renderOptionSvg } from './render-svg.ts';
import { type ChartProblem, checkChartSvg } from './svg-check.ts';
import { type FinishOptions, finishChartSvg, itemOfOption } from './svg-finish.ts';
import { decodeEntities, readSvg } from './svg-read.ts';

/** The opening tag of a chart's box as the slides render it, and its (empty) content. */
const RE_CHART_BOX = /(<div class="chart" data-chart="[^"]*"[^>]*>)(<\/div>)/;
const RE_TEXT = /<text\b[^>]*>(?:<title>[\s\S]*?<\/title>)?([^<]*)<\/text>/g;
/** How many of a chart's problems an error message lists. */
const LISTED_PROBLEMS = 3;

/** A chart drawn for one slide: an SVG per stage, the words it shows (for the font subset), and its name and text alternative. */
export interface DrawnChart {
  readonly slideId: string;
  readonly name: string;
  readonly svgs: Readonly<Record<ChartStage, string>>;
  readonly text: string;
  readonly title: string;
  readonly summary: string;
}

/** A chart drawn in a frame and checked: its SVG as ECharts wrote it, its option and words, and what is wrong with it. */
export interface CheckedChart {
  readonly svg: string;
  readonly option: Readonly<Record<string, unknown>>;
  readonly title: string;
  readonly summary: string;
  readonly problems: readonly ChartProblem[];
}

/** The context charts of `deck` are computed in: its speech, and which slide presents each priority. */
export function deckChartContext(deck: DeckModel): ChartContext {
  return { speech: deck.speech, slideIdOfPriority: (n) => deck.slides.find((s) => s.priority === n)?.id, measure: measureDeckText };
}

/** Computes, draws and checks one chart in `frame`. */
export function drawCheckedChart(definition: ChartDefinition, context: ChartContext, frame: ChartFrame): CheckedChart {
  const spec = definition.build({ ...context, frame, measure: measureDeckText });
  const svg = renderOptionSvg(spec.option, frame);
  const problems = checkChartSvg(readSvg(svg, measureDeckText, deckFontExtent()), minChartFontSize(frame.stage));
  return { svg, option: spec.option, title: spec.title, summary: spec.summary, problems };
}

/** The finished SVG of a checked chart. */
export function finishedSvg(chart: CheckedChart, options: Omit<FinishOptions, 'facts'> = {}): string {
  return finishChartSvg(chart.svg, { ...options, facts: (mark) => itemOfOption(chart.option, mark) });
}

/** The build error for a chart that failed its check. */
function layoutError(slide: BuiltSlide, name: string, frame: ChartFrame, problems: readonly ChartProblem[]): SlideError {
  const listed = problems.slice(0, LISTED_PROBLEMS).map((p) => (p.label ? `label ${p.label} ${p.problem}` : p.problem));
  const more = problems.length > LISTED_PROBLEMS ? `; and ${problems.length - LISTED_PROBLEMS} more` : '';
  return new SlideError(
    `chart "${name}" does not read on the ${frame.stage} stage (${frame.width}×${frame.height} px): ${listed.join('; ')}${more}. ` +
      `Give it more room (fewer words above it, or a "chart" layout), or change its layout in src/charts/`,
    slide.file,
    slide.chartLine,
  );
}

/** Draws the chart of one slide on both stages; throws a SlideError naming the slide when it cannot. */
function drawSlideChart(slide: BuiltSlide, name: string, definition: ChartDefinition, context: ChartContext): DrawnChart {
  const svgs = {} as Record<ChartStage, string>;
  let spec = { title: '', summary: '' };
  for (const stage of CHART_STAGES) {
    const frame = chartFrame(slide, stage, measureDeckText);
    let chart: CheckedChart;
    try {
      chart = drawCheckedChart(definition, context, frame);
    } catch (error) {
      throw new SlideError(
        `chart "${name}" cannot be drawn on the ${stage} stage: ${(error as Error).message}`,
        slide.file,
        slide.chartLine,
      );
    }
    if (chart.problems.length > 0) throw layoutError(slide, name, frame, chart.problems);
    spec = chart;
    svgs[stage] = finishedSvg(chart, { inline: true, titles: stage === 'wide' });
  }
  const text = Object.values(svgs)
    .flatMap((svg) => [...svg.matchAll(RE_TEXT)].map((m) => decodeEntities(m[1]!)))
    .join('');
  // Each drawing has an id: the outline shown without JavaScript shows it again through <use>.
  for (const stage of CHART_STAGES) svgs[stage] = svgs[stage].replace('<svg ', `<svg id="${chartSvgId(slide.id, stage)}" `);
  return { slideId: slide.id, name, svgs, text, title: spec.title, summary: spec.summary };
}

/** Every chart slide's chart, drawn and checked. */
export function drawDeckCharts(deck: DeckModel, definitions: Readonly<Record<string, ChartDefinition>> = CHARTS): DrawnChart[] {
  const context = deckChartContext(deck);
  return deck.slides.flatMap((slide) => {
    const definition = slide.chart ? definitions[slide.chart] : undefined;
    return slide.chart && definition ? [drawSlideChart(slide, slide.chart, definition, context)] : [];
  });
}

/** The id of a slide's chart drawing for a stage. */
export function chartSvgId(slideId: string, stage: ChartStage): string {
  return `chart-${stage}-${slideId}`;
}

/**
 * The chart again for the outline shown without JavaScript: the slide's drawings shown through `<use>`
 * (no second copy in the page; CSS shows the phone's on a narrow screen), named by the chart's title.
 */
export function outlineFigure(chart: DrawnChart): string {
  return CHART_STAGES.map((stage) => {
    const viewBox = /viewBox="([^"]*)"/.exec(chart.svgs[stage])?.[1] ?? '';
    const label = escapeHtml(chart.title);
    return `<svg class="outline-chart outline-${stage}" viewBox="${viewBox}" role="img" aria-label="${label}"><use href="#${chartSvgId(chart.slideId, stage)}"></use></svg>`;
  }).join('');
}

/** A slide's HTML with its drawn chart inside the chart's box. */
export function withChart(slideHtml: string, chart: DrawnChart | undefined): string {
  if (!chart) return slideHtml;
  // Each variant in a wrapper of its own: CSS shows the one for the stage, and the click handler is given one SVG each.
  const variants = CHART_STAGES.map(
    (stage) => `<div class="${CHART_VARIANT_CLASS[stage]}" data-variant="${stage}">${chart.svgs[stage]}</div>`,
  );
  return slideHtml.replace(RE_CHART_BOX, (_all, open: string, close: string) => `${open}${variants.join('')}${close}`);
}
