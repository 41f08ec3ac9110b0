/** Chart `priorities`: each priority's weight in the speech, as the number of characters of its text. */
import { markerLabel, type Priority, type Speech } from '../speech/index.ts';
import { echartsLiteral } from './drawing.ts';
import { frameOf, measureOf } from './frame.ts';
import { type DeckChartOption, toChartSpec } from './option.ts';
import { type PriorityRows, priorityRows } from './priority-rows.ts';
import { COLORS, priorityColor } from './theme.ts';
import type { ChartContext, ChartDefinition, ChartSpec } from './types.ts';

/** What counts as a character of the text: letters and digits, not punctuation or spaces. */
const RE_COUNTED = /[\p{L}\p{N}]/gu;

/** The number of characters (letters and digits) in a text. */
export function countCharacters(text: string): number {
  return text.match(RE_COUNTED)?.length ?? 0;
}

/** One priority's bar: its title, its characters, its share of all priorities' characters. */
export interface PriorityWeight {
  readonly priority: Priority;
  readonly characters: number;
  /** Percent of all priorities' characters, rounded to a whole number. */
  readonly percent: number;
}

/** Each priority's weight: the characters from its marker to its end, title included. */
export function priorityWeights(speech: Speech): PriorityWeight[] {
  const counts = speech.priorities.map((p) => countCharacters(speech.text.slice(p.marker.start, p.body.end)));
  const total = counts.reduce((a, b) => a + b, 0);
  return speech.priorities.map((priority, i) => ({
    priority,
    characters: counts[i]!,
    percent: Math.round((counts[i]! / total) * 100),
  }));
}

/** The bar label of a priority: `438字 · 19%`. */
export function weightLabel(weight: PriorityWeight): string {
  return `${weight.characters}字 · ${weight.percent}%`;
}

/**
 * The option: one horizontal bar per priority, top down in the speech's order (a bar links to its
 * slide), and a second series of empty bars that only carries each title, left of the bars on the
 * 16:9 stage and above them on the phone, wrapped or shortened by our own measure.
 */
function prioritiesOption(weights: readonly PriorityWeight[], rows: PriorityRows, slideIdOfPriority: ChartContext['slideIdOfPriority']) {
  const valueLabel = { show: true, position: 'right', distance: rows.valueGap, fontSize: rows.valueSize, color: COLORS.muted } as const;
  const bars = {
    type: 'bar',
    name: '字数',
    barWidth: rows.barWidth,
    barGap: rows.barGap,
    barCategoryGap: rows.categoryGap,
    cursor: 'pointer',
    label: valueLabel,
    data: weights.map((w) => {
      const slideId = slideIdOfPriority(w.priority.number);
      return {
        name: w.priority.title.text,
        value: w.characters,
        itemStyle: { color: priorityColor(w.priority.number), borderRadius: [0, 6, 6, 0] },
        label: { formatter: weightLabel(w) },
        tooltip: { formatter: `${w.priority.title.text}：${w.characters}字` },
        // The slide a click on the bar opens.
        ...(slideId ? { slideId } : {}),
      };
    }),
  } as const;
  const titles = {
    type: 'bar',
    name: '标题',
    barWidth: rows.titleWidth,
    barGap: rows.barGap,
    barCategoryGap: rows.categoryGap,
    cursor: 'default',
    data: weights.map((w, i) => ({
      name: w.priority.title.text,
      value: 0,
      label: { ...rows.titleLabel, formatter: rows.titles[i]!.lines.map(echartsLiteral).join('\n') },
      ...(rows.titles[i]!.shortened ? { tooltip: { formatter: w.priority.title.text } } : {}),
    })),
  } as const;
  return {
    grid: rows.grid,
    xAxis: { type: 'value', show: false, max: rows.axisMax },
    yAxis: {
      type: 'category',
      inverse: true,
      data: weights.map((w) => w.priority.title.text),
      axisTick: { show: false },
      axisLabel: { show: false },
      axisLine: { show: rows.axisLine, lineStyle: { color: COLORS.line, width: 2 } },
    },
    series: rows.titlesFirst ? [titles, bars] : [bars, titles],
  } satisfies DeckChartOption;
}

/** Builds the chart, laid out for the context's frame. */
export function buildPrioritiesChart(context: ChartContext): ChartSpec {
  const { speech } = context;
  if (speech.priorities.length === 0) throw new Error('the speech has no numbered priorities');
  const weights = priorityWeights(speech);
  const rows = priorityRows(
    weights.map((w) => ({ title: w.priority.title.text, value: w.characters, label: weightLabel(w) })),
    frameOf(context),
    measureOf(context),
  );
  const summary = weights.map((w) => `${markerLabel(w.priority)}${w.priority.title.text}，${weightLabel(w)}`).join('；');
  return toChartSpec(
    `${speech.priorities.length}个方面工作的篇幅`,
    `按原文字数（不计标点）：${summary}。`,
    prioritiesOption(weights, rows, context.slideIdOfPriority),
  );
}

/** The `priorities` chart. */
export const prioritiesChart: ChartDefinition = {
  description: "each priority's share of the speech, in characters; a bar links to the priority's slide",
  build: buildPrioritiesChart,
};
