/** Chart `attendees`: the units named in the lead, grouped by level, with who spoke and who presided. */
import { type AttendeeLevel, attendeesByLevel } from '../speech/attendees.ts';
import type { Speech } from '../speech/index.ts';
import { drawingSeries } from './drawing.ts';
import { frameOf, measureOf } from './frame.ts';
import { type DeckChartOption, toChartSpec } from './option.ts';
import { COLORS } from './theme.ts';
import { type ChartTree, mapTree, pruneTree } from './tree.ts';
import { layoutTreeChart } from './tree-forms.ts';
import type { ChartContext, ChartDefinition, ChartSpec } from './types.ts';

/** One colour per level. */
const LEVEL_COLORS: Readonly<Record<AttendeeLevel, string>> = {
  central: COLORS.red,
  provincial: '#9a4a2f',
  military: '#46647a',
  municipal: '#b8862f',
  district: '#6b7f3a',
  township: '#3f7f73',
  other: COLORS.muted,
};

/** The root's name: how many units attended. */
export function attendeesRootName(unitCount: number): string {
  return `参会单位\n${unitCount}个`;
}

/** A level's node name: its label and, under it, how many units it has. */
export function groupName(label: string, unitCount: number): string {
  return `${label}\n${unitCount}个单位`;
}

/** Who spoke and who presided, as the lead says. */
export function leadPeople(speech: Speech): string {
  const speakers = speech.lead.speakers.map((p) => p.text).join('、');
  const presiders = speech.lead.presiders.map((p) => p.text).join('、');
  return [speakers && `讲话：${speakers}`, presiders && `主持：${presiders}`].filter(Boolean).join('；');
}

/** The tree: all units → levels → units. */
export function attendeesTree(speech: Speech): ChartTree {
  const groups = attendeesByLevel(speech);
  if (groups.length === 0) throw new Error('the lead names no units that attended ("…等参加会议")');
  const total = groups.reduce((sum, g) => sum + g.units.length, 0);
  const people = leadPeople(speech);
  return {
    text: attendeesRootName(total),
    ...(people ? { title: people } : {}),
    color: COLORS.ink,
    lineColor: COLORS.muted,
    children: groups.map((group) => {
      const color = LEVEL_COLORS[group.level];
      return {
        text: groupName(group.label, group.units.length),
        color,
        children: group.units.map((unit) => ({
          text: unit.name.text,
          ...(unit.role ? { title: `${unit.name.text}${unit.role.text}` } : {}),
          color,
          children: [],
        })),
      };
    }),
  };
}

/** Builds the chart from the speech's lead, laid out for the context's frame. */
export function buildAttendeesChart(context: ChartContext): ChartSpec {
  const tree = attendeesTree(context.speech);
  const frame = frameOf(context);
  // In a short frame, each count goes on its name's line.
  const flat = mapTree(tree, (node) => ({ ...node, text: node.text.replace('\n', ' · ') }));
  // With more units than rows, each level shows its count and lists its units on hover.
  const counted = pruneTree(flat, 1, (level) => ({ ...level, title: level.children.map((unit) => unit.text).join('、') }));
  const forms = [
    { tree, leafLines: 2 },
    { tree, leafLines: 1 },
    { tree: flat, leafLines: 1 },
    { tree: counted, leafLines: 1 },
  ];
  const drawing = layoutTreeChart('attendees', forms, frame, measureOf(context));
  const option = { series: [drawingSeries(drawing, frame)] } satisfies DeckChartOption;
  const groups = tree.children.map((g) => `${g.text.replace('\n', '，')}：${g.children.map((u) => u.text).join('、')}`).join('；');
  const total = tree.children.reduce((n, g) => n + g.children.length, 0);
  const people = leadPeople(context.speech);
  return toChartSpec('参加会议的单位', `${people ? `${people}。` : ''}参加会议的单位共${total}个，按层级分组——${groups}。`, option);
}

/** The `attendees` chart. */
export const attendeesChart: ChartDefinition = {
  description: 'the units named in the lead, grouped by level, with counts',
  build: buildAttendeesChart,
};
