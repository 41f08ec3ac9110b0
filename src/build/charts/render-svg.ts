/**
 * ECharts' server-side renderer: a chart option drawn to an SVG string at build time, with text
 * measured in the deck's own font, and every element that belongs to a data item (a bar, a dot, and
 * the label that goes with it) marked with that item, for the check and for hover titles.
 */
import { BarChart, GraphChart } from 'echarts/charts';
import { AriaComponent, GridComponent } from 'echarts/components';
import { type EChartsType, init, setPlatformAPI, use, zrender, zrUtil } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartFrame } from '../../charts/types.ts';
import { fontPx, measureDeckText } from './font-measure.ts';

// Every series and component a chart option may use (DeckChartOption in src/charts/option.ts).
use([BarChart, GraphChart, AriaComponent, GridComponent, SVGRenderer]);

/** The SSR data key we add: which data item an element draws (zrender writes it as `ecmeta_mark`, MARK_ATTRIBUTE). */
const MARK_KEY = 'mark';

/** A zrender element as far as we read it: its parent, and the element a label is attached to. */
interface ZrElement {
  readonly parent?: ZrElement | null;
  readonly __hostTarget?: ZrElement | null;
  traverse?(visit: (child: ZrElement) => void): void;
  getTextContent?(): ZrElement | undefined;
}

/** What ECharts' models offer to find the elements of each data item. */
interface SeriesData {
  count(): number;
  getItemGraphicEl(index: number): ZrElement | undefined;
}
interface SeriesModelView {
  getData(): SeriesData;
  getEdgeData?(): SeriesData;
}
interface ModelView {
  getSeriesCount(): number;
  getSeriesByIndex(index: number): SeriesModelView;
}

/** The SSR attributes of each element that draws a data item: series, item, kind, and the mark key that ties a label to its mark. */
function itemElements(chart: EChartsType): Map<ZrElement, ReadonlyMap<string, string>> {
  const marks = new Map<ZrElement, ReadonlyMap<string, string>>();
  const model = (chart as unknown as { getModel(): ModelView }).getModel();
  const markOne = (element: ZrElement, meta: ReadonlyMap<string, string>): void => {
    marks.set(element, meta);
    const label = element.getTextContent?.();
    if (label) marks.set(label, meta);
  };
  // traverse() visits every descendant of a group (and nothing for a single shape).
  const mark = (element: ZrElement, meta: ReadonlyMap<string, string>): void => {
    markOne(element, meta);
    element.traverse?.((child) => markOne(child, meta));
  };
  for (let s = 0; s < model.getSeriesCount(); s++) {
    const series = model.getSeriesByIndex(s);
    for (const [kind, data] of [
      ['node', series.getData()],
      ['edge', series.getEdgeData?.()],
    ] as const) {
      for (let i = 0; data && i < data.count(); i++) {
        const element = data.getItemGraphicEl(i);
        const meta = new Map([
          ['ssr_type', 'chart'],
          ['series_index', String(s)],
          ['data_index', String(i)],
          [MARK_KEY, `${s}:${kind}:${i}`],
        ]);
        if (element) mark(element, meta);
      }
    }
  }
  return marks;
}

/** Draws `option` at the frame's size: an SVG whose viewBox is the frame, every item's elements marked. */
export function renderOptionSvg(option: Readonly<Record<string, unknown>>, frame: ChartFrame): string {
  // The measure is global to ECharts: set at every drawing, so that another user's setting cannot linger.
  setPlatformAPI({ measureText: (text, font) => ({ width: measureDeckText(text, fontPx(font)) }) });
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: frame.width, height: frame.height });
  try {
    chart.setOption({ ...option, animation: false });
    const marks = itemElements(chart);
    // Replaces the getter ECharts registered in init(): labels get their mark's attributes too.
    const metaOf = (element: ZrElement): ReturnType<typeof zrUtil.createHashMap<string, string>> | undefined => {
      for (let e: ZrElement | null | undefined = element; e; e = e.parent ?? e.__hostTarget) {
        const meta = marks.get(e) ?? (e.__hostTarget ? marks.get(e.__hostTarget) : undefined);
        if (meta) return zrUtil.createHashMap<string, string>(Object.fromEntries(meta));
      }
      return undefined;
    };
    // The getter may return nothing for an element of no item (its type says otherwise; zrender checks).
    zrender.registerSSRDataGetter(metaOf as Parameters<typeof zrender.registerSSRDataGetter>[0]);
    return chart.renderToSVGString({ useViewBox: true });
  } finally {
    chart.dispose();
  }
}
