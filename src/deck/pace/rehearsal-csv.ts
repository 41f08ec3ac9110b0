/** A rehearsal's timings as CSV, beside the plan: one row per slide, to open in a spreadsheet. Pure. */
import type { PacePlan } from '../../pace/plan.ts';
import type { SlideTimes } from './rehearsal.ts';

/** The header row: the columns' names. */
export const CSV_HEADER = ['number', 'id', 'title', 'planned_seconds', 'rehearsed_seconds'] as const;
/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark; without it, Chinese titles come out garbled. */
const BOM = '\uFEFF';
/** A field that must be quoted: it holds a quote, a comma or a line break. */
const RE_NEEDS_QUOTES = /[",\r\n]/;

function field(value: string | number): string {
  const text = String(value);
  return RE_NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text (RFC 4180, CRLF line ends): each planned slide, its planned and rehearsed seconds (empty when not rehearsed). */
export function rehearsalCsv(plan: PacePlan, rehearsed: SlideTimes): string {
  const rows = plan.slides.map((slide, i) => {
    const spent = rehearsed[slide.id];
    return [i + 1, slide.id, slide.title, Math.round(slide.seconds), spent === undefined ? '' : Math.round(spent)];
  });
  const lines = [CSV_HEADER, ...rows].map((row) => `${row.map(field).join(',')}\r\n`);
  return `${BOM}${lines.join('')}`;
}

/** The file name of a rehearsal's CSV: the day it ended, e.g. `rehearsal-2021-02-01.csv`. */
export function rehearsalFileName(endedAt: number): string {
  return `rehearsal-${new Date(endedAt).toISOString().slice(0, 10)}.csv`;
}
