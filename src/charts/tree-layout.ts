/**
 * A tree laid out left to right with elbow branches, so that no branch crosses a label: the deepest
 * nodes' labels stand right of their dots, every other label stands above the line that reaches its
 * node, between the trunk it branches from and the dot. Pure: returns undefined when the tree cannot
 * fit its frame at these sizes, so that the chart can try another form.
 */

import type { Drawing, DrawnLink, DrawnMark } from './drawing.ts';
import { widestLine } from './text-fit.ts';
import { COLORS } from './theme.ts';
import {
  type ChartTree,
  DOT,
  fitNode,
  LABEL_GAP,
  LINE_WIDTH,
  MARGIN,
  nodeLabelHeight,
  nodeLines,
  nodeMark,
  type PlacedNode,
  placeTree,
  type TreeLayoutOptions,
  type TreeType,
} from './tree.ts';

/** Sizes in px of the stage: a parent's stub to its trunk, the trunk's gap to a label. */
const STUB = 28;
const TRUNK_PAD = 14;
/** How far a label above a line stands clear of it. */
const ABOVE_LINE = 6;
/** The share of the frame's width a label column may take. */
const COLUMN_SHARE = 0.2;
/** The fewest characters the deepest labels must have room for, or the layout gives up. */
const MIN_LEAF_CHARS = 6;
/** Gaps between rows tried, as a share of the leaf type size, most generous first. */
const ROW_GAPS = [1, 0.75, 0.55, 0.4, 0.28, 0.18];

/** Lays `root` out left to right in `options.frame`, or undefined when it cannot fit. */
export function layoutTree(root: ChartTree, options: TreeLayoutOptions): Drawing | undefined {
  const { frame, measure, type } = options;
  const nodes = placeTree(root);
  const deepest = Math.max(...nodes.map((n) => n.depth));
  if (deepest === 0) return undefined;
  const natural = (n: PlacedNode, size: number): number => measure(n.node.text, size);

  // Columns left to right: the root's label, then each column's labels between its trunk and its dots.
  const rootNode = nodes[0]!;
  fitNode(rootNode, type.root, Math.min(natural(rootNode, type.root), frame.width * COLUMN_SHARE), options.rootLines, measure);
  const columnX: number[] = [MARGIN + widestLine(rootNode.fitted.lines, type.root, measure) + LABEL_GAP + DOT / 2];
  for (let depth = 1; depth < deepest; depth++) {
    const column = nodes.filter((n) => n.depth === depth);
    const cap = Math.min(Math.max(...column.map((n) => natural(n, type.inner))), frame.width * COLUMN_SHARE);
    for (const n of column) fitNode(n, type.inner, cap, options.innerLines, measure);
    const widest = Math.max(...column.map((n) => widestLine(n.fitted.lines, type.inner, measure)));
    columnX.push(columnX[depth - 1]! + STUB + TRUNK_PAD + widest + LABEL_GAP + DOT / 2);
  }
  columnX.push(columnX[deepest - 1]! + STUB * 2);
  const leafWidth = frame.width - MARGIN - (columnX[deepest]! + DOT / 2 + LABEL_GAP);
  if (leafWidth < MIN_LEAF_CHARS * type.leaf) return undefined;
  const leaves = nodes.filter((n) => n.depth === deepest);
  for (const n of leaves) fitNode(n, type.leaf, leafWidth, options.leafLines, measure);
  // A tree narrower than its frame stands in the middle of it, not against its left edge.
  const widestLeaf = Math.max(...leaves.map((n) => widestLine(n.fitted.lines, type.leaf, measure)));
  const centring = Math.max(0, Math.floor((leafWidth - widestLeaf) / 2));
  for (const n of nodes) n.x = columnX[n.depth]! + centring;

  const extent = (n: PlacedNode): { top: number; bottom: number } => {
    const h = nodeLabelHeight(n, type);
    if (n.depth === deepest || n.depth === 0) return { top: n.y - Math.max(h, DOT) / 2, bottom: n.y + Math.max(h, DOT) / 2 };
    return { top: n.y - ABOVE_LINE - h, bottom: n.y + DOT / 2 };
  };
  for (const gapShare of ROW_GAPS) {
    const rowGap = Math.round(type.leaf * gapShare);
    placeRows(nodes, deepest, rowGap, extent);
    const top = Math.min(...nodes.map((n) => extent(n).top));
    const bottom = Math.max(...nodes.map((n) => extent(n).bottom));
    if (bottom - top > frame.height - 2 * MARGIN) continue;
    const shift = MARGIN + (frame.height - 2 * MARGIN - (bottom - top)) / 2 - top;
    for (const n of nodes) n.y = Math.round((n.y + shift) * 10) / 10;
    return drawTree(nodes, deepest, type);
  }
  return undefined;
}

type Extent = (n: PlacedNode) => { top: number; bottom: number };

/**
 * Sets every node's y: the deepest labels one under the other, each parent midway between its first
 * and last child, a leaf of a shallower column stacked against its neighbours in that column; then
 * pushed apart until no labels in a column collide.
 */
