/** The ECharts option type of our charts, and the step that turns one into a chart spec. */
import type { BarSeriesOption, GraphSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { BASE_TEXT_STYLE } from './theme.ts';
import type { ChartSpec } from './types.ts';

/** Every option our charts may use: exactly the series and components the build's renderer registers (src/build/charts/render-svg.ts). */
export type DeckChartOption = ComposeOption<BarSeriesOption | GraphSeriesOption | AriaComponentOption | GridComponentOption>;

/**
 * A chart spec from a chart's own option: adds the deck's text style and the `aria` description,
 * and checks the option is plain JSON (the build draws it, and exporters read its data).
 */
export function toChartSpec(title: string, summary: string, option: DeckChartOption): ChartSpec {
  const full: DeckChartOption = {
    backgroundColor: 'transparent',
    textStyle: BASE_TEXT_STYLE,
    aria: { enabled: true, label: { description: `${title}。${summary}` } },
    ...option,
  };
  const json: unknown = JSON.parse(
    JSON.stringify(full, (key, value: unknown) => {
      if (typeof value === 'function')
        throw new Error(`chart "${title}": option key "${key}" is a function, which cannot be shipped as JSON`);
      return value;
    }),
  );
  if (typeof json !== 'object' || json === null) throw new Error(`chart "${title}" has no option`);
  return { title, summary, option: json as Record<string, unknown> };
}
