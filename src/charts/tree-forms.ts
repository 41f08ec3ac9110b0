/**
 * Choosing the form of a tree chart for its frame: left to right on the 16:9 stage, an outline on
 * the phone, and within each the fullest form that fits (the chart lists its forms, fullest first).
 */
import { minChartFontSize } from '../contract/index.ts';
import type { Drawing } from './drawing.ts';
import { layoutOutline } from './outline-layout.ts';
import type { ChartTree, TreeType } from './tree.ts';
import { layoutTree } from './tree-layout.ts';
import type { ChartFrame, TextMeasure } from './types.ts';

/** One way to show a tree: which tree (perhaps cut), and how many lines its deepest labels may take. */
export interface TreeForm {
  readonly tree: ChartTree;
  readonly leafLines: number;
}

/** Type sizes of tree charts on each stage: the root largest, the leaves at the stage's smallest legible size or a little above. */
const TREE_TYPE = {
  wide: { root: 30, inner: 26, leaf: 24, leading: 1.25 },
  phone: { root: 26, inner: 24, leaf: minChartFontSize('phone') + 1, leading: 1.25 },
} as const satisfies Record<ChartFrame['stage'], TreeType>;

/** Lays a tree chart out in the first of `forms` that fits `frame`; throws, naming the chart, when none does. */
export function layoutTreeChart(name: string, forms: readonly TreeForm[], frame: ChartFrame, measure: TextMeasure): Drawing {
  const type = TREE_TYPE[frame.stage];
  for (const form of forms) {
    const options = { frame, measure, type, leafLines: form.leafLines, innerLines: 2, rootLines: 3 };
    const drawing = frame.stage === 'phone' ? layoutOutline(form.tree, options) : layoutTree(form.tree, options);
    if (drawing) return drawing;
  }
  throw new Error(
    `the ${name} chart does not fit its ${frame.width}×${frame.height} box on the ${frame.stage} stage in any of its forms: give the chart more room (a "chart" layout, fewer words above it)`,
  );
}