function placeRows(nodes: PlacedNode[], deepest: number, rowGap: number, extent: Extent): void {
  const deepLeaves = nodes.filter((n) => n.depth === deepest);
  let previous: PlacedNode | undefined;
  for (const leaf of deepLeaves) {
    leaf.y = 0;
    if (previous) {
      const groupGap = previous.parent === leaf.parent ? 0 : rowGap;
      leaf.y = extent(previous).bottom - extent(leaf).top + rowGap + groupGap;
    }
    previous = leaf;
  }
  const columns = Array.from({ length: deepest }, (_, depth) => nodes.filter((n) => n.depth === depth));
  for (let pass = 0; pass < 500; pass++) {
    for (let depth = deepest - 1; depth >= 0; depth--) {
      const column = columns[depth]!;
      for (const n of column) if (n.children.length > 0) n.y = (n.children[0]!.y + n.children.at(-1)!.y) / 2;
      stackShallowLeaves(column, rowGap, extent);
    }
    const clash = findClash(columns, rowGap, extent);
    if (!clash) return;
    const from = firstDeepLeaf(clash.below, deepest) ?? deepLeaves.length;
    for (const leaf of deepLeaves.slice(from)) leaf.y += clash.by;
    if (from === deepLeaves.length) return;
  }
}

/** Leaves of a shallower column: stacked upward from the next node of their column, or downward from the previous one. */
function stackShallowLeaves(column: readonly PlacedNode[], rowGap: number, extent: Extent): void {
  const isShallowLeaf = (n: PlacedNode | undefined): boolean => n !== undefined && n.children.length === 0;
  for (let k = column.length - 1; k >= 0; k--) {
    const n = column[k]!;
    const next = column[k + 1];
    if (!isShallowLeaf(n) || !next) continue;
    n.y += extent(next).top - rowGap / 2 - extent(n).bottom;
  }
  for (let k = 0; k < column.length; k++) {
    const n = column[k]!;
    const before = column[k - 1];
    if (!isShallowLeaf(n) || column.slice(k).some((m) => !isShallowLeaf(m)) || !before) continue;
    n.y += extent(before).bottom + rowGap / 2 - extent(n).top;
  }
}

/** The index among the deepest leaves of the first one at or after `n` in depth-first order. */
function firstDeepLeaf(n: PlacedNode, deepest: number): number | undefined {
  let index = 0;
  let found: number | undefined;
  const root = (m: PlacedNode): PlacedNode => (m.parent ? root(m.parent) : m);
  let passed = false;
  const visit = (m: PlacedNode): void => {
    if (found !== undefined) return;
    if (m === n) passed = true;
    if (m.depth === deepest) {
      if (passed) found = index;
      index++;
    }
    for (const c of m.children) visit(c);
  };
  visit(root(n));
  return found;
}

/** The first pair of neighbours in a column whose bands overlap: the lower one, and how far to push it. */
function findClash(columns: readonly (readonly PlacedNode[])[], rowGap: number, extent: Extent) {
  for (const column of columns.slice(1)) {
    for (let k = 1; k < column.length; k++) {
      const by = extent(column[k - 1]!).bottom + rowGap / 2 - extent(column[k]!).top;
      if (by > 0.05) return { below: column[k]!, by };
    }
  }
  return undefined;
}

/** The dots, labels and elbow links of a placed tree. */
function drawTree(nodes: readonly PlacedNode[], deepest: number, type: TreeType): Drawing {
  const marks: DrawnMark[] = [];
  const links: DrawnLink[] = [];
  for (const n of nodes) {
    const side = n.depth === 0 ? 'root' : n.depth === deepest ? 'right' : 'above';
    const lines = nodeLines(n, type, n.depth === 0 ? COLORS.ink : n.node.color);
    const offset = DOT / 2 + LABEL_GAP;
    marks.push(
      nodeMark(n, DOT, {
        lines,
        dx: side === 'right' ? offset : -offset,
        dy: side === 'above' ? -ABOVE_LINE : 0,
        align: side === 'right' ? 'left' : 'right',
        verticalAlign: side === 'above' ? 'bottom' : 'middle',
      }),
    );
    if (n.children.length === 0) continue;
    // The trunk: a vertical line through the parent's stub and every child's branch.
    const trunkX = n.x + STUB;
    const lineColor = n.node.lineColor ?? n.node.color;
    const points = [{ id: `${n.id}-stub`, y: n.y }, ...n.children.map((c) => ({ id: `${c.id}-branch`, y: c.y }))];
    const unique = points.filter((p, i) => points.findIndex((q) => Math.abs(q.y - p.y) < 0.5) === i).sort((a, b) => a.y - b.y);
    for (const p of unique) marks.push({ id: p.id, x: trunkX, y: p.y, shape: 'joint', width: 0, height: 0, color: lineColor });
    const at = (y: number): string => unique.find((p) => Math.abs(p.y - y) < 0.5)!.id;
    links.push({ from: n.id, to: at(n.y), color: lineColor, width: LINE_WIDTH });
    for (let i = 1; i < unique.length; i++) links.push({ from: unique[i - 1]!.id, to: unique[i]!.id, color: lineColor, width: LINE_WIDTH });
    for (const c of n.children) links.push({ from: at(c.y), to: c.id, color: c.node.color, width: LINE_WIDTH });
  }
  return { marks, links };
}
