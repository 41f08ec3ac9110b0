/** Chart `priorities`: each priority's weight in the speech, as the number of characters of its text. */
import type { Priority, Speech } from '../speech/index.ts';
import { type DeckChartOption, TOOLTIP, toChartSpec } from './option.ts';
import { BASE_TEXT_STYLE, COLORS, FONT_SIZES, priorityColor } from './theme.ts';
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

/** Builds the chart: one horizontal bar per priority, top down in the speech's order; a bar links to its slide. */
export function buildPrioritiesChart({ speech, slideIdOfPriority }: ChartContext): ChartSpec {
  if (speech.priorities.length === 0) throw new Error('the speech has no numbered priorities');
  const weights = priorityWeights(speech);
  const titles = weights.map((w) => w.priority.title.text);
  const option = {
    grid: { left: 0, right: 260, top: 8, bottom: 8, containLabel: true },
    tooltip: { ...TOOLTIP, formatter: '{b}：{c}字' },
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      inverse: true,
      data: titles,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: COLORS.line, width: 2 } },
      axisLabel: { ...BASE_TEXT_STYLE, fontSize: FONT_SIZES.label, margin: 24 },
    },
    series: [
      {
        type: 'bar',
        name: '字数',
        barCategoryGap: '28%',
        cursor: 'pointer',
        label: { show: true, position: 'right', distance: 16, ...BASE_TEXT_STYLE, color: COLORS.muted },
        emphasis: { focus: 'self', itemStyle: { borderColor: COLORS.gold, borderWidth: 4 } },
        data: weights.map((w) => {
          const slideId = slideIdOfPriority(w.priority.number);
          return {
            name: w.priority.title.text,
            value: w.characters,
            itemStyle: { color: priorityColor(w.priority.number), borderRadius: [0, 6, 6, 0] },
            label: { formatter: weightLabel(w) },
            // The slide a click on the bar opens (read by the browser's chart controller).
            ...(slideId ? { slideId } : {}),
          };
        }),
      },
    ],
  } satisfies DeckChartOption;
  const summary = weights
    .map((w) => `${w.priority.marker.text.replace(/[，、：]$/, '')}${w.priority.title.text}，${weightLabel(w)}`)
    .join('；');
  return toChartSpec(`${speech.priorities.length}个方面工作的篇幅`, `按原文字数（不计标点）：${summary}。`, option);
}

/** The `priorities` chart. */
export const prioritiesChart: ChartDefinition = {
  description: "each priority's share of the speech, in characters; a bar links to the priority's slide",
  build: buildPrioritiesChart,
};
