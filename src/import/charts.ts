/** Which chart slides an imported deck gets: the team's charts that exist in the registry and fit the speech. */
import type { ChartDefinition } from '../charts/types.ts';
import type { SourceRef } from '../slides/format.ts';
import { namedUnits } from '../speech/attendees.ts';
import type { Speech } from '../speech/index.ts';

/** The fewest attending units worth a chart of them. */
const MIN_CHART_UNITS = 3;
/** The fewest priorities worth a chart of their weights. */
const MIN_CHART_PRIORITIES = 2;

/** Where a chart slide goes in the imported deck. */
export type ChartPlace = 'after-lead' | 'before-overview' | 'after-overview';

/** A chart an imported deck may show, with what its slide says and when it applies. */
export interface ChartSlidePlan {
  readonly name: string;
  readonly place: ChartPlace;
  readonly kicker: string;
  readonly heading: string;
  readonly source?: SourceRef;
  /** Why the chart does not apply to this speech, or undefined when it does. */
  readonly missing: (speech: Speech) => string | undefined;
}

/**
 * The charts that fit any report of the genre (not `assessment`, which is our speech's own), each only
 * where it says something: the attendees with three or more units, the weights with two or more items,
 * the structure always.
 */
export const IMPORTED_CHARTS: readonly ChartSlidePlan[] = [
  {
    name: 'attendees',
    place: 'after-lead',
    kicker: '会议概况',
    heading: '参会单位',
    source: { kind: 'lead' },
    missing: (speech) => {
      const units = namedUnits(speech).length;
      return units < MIN_CHART_UNITS
        ? `the lead names ${units} attending unit(s) (…等参加会议); the chart needs ${MIN_CHART_UNITS}`
        : undefined;
    },
  },
  { name: 'structure', place: 'before-overview', kicker: '全文结构', heading: '会议报告的结构', missing: () => undefined },
  {
    name: 'priorities',
    place: 'after-overview',
    kicker: '各方面工作',
    heading: '各方面的分量',
    source: { kind: 'priorities' },
    missing: (speech) =>
      speech.priorities.length < MIN_CHART_PRIORITIES
        ? `the report lists ${speech.priorities.length} item(s); weights need ${MIN_CHART_PRIORITIES}`
        : undefined,
  },
];

/** The outcome of choosing charts: those shown, and those left out with the reason. */
export interface ChartChoice {
  readonly shown: readonly ChartSlidePlan[];
  readonly skipped: readonly { readonly name: string; readonly reason: string }[];
}

/**
 * Chooses the chart slides: a chart is shown when the registry has it, it applies to the
 * speech, and it computes from the speech (tried here, so the build cannot fail on it).
 * Reading the registry at call time is what makes new charts appear in imports by themselves.
 */
export function chooseCharts(speech: Speech, registry: Readonly<Record<string, ChartDefinition>>): ChartChoice {
  const shown: ChartSlidePlan[] = [];
  const skipped: { name: string; reason: string }[] = [];
  const slideIdOfPriority = (n: number): string | undefined => (n >= 1 && n <= speech.priorities.length ? `priority-${n}` : undefined);
  for (const plan of IMPORTED_CHARTS) {
    const definition = Object.hasOwn(registry, plan.name) ? registry[plan.name] : undefined;
    if (!definition) {
      skipped.push({ name: plan.name, reason: 'not in the chart registry (src/charts/index.ts)' });
      continue;
    }
    const missing = plan.missing(speech);
    if (missing) {
      skipped.push({ name: plan.name, reason: missing });
      continue;
    }
    try {
      definition.build({ speech, slideIdOfPriority });
      shown.push(plan);
    } catch (error) {
      skipped.push({ name: plan.name, reason: `cannot be computed from this speech: ${(error as Error).message}` });
    }
  }
  return { shown, skipped };
}
