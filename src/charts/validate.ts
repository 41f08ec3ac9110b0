/** Checks a computed chart spec before it is shipped: the browser gets plain JSON it can draw, or the build stops. */
import type { ChartSpec } from './types.ts';

/** Font weights the chart font has: the subset cuts weight 700 only from headings, so chart text must be 400. */
const CHART_FONT_WEIGHTS: ReadonlySet<unknown> = new Set([400, '400', 'normal']);

/**
 * What is wrong with a chart spec, in words that say what to change, or undefined when it is fine.
 * Only the generic shape is checked here; each chart's own tests check its content.
 */
export function findChartSpecProblem(spec: ChartSpec): string | undefined {
  if (typeof spec !== 'object' || spec === null) return 'build() must return { option, title, summary }';
  if (typeof spec.title !== 'string' || spec.title.trim() === '')
    return 'the spec has no title: give the chart a short name for screen readers';
  if (typeof spec.summary !== 'string' || spec.summary.trim() === '')
    return "the spec has no summary: describe the chart's data in words (its text alternative)";
  if (!isPlainObject(spec.option)) return 'the option must be a plain object (an ECharts option)';
  const json = findJsonProblem(spec.option, 'option', new Set());
  if (json) return json;
  const series = spec.option.series;
  const list = Array.isArray(series) ? series : [series];
  if (series === undefined || list.length === 0) return 'option.series is missing or empty: a chart needs at least one series';
  for (const [index, entry] of list.entries()) {
    if (!isPlainObject(entry) || typeof entry.type !== 'string' || entry.type === '') {
      return `option.series[${index}] has no "type": name the series type (bar, tree, sankey…)`;
    }
  }
  return findFontWeightProblem(spec.option, 'option');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The first value that JSON would drop or change (functions, undefined, NaN, Dates, cycles…), by its path. */
function findJsonProblem(value: unknown, path: string, seen: Set<object>): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : `${path} is ${value}: a chart option holds finite numbers only (JSON has no ${value})`;
    case 'object': {
      if (value === null) return undefined;
      if (seen.has(value)) return `${path} refers back to itself: a chart option must be a tree of plain values`;
      if (!Array.isArray(value) && !isPlainObject(value)) {
        return `${path} is a ${value.constructor?.name ?? 'non-plain object'}: a chart option holds plain objects, arrays, strings, numbers and booleans only`;
      }
      seen.add(value);
      const entries: [string, unknown][] = Array.isArray(value)
        ? value.map((v, i) => [`[${i}]`, v])
        : Object.entries(value).map(([k, v]) => [`.${k}`, v]);
      for (const [key, child] of entries) {
        const problem = findJsonProblem(child, path + key, seen);
        if (problem) return problem;
      }
      seen.delete(value);
      return undefined;
    }
    default:
      return `${path} is ${value === undefined ? 'undefined' : `a ${typeof value}`}: the option is shipped as JSON, so compute the value at build time (formatters as template strings, not functions)`;
  }
}

/** A `fontWeight` other than 400: its glyphs would be missing from the subset font and print as boxes. */
function findFontWeightProblem(value: unknown, path: string): string | undefined {
  if (Array.isArray(value)) {
    for (const [index, child] of value.entries()) {
      const problem = findFontWeightProblem(child, `${path}[${index}]`);
      if (problem) return problem;
    }
  } else if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'fontWeight' && !CHART_FONT_WEIGHTS.has(child)) {
        return `${path}.fontWeight is ${JSON.stringify(child)}: chart text uses the font's weight 400 only; set fontWeight to 'normal'`;
      }
      const problem = findFontWeightProblem(child, `${path}.${key}`);
      if (problem) return problem;
    }
  }
  return undefined;
}
