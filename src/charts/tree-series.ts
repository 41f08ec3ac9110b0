/** The tree series both tree charts draw: left to right, elbow branches, labels placed where no branch crosses them. */
import type { TreeNodeOption } from './option.ts';
import { COLORS, FONT_SIZES } from './theme.ts';

/** Where the tree sits in its box, and how wide and large its leaves' labels are. */
export interface TreeLayout {
  readonly left: number;
  readonly right: number;
  /** Margin above and below the tree. */
  readonly vertical: number;
  readonly leafLabelWidth: number;
  readonly leafFontSize: number;
}

/** A left-to-right tree series of `root`. */
export function elbowTreeSeries(root: TreeNodeOption, layout: TreeLayout) {
  return {
    type: 'tree' as const,
    data: [root],
    orient: 'LR' as const,
    layout: 'orthogonal' as const,
    left: layout.left,
    right: layout.right,
    top: layout.vertical,
    bottom: layout.vertical,
    symbol: 'circle',
    symbolSize: 16,
    roam: false,
    expandAndCollapse: false,
    initialTreeDepth: -1,
    // Elbow branches forking near the parent: each child is reached by a level line, and inner
    // nodes' labels sit above that line, where no branch crosses them.
    edgeShape: 'polyline' as const,
    edgeForkPosition: '12%',
    lineStyle: { color: COLORS.muted, width: 2 },
    label: {
      position: 'left' as const,
      verticalAlign: 'bottom' as const,
      align: 'right' as const,
      distance: 8,
      fontSize: FONT_SIZES.label,
      color: COLORS.ink,
    },
    leaves: {
      label: {
        position: 'right' as const,
        align: 'left' as const,
        verticalAlign: 'middle' as const,
        width: layout.leafLabelWidth,
        overflow: 'truncate' as const,
        ellipsis: '…',
        fontSize: layout.leafFontSize,
      },
    },
    emphasis: { focus: 'ancestor' as const },
  };
}
