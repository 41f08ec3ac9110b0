/** The ECharts option type of our charts, and the step that turns one into a shipped chart spec. */
import type { BarSeriesOption, GraphSeriesOption, TreeSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { BASE_TEXT_STYLE, COLORS, FONT_SIZES } from './theme.ts';
import type { ChartSpec } from './types.ts';

/** Every option our charts may use: exactly the series and components the browser registers. */
export type DeckChartOption = ComposeOption<
  BarSeriesOption | GraphSeriesOption | TreeSeriesOption | AriaComponentOption | GridComponentOption | TooltipComponentOption
>;

/**
 * A node of a tree series, with its own tooltip: ECharts reads `tooltip` from any data item at run
 * time, but its types declare it only for some series.
 */
export type TreeNodeOption = Omit<NonNullable<TreeSeriesOption['data']>[number], 'children'> & {
  readonly tooltip?: { readonly formatter: string };
  readonly children?: TreeNodeOption[];
};

/** A tooltip in the deck's look; ECharts shows it on hover and on tap (its default trigger is mousemove and click). */
export const TOOLTIP = {
  trigger: 'item',
  confine: true,
  backgroundColor: COLORS.paper,
  borderColor: COLORS.gold,
  borderWidth: 2,
  textStyle: { ...BASE_TEXT_STYLE, fontSize: FONT_SIZES.small },
  extraCssText: 'max-width: 640px; white-space: normal;',
} as const satisfies TooltipComponentOption;

/**
 * A chart spec from a chart's own option: adds the deck's text style and the `aria` description,
 * and checks the option is plain JSON (it is shipped in the page).
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
