/** Chart `structure`: the meeting as one tree — its parts, the priorities, and each priority's key measures. */

import { type Speech, shortTitles, toChineseNumeral } from '../speech/index.ts';
import { measuresOf } from '../speech/measures.ts';
import { type DeckChartOption, TOOLTIP, type TreeNodeOption, toChartSpec } from './option.ts';
import { COLORS, FONT_SIZES, priorityColor } from './theme.ts';
import { elbowTreeSeries } from './tree-series.ts';
import type { ChartContext, ChartDefinition, ChartSpec } from './types.ts';

/** The headline's closing verb, left out of the root's name: `…会议召开` → `…会议`. */
const RE_HEADLINE_VERB = /(?:召开|举行)$/;
/** The widths (px on the 1920 stage) that labels may take before they wrap or are cut. */
const ROOT_LABEL_WIDTH = 230;
const PART_LABEL_WIDTH = 160;
const PRIORITY_LABEL_WIDTH = 236;
const MEASURE_LABEL_WIDTH = 560;

/** The name of the node that gathers the priorities: `七个方面`, as the speech announces them. */
export function prioritiesNodeName(speech: Speech): string {
  return `${toChineseNumeral(speech.priorities.length)}个方面`;
}

/** The tree: meeting → `会议认为`, `会议指出`, the N priorities → each priority → its measures. */
export function structureTree(speech: Speech): TreeNodeOption {
  const titles = shortTitles(speech.priorities);
  const priorities = speech.priorities.map((priority, i): TreeNodeOption => {
    const color = priorityColor(priority.number);
    const measures = measuresOf(speech, priority);
    return {
      name: titles[i]!,
      value: measures.length,
      itemStyle: { color, borderColor: color },
      lineStyle: { color },
      label: { color, width: PRIORITY_LABEL_WIDTH, overflow: 'break' },
      tooltip: { formatter: `${priority.marker.text.replace(/[，、：]$/, '')}${priority.title.text}：${measures.length}项举措` },
      children: measures.map((m) => ({
        name: m.label.text,
        itemStyle: { color, borderColor: color },
        lineStyle: { color },
        tooltip: { formatter: m.passage.text },
      })),
    };
  });
  return {
    name: speech.headline.text.replace(RE_HEADLINE_VERB, ''),
    itemStyle: { color: COLORS.ink, borderColor: COLORS.ink },
    label: { width: ROOT_LABEL_WIDTH, overflow: 'break', fontSize: FONT_SIZES.large, lineHeight: 40 },
    children: [
      ...speech.parts.map(
        (part): TreeNodeOption => ({
          name: `会议${part.verb}`,
          itemStyle: { color: COLORS.gold, borderColor: COLORS.gold },
          // A leaf, but its label stands left like an inner node's, clear of the priorities' branches.
          label: { position: 'left', align: 'right', verticalAlign: 'bottom', width: PART_LABEL_WIDTH, overflow: 'break' },
          tooltip: { formatter: part.content.text },
        }),
      ),
      {
        name: prioritiesNodeName(speech),
        value: speech.priorities.length,
        itemStyle: { color: COLORS.red, borderColor: COLORS.red },
        children: priorities,
      },
    ],
  };
}

/** Builds the chart from the speech. */
export function buildStructureChart({ speech }: ChartContext): ChartSpec {
  const tree = structureTree(speech);
  const option = {
    tooltip: { ...TOOLTIP },
    series: [
      elbowTreeSeries(tree, {
        left: ROOT_LABEL_WIDTH + 32,
        right: MEASURE_LABEL_WIDTH + 24,
        vertical: 20,
        leafLabelWidth: MEASURE_LABEL_WIDTH,
        leafFontSize: FONT_SIZES.small,
      }),
    ],
  } satisfies DeckChartOption;
  const summary = speech.priorities
    .map(
      (p, i) =>
        `${p.marker.text.replace(/[，、：]$/, '')}${p.title.text}：${tree.children![speech.parts.length]!.children![i]!.children!.map((m) => m.name).join('；')}`,
    )
    .join('。');
  const parts = speech.parts.map((p) => `会议${p.verb}`).join('、');
  return toChartSpec('会议结构', `会议分为${parts}和${prioritiesNodeName(speech)}工作。各方面的主要举措——${summary}。`, option);
}

/** The `structure` chart. */
export const structureChart: ChartDefinition = {
  description: "the meeting's parts, its priorities and each priority's key measures, as a tree",
  build: buildStructureChart,
};
