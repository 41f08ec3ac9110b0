/** What the tree charts draw, before layout: nodes with their words, colour and hover text. Pure. */
import type { DrawnLabel, DrawnLine, DrawnMark } from './drawing.ts';
import { type FittedText, fitText } from './text-fit.ts';
import type { ChartFrame, TextMeasure } from './types.ts';

/** A node of a tree chart. */
export interface ChartTree {
  /** The words the node shows (wrapped or shortened to fit). */
  readonly text: string;
  /** More than the label says, shown on hover (the full statement of a measure…). */
  readonly title?: string;
  readonly color: string;
  /** The colour of the lines from this node to its children. Default: `color`. */
  readonly lineColor?: string;
  /** The slide a click on the node opens. */
  readonly slideId?: string;
  readonly children: readonly ChartTree[];
}

/** Type sizes of a tree chart, in px of its stage. */
export interface TreeType {
  readonly root: number;
  readonly inner: number;
  readonly leaf: number;
  /** Line height as a multiple of the type size. */
  readonly leading: number;
}

/** Sizes both tree layouts share, in px of the stage: the dots, the lines, a dot's gap to its label, the frame's margin. */
export const DOT = 14;
export const LINE_WIDTH = 2;
export const LABEL_GAP = 10;
export const MARGIN = 8;

/** How a tree is to be set, left to right or as an outline. */
export interface TreeLayoutOptions {
  readonly frame: ChartFrame;
  readonly measure: TextMeasure;
  readonly type: TreeType;
  /** The most lines a label of the deepest level, of another level, and of the root may take. */
  readonly leafLines: number;
  readonly innerLines: number;
  readonly rootLines: number;
}

/** A node placed in the tree, with its depth and its fitted label. */
export interface PlacedNode {
  readonly node: ChartTree;
  readonly id: string;
  readonly depth: number;
  readonly parent: PlacedNode | undefined;
  readonly children: PlacedNode[];
  fitted: FittedText;
  fontSize: number;
  x: number;
  y: number;
}

/** Every node of `root` in depth-first order, with ids `n0`, `n1`… and no layout yet. */
export function placeTree(root: ChartTree): PlacedNode[] {
  const all: PlacedNode[] = [];
  const visit = (node: ChartTree, depth: number, parent: PlacedNode | undefined): PlacedNode => {
    const placed: PlacedNode = {
      node,
      id: `n${all.length}`,
      depth,
      parent,
      children: [],
      fitted: { lines: [node.text], shortened: false },
      fontSize: 0,
      x: 0,
      y: 0,
    };
    all.push(placed);
    for (const child of node.children) placed.children.push(visit(child, depth + 1, placed));
    return placed;
  };
  visit(root, 0, undefined);
  return all;
}

/** Fits a node's words into `width` at `fontSize`, on at most `maxLines` lines. */
export function fitNode(placed: PlacedNode, fontSize: number, width: number, maxLines: number, measure: TextMeasure): void {
  placed.fontSize = fontSize;
  placed.fitted = fitText(placed.node.text, { width, fontSize, maxLines, measure });
}

/** The height of a node's label block. */
export function nodeLabelHeight(placed: PlacedNode, type: TreeType): number {
  return placed.fitted.lines.length * Math.round(placed.fontSize * type.leading);
}

/** A node's label lines in its colour (the root in ink). */
export function nodeLines(placed: PlacedNode, type: TreeType, color: string): DrawnLine[] {
  const lineHeight = Math.round(placed.fontSize * type.leading);
  return placed.fitted.lines.map((text) => ({ text, fontSize: placed.fontSize, lineHeight, color }));
}

/** The hover text of a node: its own title, else its full words when the label shortened them. */
export function nodeTitle(placed: PlacedNode): string | undefined {
  return placed.node.title ?? (placed.fitted.shortened ? placed.node.text : undefined);
}

/** A node's dot with its label. */
export function nodeMark(placed: PlacedNode, dot: number, label: DrawnLabel): DrawnMark {
  const title = nodeTitle(placed);
  return {
    id: placed.id,
    x: placed.x,
    y: placed.y,
    shape: 'dot',
    width: dot,
    height: dot,
    color: placed.node.color,
    label,
    ...(title ? { title } : {}),
    ...(placed.node.slideId ? { slideId: placed.node.slideId } : {}),
  };
}

/** The tree cut below `depth`: deeper nodes are dropped (a form for when the full tree cannot fit). */
export function pruneTree(root: ChartTree, depth: number, relabel: (node: ChartTree) => ChartTree = (n) => n): ChartTree {
  if (depth <= 0) return { ...relabel(root), children: [] };
  return { ...root, children: root.children.map((child) => pruneTree(child, depth - 1, relabel)) };
}

/** The depth of the deepest node. */
export function treeDepth(root: ChartTree): number {
  return root.children.length === 0 ? 0 : 1 + Math.max(...root.children.map(treeDepth));
}

/** The tree with every node changed by `change` (children are changed first). */
export function mapTree(root: ChartTree, change: (node: ChartTree) => ChartTree): ChartTree {
  return change({ ...root, children: root.children.map((child) => mapTree(child, change)) });
}
