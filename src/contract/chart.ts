/** What the charts, the build and the browser agree on about chart sizes and legibility. */
import { PHONE_STAGE, STAGE, type StageSize } from './stage.ts';

/** The two stages a chart is drawn for: the 16:9 deck and the portrait phone. */
export type ChartStage = 'wide' | 'phone';
export const CHART_STAGES: readonly ChartStage[] = ['wide', 'phone'];

/** The stage each chart variant is laid out on. */
export const CHART_STAGE_SIZES: Readonly<Record<ChartStage, StageSize>> = { wide: STAGE, phone: PHONE_STAGE };

/** The phone the legibility floor is set for: an upright phone of this CSS width (390×844). */
export const REFERENCE_PHONE_WIDTH = 390;

/** The smallest text a chart may show, in CSS px as seen: on the 1920×1080 stage shown at full size, and on the reference phone. */
export const MIN_CHART_TEXT_PX: Readonly<Record<ChartStage, number>> = { wide: 22, phone: 11 };

/** The smallest font size a chart variant may use, in px of its own stage: the floor as seen, scaled back to the stage. */
export function minChartFontSize(stage: ChartStage): number {
  const seenAt = stage === 'phone' ? REFERENCE_PHONE_WIDTH / PHONE_STAGE.width : 1;
  return Math.ceil(MIN_CHART_TEXT_PX[stage] / seenAt);
}

/** The class of each variant's SVG inside a chart's box: CSS shows one of them. */
export const CHART_VARIANT_CLASS: Readonly<Record<ChartStage, string>> = { wide: 'chart-wide', phone: 'chart-phone' };
