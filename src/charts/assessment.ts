/** Chart `assessment`: how the civic-district campaign is checked, as a flow whose every word is the speech's. */

import { minChartFontSize } from '../contract/index.ts';
import { type Assessment, readAssessment } from '../speech/assessment.ts';
import type { Passage } from '../speech/index.ts';
import { drawingSeries } from './drawing.ts';
import { layoutFlow } from './flow-layout.ts';
import { frameOf, measureOf } from './frame.ts';
import { type DeckChartOption, toChartSpec } from './option.ts';
import { COLORS } from './theme.ts';
import type { ChartContext, ChartDefinition, ChartSpec } from './types.ts';

/** A box of the flow: a step's words, an optional note under it (how often, by whom), its places on each stage's grid. */
export interface FlowNode {
  readonly id: string;
  readonly title: Passage;
  readonly note?: Passage;
  readonly lane: 'check' | 'supervision';
  /** Column (left to right) and row (top down): across the 16:9 stage, and down the phone. */
  readonly wide: GridPlace;
  readonly phone: GridPlace;
}

/** A place on a grid; fractions put a box between rows. */
export interface GridPlace {
  readonly column: number;
  readonly row: number;
}

/** An arrow between two boxes. */
export interface FlowEdge {
  readonly from: string;
  readonly to: string;
}

const at = (column: number, row: number): GridPlace => ({ column, row });

/** The boxes: on the 16:9 stage the checking lane on top and the media and hotline lane below; on the phone, two columns down. */
export function flowNodes(a: Assessment): FlowNode[] {
  return [
    { id: 'organiser', title: a.organiser, lane: 'check', wide: at(0, 1), phone: at(0, 0) },
    { id: 'team', title: a.team, note: a.teamMembers, lane: 'check', wide: at(1, 0.5), phone: at(1, 0) },
    { id: 'onsite', title: a.onSiteCheck, note: a.checkFrequency, lane: 'check', wide: at(2, 0), phone: at(0, 1) },
    { id: 'survey', title: a.survey, note: a.checkFrequency, lane: 'check', wide: at(2, 1), phone: at(1, 1) },
    { id: 'review', title: a.review, note: a.reviewFrequency, lane: 'check', wide: at(2, 2), phone: at(0, 2) },
    { id: 'appraisal', title: a.appraisal, note: a.resultInto, lane: 'check', wide: at(3, 1), phone: at(1, 2) },
    { id: 'media', title: a.media, lane: 'supervision', wide: at(0, 3.2), phone: at(0, 3.3) },
    { id: 'hotline', title: a.hotline, lane: 'supervision', wide: at(0, 4.2), phone: at(1, 3.3) },
    { id: 'supervision', title: a.supervision, lane: 'supervision', wide: at(1, 3.7), phone: at(0, 4.3) },
    { id: 'solving', title: a.solving, lane: 'supervision', wide: at(2, 3.7), phone: at(1, 4.3) },
    { id: 'goal', title: a.goal, lane: 'supervision', wide: at(3, 3.7), phone: at(1, 5.3) },
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

const LANE_COLORS = { check: COLORS.red, supervision: '#46647a' } as const;
/** Type sizes of the steps and their notes on each stage. */
const TYPE = {
  wide: { titleSize: 24, noteSize: minChartFontSize('wide') },
  phone: { titleSize: minChartFontSize('phone') + 1, noteSize: minChartFontSize('phone') },
} as const;

/** Builds the flow from the priority that sets up the assessment team, laid out for the context's frame. */
export function buildAssessmentChart(context: ChartContext): ChartSpec {
  const assessment = readAssessment(context.speech);
  const frame = frameOf(context);
  const boxes = flowNodes(assessment).map((node) => ({
    id: node.id,
    title: node.title.text,
    ...(node.note ? { note: node.note.text } : {}),
    color: LANE_COLORS[node.lane],
    ...node[frame.stage],
  }));
  const style = { ...TYPE[frame.stage], titleColor: '#ffffff', noteColor: COLORS.goldLight, lineColor: COLORS.muted };
  const drawing = layoutFlow(boxes, FLOW_EDGES, frame, measureOf(context), {
    ...style,
    direction: frame.stage === 'phone' ? 'down' : 'across',
  });
  if (!drawing) {
    throw new Error(
      `the assessment flow does not fit its ${frame.width}×${frame.height} box on the ${frame.stage} stage: give the chart more room`,
    );
  }
  const option = { series: [drawingSeries(drawing, frame)] } satisfies DeckChartOption;
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
