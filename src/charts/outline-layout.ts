/**
 * A tree laid out as an indented outline, one node per row: the form a tree takes in a narrow frame
 * (the phone), where a left-to-right tree would squeeze its labels. Each parent's line runs down left
 * of its children and turns right into each child's dot, so no line crosses a label. Pure: returns
 * undefined when the outline is taller than its frame at these sizes.
 */
import type { Drawing, DrawnLink, DrawnMark } from './drawing.ts';
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

/** How far each level stands right of its parent, in px of the stage. */
const INDENT = 30;
/** Gaps between rows tried, as a share of the leaf type size, most generous first; a group ends with twice the gap. */
const ROW_GAPS = [0.8, 0.6, 0.45, 0.32, 0.22, 0.14];

/** Lays `root` out as an outline in `options.frame`, or undefined when it cannot fit. */
export function layoutOutline(root: ChartTree, options: TreeLayoutOptions): Drawing | undefined {
  const { frame, measure, type } = options;
  const nodes = placeTree(root);
  const deepest = Math.max(...nodes.map((n) => n.depth));
  for (const n of nodes) {
    n.x = MARGIN + DOT / 2 + n.depth * INDENT;
    const width = frame.width - MARGIN - (n.x + DOT / 2 + LABEL_GAP);
    const [size, lines] =
      n.depth === 0
        ? [type.root, options.rootLines]
        : n.depth === deepest
          ? [type.leaf, options.leafLines]
          : [type.inner, options.innerLines];
    fitNode(n, size, width, lines, measure);
  }
  const lineHeight = (n: PlacedNode): number => Math.round(n.fontSize * type.leading);
  for (const gapShare of ROW_GAPS) {
    const rowGap = Math.round(type.leaf * gapShare);
    let bottom = MARGIN;
    for (const [i, n] of nodes.entries()) {
      const closesGroup = i > 0 && n.depth < nodes[i - 1]!.depth;
      const top = i === 0 ? MARGIN : bottom + rowGap * (closesGroup ? 2 : 1);
      // The dot stands at the middle of the label's first line.
      n.y = top + lineHeight(n) / 2;
      bottom = top + Math.max(nodeLabelHeight(n, type), DOT);
    }
    if (bottom <= frame.height - MARGIN) return drawOutline(nodes, type);
  }
  return undefined;
}

/** The dots, labels and links of a placed outline. */
function drawOutline(nodes: readonly PlacedNode[], type: TreeType): Drawing {
  const marks: DrawnMark[] = [];
  const links: DrawnLink[] = [];
  for (const n of nodes) {
    const lines = nodeLines(n, type, n.depth === 0 ? COLORS.ink : n.node.color);
    marks.push(nodeMark(n, DOT, { lines, dx: DOT / 2 + LABEL_GAP, dy: -lines[0]!.lineHeight / 2, align: 'left', verticalAlign: 'top' }));
    const lineColor = n.node.lineColor ?? n.node.color;
    let previous = n.id;
    for (const child of n.children) {
      const turn = `${child.id}-turn`;
      marks.push({ id: turn, x: n.x, y: child.y, shape: 'joint', width: 0, height: 0, color: lineColor });
      links.push({ from: previous, to: turn, color: lineColor, width: LINE_WIDTH });
      links.push({ from: turn, to: child.id, color: child.node.color, width: LINE_WIDTH });
      previous = turn;
    }
  }
  return { marks, links };
}
