/** ECharts with only what the deck's charts use: bar, tree and graph series, tooltip, grid, aria, SVG. */
import { BarChart, GraphChart, TreeChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { type EChartsType, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Must match DeckChartOption (src/charts/option.ts): a series used there but not registered here would not draw.
use([BarChart, GraphChart, TreeChart, AriaComponent, GridComponent, TooltipComponent, SVGRenderer]);

export { type EChartsType, init };
