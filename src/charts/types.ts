/** The contract between the build (which computes charts from the speech) and the browser (which draws them). */
import type { Speech } from '../speech/index.ts';

/** What a chart builder may know besides the speech: where slides are, to link to them. */
export interface ChartContext {
  readonly speech: Speech;
  /** The id of the slide that presents priority `n` (1-based), when the deck has one. */
  readonly slideIdOfPriority: (n: number) => string | undefined;
}

/** A chart computed at build time: a JSON-serialisable ECharts option and its text alternative. */
export interface ChartSpec {
  /** The ECharts option, plain JSON (no functions), so it can be shipped in the page. */
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
