/** Chart `assessment`: how the civic-district campaign is checked, as a flow whose every word is the speech's. */
import { type Assessment, readAssessment } from '../speech/assessment.ts';
import type { Passage } from '../speech/index.ts';
import { type DeckChartOption, TOOLTIP, toChartSpec } from './option.ts';
import { COLORS, FONT_SIZES } from './theme.ts';
import type { ChartContext, ChartDefinition, ChartSpec } from './types.ts';

/** A box of the flow: a step's words, an optional note under them (how often, by whom), its place. */
export interface FlowNode {
  readonly id: string;
  readonly title: Passage;
  readonly note?: Passage;
  /** Column (left to right) and row (top down) on a grid. */
  readonly column: number;
  readonly row: number;
  readonly lane: 'check' | 'supervision';
}

/** An arrow between two boxes. */
export interface FlowEdge {
  readonly from: string;
  readonly to: string;
}

/** The boxes: the checking lane on top, the media and hotline lane below. */
export function flowNodes(a: Assessment): FlowNode[] {
  return [
    { id: 'organiser', title: a.organiser, column: 0, row: 1, lane: 'check' },
    { id: 'team', title: a.team, note: a.teamMembers, column: 1, row: 0.5, lane: 'check' },
    { id: 'onsite', title: a.onSiteCheck, note: a.checkFrequency, column: 2, row: 0, lane: 'check' },
    { id: 'survey', title: a.survey, note: a.checkFrequency, column: 2, row: 1, lane: 'check' },
    { id: 'review', title: a.review, note: a.reviewFrequency, column: 2, row: 2, lane: 'check' },
    { id: 'appraisal', title: a.appraisal, note: a.resultInto, column: 3, row: 1, lane: 'check' },
    { id: 'media', title: a.media, column: 0, row: 3.2, lane: 'supervision' },
    { id: 'hotline', title: a.hotline, column: 0, row: 4.2, lane: 'supervision' },
    { id: 'supervision', title: a.supervision, column: 1, row: 3.7, lane: 'supervision' },
    { id: 'solving', title: a.solving, column: 2, row: 3.7, lane: 'supervision' },
    { id: 'goal', title: a.goal, column: 3, row: 3.7, lane: 'supervision' },
  ];
}

/** The arrows, in the order the speech tells the steps. */
export const FLOW_EDGES: readonly FlowEdge[] = [
  { from: 'organiser', to: 'team' },
  { from: 'team', to: 'onsite' },
  { from: 'team', to: 'survey' },
  { from: 'organiser', to: 'review' },
  { from: 'onsite', to: 'appraisal' },
  { from: 'survey', to: 'appraisal' },
  { from: 'review', to: 'appraisal' },
  { from: 'media', to: 'supervision' },
  { from: 'hotline', to: 'supervision' },
  { from: 'supervision', to: 'solving' },
  { from: 'solving', to: 'goal' },
];

/** Box size and grid spacing, in px of the 1920 stage. */
const BOX = { width: 224, height: 104 } as const;
const GRID = { column: 250, row: 118 } as const;
const LANE_COLORS = { check: COLORS.red, supervision: '#46647a' } as const;

/** The most characters on one line of a box. */
const LINE_CHARS = 8;
/** Where a long step may wrap: after `的` or `、`, or before `和`. */
const RE_WRAP_AFTER = /[的、]/g;
const RE_WRAP_BEFORE = /和/g;

/**
 * The lines of a box's text: as it is when it fits on one line, else cut in two at the wrap point
 * nearest the middle (the middle itself when there is none). ECharts cannot wrap rich text by width.
 */
export function wrapLines(text: string, lineChars = LINE_CHARS): string[] {
  if (text.length <= lineChars) return [text];
  const points = [
    ...[...text.matchAll(RE_WRAP_AFTER)].map((m) => m.index + 1),
    ...[...text.matchAll(RE_WRAP_BEFORE)].map((m) => m.index),
  ].filter((at) => at > 0 && at < text.length);
  const middle = text.length / 2;
  const at = points.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle))[0] ?? Math.ceil(middle);
  return [text.slice(0, at), text.slice(at)];
}

/** A label's rich-text template: the step in large type, its note smaller underneath. */
function labelOf(node: FlowNode): string {
  const lines = [
    ...wrapLines(node.title.text).map((line) => `{t|${line}}`),
    ...(node.note ? wrapLines(node.note.text, LINE_CHARS + 2).map((line) => `{n|${line}}`) : []),
  ];
  return lines.join('\n');
}

/** Builds the flow from the priority that sets up the assessment team. */
export function buildAssessmentChart({ speech }: ChartContext): ChartSpec {
  const assessment = readAssessment(speech);
  const nodes = flowNodes(assessment);
  const option = {
    tooltip: { ...TOOLTIP },
    series: [
      {
        type: 'graph',
        layout: 'none',
        left: BOX.width / 2 + 4,
        right: BOX.width / 2 + 4,
        top: BOX.height / 2 + 4,
        bottom: BOX.height / 2 + 4,
        roam: false,
        symbol: 'roundRect',
        symbolSize: [BOX.width, BOX.height],
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 16,
        lineStyle: { color: COLORS.muted, width: 3, opacity: 0.9 },
        label: {
          show: true,
          align: 'center',
          rich: {
            t: { fontSize: FONT_SIZES.small + 2, lineHeight: 32, color: '#fff', align: 'center' },
            n: { fontSize: FONT_SIZES.small - 2, lineHeight: 28, color: COLORS.goldLight, align: 'center' },
          },
        },
        emphasis: { focus: 'adjacency', lineStyle: { width: 4 } },
        data: nodes.map((node) => ({
          id: node.id,
          name: node.title.text,
          x: node.column * GRID.column,
          y: node.row * GRID.row,
          itemStyle: { color: LANE_COLORS[node.lane] },
          label: { formatter: labelOf(node) },
          tooltip: { formatter: node.note ? `${node.title.text}（${node.note.text}）` : node.title.text },
        })),
        edges: FLOW_EDGES.map((edge) => ({ source: edge.from, target: edge.to })),
      },
    ],
  } satisfies DeckChartOption;
  const a = assessment;
  const summary =
    `${a.organiser.text}组织由${a.teamMembers.text}组成的${a.team.text}，${a.checkFrequency.text}进行${a.onSiteCheck.text}和${a.survey.text}；` +
    `${a.reviewFrequency.text}开展${a.review.text}；${a.resultInto.text}${a.appraisal.text}。` +
    `${a.media.text}和${a.hotline.text}：${a.supervision.text}，${a.solving.text}，${a.goal.text}。`;
  return toChartSpec('文明城区创建的测评与监督', summary, option);
}

/** The `assessment` chart. */
export const assessmentChart: ChartDefinition = {
  description: 'how the civic-district campaign is checked (assessment team, checks, reviews, appraisal, media and hotline), as a flow',
  build: buildAssessmentChart,
};
