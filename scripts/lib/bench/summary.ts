/** The benchmark's figures over its runs: median and range, and the table it prints. Pure. */

/** Median, least and greatest of a measure over the runs. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** One row of the table: a measure, its unit, and its spread for each build measured. */
export interface Row {
  readonly label: string;
  readonly unit: 'ms' | 'B' | '×';
  /** One spread per column (the deck, then the build it is compared with); undefined where not measured. */
  readonly spreads: readonly (Spread | undefined)[];
}

/** Median and range of the known values; undefined when none is known. */
export function summarise(values: readonly (number | undefined)[]): Spread | undefined {
  const known = values.filter((v): v is number => v !== undefined && !Number.isNaN(v)).sort((a, b) => a - b);
  if (known.length === 0) return undefined;
  const middle = known.length >> 1;
  const median = known.length % 2 ? known[middle]! : (known[middle - 1]! + known[middle]!) / 2;
  return { median, min: known[0]!, max: known[known.length - 1]! };
}

/** A mean and the half-width of its approximate 95% interval (two standard errors). */
export interface MeanWithError {
  readonly mean: number;
  readonly twoStandardErrors: number;
  readonly count: number;
}

/**
 * The mean of the known values and two standard errors of it; undefined with fewer than two. A paint
 * time moves by whole frames from run to run, so a median of a few runs can jump by a frame between
 * two runs of the same build: the mean's interval says how far a difference can be trusted.
 */
export function meanWithError(values: readonly (number | undefined)[]): MeanWithError | undefined {
  const known = values.filter((v): v is number => v !== undefined && !Number.isNaN(v));
  if (known.length < 2) return undefined;
  const mean = known.reduce((sum, v) => sum + v, 0) / known.length;
  const variance = known.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (known.length - 1);
  return { mean, twoStandardErrors: 2 * Math.sqrt(variance / known.length), count: known.length };
}

function format(value: number, unit: Row['unit']): string {
  if (unit === 'ms') return `${value.toFixed(0)} ms`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  return `${value.toLocaleString('en')} B`;
}

function cell(spread: Spread | undefined, unit: Row['unit']): string {
  if (!spread) return 'n/a';
  const range = spread.min === spread.max ? '' : ` (${format(spread.min, unit)} – ${format(spread.max, unit)})`;
  return `${format(spread.median, unit)}${range}`;
}

/** A markdown table: one column per build, and the ratio of the first to the second's median when there are two. */
export function renderTable(columns: readonly string[], rows: readonly Row[]): string {
  const compare = columns.length === 2;
  const head = ['measure', ...columns.map((c) => `${c}: median (min – max)`), ...(compare ? [`${columns[0]} / ${columns[1]}`] : [])];
  const lines = [`| ${head.join(' | ')} |`, `| --- |${' ---: |'.repeat(head.length - 1)}`];
  for (const row of rows) {
    const [first, second] = row.spreads;
    const ratio =
      compare && first && second && second.median !== 0 ? `${(first.median / second.median).toFixed(2)}×` : compare ? 'n/a' : undefined;
    lines.push(`| ${[row.label, ...row.spreads.map((s) => cell(s, row.unit)), ...(ratio ? [ratio] : [])].join(' | ')} |`);
  }
  return lines.join('\n');
}
