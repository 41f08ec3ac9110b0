/** The frame and text measure a chart is laid out with, and their defaults for callers that do not draw. */
import type { ChartContext, ChartFrame, TextMeasure } from './types.ts';

/** The full-width chart box of the 16:9 stage (a `chart` slide with a one-line heading): the default frame. */
export const DEFAULT_FRAME: ChartFrame = { width: 1680, height: 754, stage: 'wide' };

/** Characters about half as wide as a CJK character. */
const RE_HALF_WIDTH = /[\x20-\x7e]/;

/** An estimate of text width without the font: CJK characters 1 em, ASCII 0.55 em. */
export const estimateTextWidth: TextMeasure = (text, fontSize) =>
  [...text].reduce((sum, char) => sum + (RE_HALF_WIDTH.test(char) ? 0.55 : 1), 0) * fontSize;

/** The frame of a context, or the default one. */
export function frameOf(context: ChartContext): ChartFrame {
  return context.frame ?? DEFAULT_FRAME;
}

/** The text measure of a context, or the estimate. */
export function measureOf(context: ChartContext): TextMeasure {
  return context.measure ?? estimateTextWidth;
}
