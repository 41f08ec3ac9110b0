/** The charts that slides can name with `chart: <name>`. */
import type { ChartDefinition } from './types.ts';

export type { ChartContext, ChartDefinition, ChartSpec } from './types.ts';

/** Every chart by name. */
export const CHARTS: Readonly<Record<string, ChartDefinition>> = {};
