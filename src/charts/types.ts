/** The contract between the build (which computes charts from the speech) and the chart definitions. */
import type { ChartStage } from '../contract/index.ts';
import type { Speech } from '../speech/index.ts';

/** The box a chart is drawn in, in px of its stage, and which stage that is. */
export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  readonly stage: ChartStage;
}

/** The advance width, in px, of `text` set at `fontSize` px in the deck's font. */
export type TextMeasure = (text: string, fontSize: number) => number;

/** What a chart builder may know besides the speech: where slides are, and the box it is drawn in. */
export interface ChartContext {
  readonly speech: Speech;
  /** The id of the slide that presents priority `n` (1-based), when the deck has one. */
  readonly slideIdOfPriority: (n: number) => string | undefined;
  /** The box to lay the chart out for. Default: the 16:9 stage's full-width chart box (`DEFAULT_FRAME`). */
  readonly frame?: ChartFrame;
  /** How wide text is in the deck's font. Default: an estimate (`estimateTextWidth`); the build passes the font's own metrics. */
  readonly measure?: TextMeasure;
}

/** A chart computed at build time: a JSON-serialisable ECharts option and its text alternative. */
export interface ChartSpec {
  /** The ECharts option, plain JSON (no functions), laid out for the context's frame. */
  readonly option: Readonly<Record<string, unknown>>;
  /** A short name of the chart, read by screen readers. */
  readonly title: string;
  /** The chart's data in words: the visually hidden text alternative. */
  readonly summary: string;
}

/** A named chart that slides can show with `chart: <name>`. */
export interface ChartDefinition {
  /** What the chart shows, listed in the error for an unknown chart name. */
  readonly description: string;
  /** Computes the chart from the speech; throws an Error saying what is missing in the speech. */
  readonly build: (context: ChartContext) => ChartSpec;
}
