/** Chart `attendees`: the units named in the lead, grouped by level, with who spoke and who presided. */
import { type AttendeeLevel, attendeesByLevel } from '../speech/attendees.ts';
import type { Speech } from '../speech/index.ts';
import { type DeckChartOption, TOOLTIP, type TreeNodeOption, toChartSpec } from './option.ts';
import { COLORS, FONT_SIZES } from './theme.ts';
import { elbowTreeSeries } from './tree-series.ts';
import type { ChartContext, ChartDefinition, ChartSpec } from './types.ts';

/** One colour per level. */
const LEVEL_COLORS: Readonly<Record<AttendeeLevel, string>> = {
  central: COLORS.red,
  military: '#46647a',
  municipal: '#b8862f',
  district: '#6b7f3a',
};
const UNIT_LABEL_WIDTH = 380;
/** Room for the root's label, left of the tree. */
const ROOT_LABEL_WIDTH = 140;

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
export function attendeesTree(speech: Speech): TreeNodeOption {
  const groups = attendeesByLevel(speech);
  if (groups.length === 0) throw new Error('the lead names no units that attended ("…等参加会议")');
  const total = groups.reduce((sum, g) => sum + g.units.length, 0);
  return {
    name: attendeesRootName(total),
    value: total,
    itemStyle: { color: COLORS.ink, borderColor: COLORS.ink },
    label: { fontSize: FONT_SIZES.large, lineHeight: 40, verticalAlign: 'middle', color: COLORS.ink },
    tooltip: { formatter: leadPeople(speech) || `${total}` },
    children: groups.map((group) => {
      const color = LEVEL_COLORS[group.level];
      return {
        name: groupName(group.label, group.units.length),
        value: group.units.length,
        itemStyle: { color, borderColor: color },
        lineStyle: { color },
        label: { color, lineHeight: 34, fontSize: FONT_SIZES.small + 2 },
        children: group.units.map((unit) => ({
          name: unit.name.text,
          itemStyle: { color, borderColor: color },
          lineStyle: { color },
          tooltip: { formatter: unit.role ? `${unit.name.text}${unit.role.text}` : unit.name.text },
        })),
      };
    }),
  };
}

/** Builds the chart from the speech's lead. */
export function buildAttendeesChart({ speech }: ChartContext): ChartSpec {
  const tree = attendeesTree(speech);
  const option = {
    tooltip: { ...TOOLTIP },
    series: [
      elbowTreeSeries(tree, {
        left: ROOT_LABEL_WIDTH,
        right: UNIT_LABEL_WIDTH + 24,
        vertical: 24,
        leafLabelWidth: UNIT_LABEL_WIDTH,
        leafFontSize: FONT_SIZES.small + 2,
      }),
    ],
  } satisfies DeckChartOption;
  const groups = (tree.children ?? [])
    .map((g) => `${String(g.name).replace('\n', '，')}：${(g.children ?? []).map((u) => u.name).join('、')}`)
    .join('；');
  const people = leadPeople(speech);
  return toChartSpec(
    '参加会议的单位',
    `${people ? `${people}。` : ''}参加会议的单位共${(tree.children ?? []).reduce((n, g) => n + (g.children?.length ?? 0), 0)}个，按层级分组——${groups}。`,
    option,
  );
}

/** The `attendees` chart. */
export const attendeesChart: ChartDefinition = {
  description: 'the units named in the lead, grouped by level, with counts',
  build: buildAttendeesChart,
};
