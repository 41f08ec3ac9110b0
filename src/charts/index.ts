/** The charts that slides can name with `chart: <name>`. */
import { assessmentChart } from './assessment.ts';
import { attendeesChart } from './attendees.ts';
import { prioritiesChart } from './priorities.ts';
import { structureChart } from './structure.ts';
import type { ChartDefinition } from './types.ts';

export type { ChartContext, ChartDefinition, ChartSpec } from './types.ts';

/** Every chart by name. */
export const CHARTS: Readonly<Record<string, ChartDefinition>> = {
  structure: structureChart,
  priorities: prioritiesChart,
  attendees: attendeesChart,
  assessment: assessmentChart,
};
