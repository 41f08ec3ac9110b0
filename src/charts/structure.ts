/** Chart `structure`: the meeting as one tree — its parts, the priorities, and each priority's key measures. */

import { announcementIn } from '../speech/announce.ts';
import { markerLabel, meetingTitle, partLabel, type Speech, shortTitles, toChineseNumeral, UNOPENED_PART_LABEL } from '../speech/index.ts';
import { measuresOf } from '../speech/measures.ts';
import { drawingSeries } from './drawing.ts';
import { frameOf, measureOf } from './frame.ts';
import { type DeckChartOption, toChartSpec } from './option.ts';
import { COLORS, priorityColor } from './theme.ts';
import { type ChartTree, pruneTree } from './tree.ts';
import { layoutTreeChart, type TreeForm } from './tree-forms.ts';
import type { ChartContext, ChartDefinition, ChartSpec } from './types.ts';

/**
 * The name of the node that gathers the priorities: as the speech announces them (`七个方面`,
 * `三项任务`) when its count is the items', else `N个方面`.
 */
export function prioritiesNodeName(speech: Speech): string {
  const announced = speech.mainList?.leadIn && announcementIn(speech.mainList.leadIn.text);
  if (announced && announced.count === speech.priorities.length) return announced.words;
  return `${toChineseNumeral(speech.priorities.length)}个方面`;
}

/** The tree: meeting → `会议认为`, `会议指出`, the N priorities → each priority → its measures. */
export function structureTree(speech: Speech, slideIdOfPriority: (n: number) => string | undefined = () => undefined): ChartTree {
  const titles = shortTitles(speech.priorities);
  const priorities = speech.priorities.map((priority, i): ChartTree => {
    const color = priorityColor(priority.number);
    const measures = measuresOf(speech, priority);
    const slideId = slideIdOfPriority(priority.number);
    return {
      text: titles[i]!,
      title: `${markerLabel(priority)}${priority.title.text}：${measures.length}项举措`,
      color,
      ...(slideId ? { slideId } : {}),
      // A measure's label names it; its full words are on hover only when the label had to shorten them (they ship in the page).
      children: measures.map((m) => ({ text: m.label.text, color, children: [] })),
    };
  });
  return {
    text: meetingTitle(speech),
    color: COLORS.ink,
    lineColor: COLORS.muted,
    children: [
      ...speech.parts.map((part): ChartTree => ({ text: partLabel(part, UNOPENED_PART_LABEL), color: COLORS.gold, children: [] })),
      // A report without a list has no node of priorities.
      ...(priorities.length > 0
        ? [{ text: prioritiesNodeName(speech), color: COLORS.red, lineColor: COLORS.muted, children: priorities }]
        : []),
    ],
  };
}

/** The forms the tree may take, fullest first: every measure on up to two lines, on one line, then counts instead of measures. */
function structureForms(tree: ChartTree): TreeForm[] {
  const counted = pruneTree(tree, 2, (node) =>
    node.children.length > 0 ? { ...node, text: `${node.text}（${node.children.length}项）` } : node,
  );
  return [
    { tree, leafLines: 2 },
    { tree, leafLines: 1 },
    { tree: counted, leafLines: 1 },
  ];
}

/** Builds the chart from the speech, laid out for the context's frame. */
export function buildStructureChart(context: ChartContext): ChartSpec {
  const { speech } = context;
  const tree = structureTree(speech, context.slideIdOfPriority);
  const frame = frameOf(context);
  const drawing = layoutTreeChart('structure', structureForms(tree), frame, measureOf(context));
  const option = { series: [drawingSeries(drawing, frame)] } satisfies DeckChartOption;
  const summary = speech.priorities
    .map(
      (p) =>
        `${markerLabel(p)}${p.title.text}：${measuresOf(speech, p)
          .map((m) => m.label.text)
          .join('；')}`,
    )
    .join('。');
  const parts = speech.parts.map((p) => partLabel(p, UNOPENED_PART_LABEL)).join('、');
  if (speech.priorities.length === 0) return toChartSpec('会议结构', `会议分为${parts}。`, option);
  const opening = parts ? `会议分为${parts}和${prioritiesNodeName(speech)}工作` : `会议部署${prioritiesNodeName(speech)}工作`;
  return toChartSpec('会议结构', `${opening}。各方面的主要举措——${summary}。`, option);
}

/** The `structure` chart. */
export const structureChart: ChartDefinition = {
  description: "the meeting's parts, its priorities and each priority's key measures, as a tree",
  build: buildStructureChart,
};
