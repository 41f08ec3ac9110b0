/**
 * Which charts become native PowerPoint charts, and their data, read from the chart's ECharts
 * option: a single horizontal bar series over categories (the priorities chart) is one, with its
 * labels, values, bar colours and the unit its labels show. Pure.
 */

/** A native bar chart's data, editable in PowerPoint's sheet. */
export interface NativeBarChart {
  readonly seriesName: string;
  readonly labels: readonly string[];
  readonly values: readonly number[];
  readonly colours: readonly string[];
  /** Excel number format of the value labels, e.g. `0"字"` for `146字 · 11%`. */
  readonly valueFormat: string;
}

/** The unit after the number in a bar label: `146字 · 11%` → `字`. */
const RE_LABEL_UNIT = /^\d+(?:\.\d+)?([^\s·\d%]*)/;

const record = (value: unknown): Readonly<Record<string, unknown>> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** The option's data as a native bar chart, or undefined when the chart is not a plain bar chart. */
export function nativeBarChart(option: Readonly<Record<string, unknown>>): NativeBarChart | undefined {
  // A series of empty bars only carries labels (the priorities chart's titles): it holds no data.
  const carriesLabels = (s: Readonly<Record<string, unknown>> | undefined): boolean =>
    s?.type === 'bar' && list(s.data).length > 0 && list(s.data).every((d) => record(d)?.value === 0);
  const series = list(option.series)
    .map(record)
    .filter((s) => !carriesLabels(s));
  const [bar] = series;
  if (series.length !== 1 || bar?.type !== 'bar') return undefined;
  const categories = list(record(option.yAxis)?.data);
  const data = list(bar.data).map(record);
  if (categories.length === 0 || categories.length !== data.length || data.some((d) => typeof d?.value !== 'number')) return undefined;
  const labelOf = (i: number): string => String(record(data[i]?.label)?.formatter ?? '');
  const unit = RE_LABEL_UNIT.exec(labelOf(0))?.[1] ?? '';
  return {
    seriesName: typeof bar.name === 'string' ? bar.name : '',
    labels: categories.map(String),
    values: data.map((d) => d!.value as number),
    colours: data.map((d) => String(record(d?.itemStyle)?.color ?? '')),
    valueFormat: unit ? `0"${unit.replace(/"/g, '')}"` : '0',
  };
}
