/**
 * A chart laid out by our own code, in px of its frame: marks (dots, boxes, joints), their labels
 * and the links between them, turned into an ECharts graph series that draws exactly that. Pure.
 */
import type { GraphSeriesOption } from 'echarts/charts';
import type { ChartFrame } from './types.ts';

/** One line of a label, with its own type size and colour. */
export interface DrawnLine {
  readonly text: string;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly color: string;
}

/** A label: its lines, and where it stands relative to its mark's centre. */
export interface DrawnLabel {
  readonly lines: readonly DrawnLine[];
  /** The anchor point, from the mark's centre. */
  readonly dx: number;
  readonly dy: number;
  /** Which side of the text block is at the anchor. */
  readonly align: 'left' | 'center' | 'right';
  readonly verticalAlign: 'top' | 'middle' | 'bottom';
}

/** A dot, a box, or an invisible joint that a link bends at. */
export interface DrawnMark {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly shape: 'dot' | 'box' | 'joint';
  readonly width: number;
  readonly height: number;
  readonly color: string;
  readonly label?: DrawnLabel;
  /** The hover text: the mark's full words where the label shows fewer, or more about it. */
  readonly title?: string;
  /** The slide a click on the mark opens. */
  readonly slideId?: string;
}

/** A straight link between two marks (a bend goes through a joint). */
export interface DrawnLink {
  readonly from: string;
  readonly to: string;
  readonly color: string;
  readonly width: number;
  /** An arrowhead at `to`. */
  readonly arrow?: boolean;
}

/** Everything a laid-out chart draws. */
export interface Drawing {
  readonly marks: readonly DrawnMark[];
  readonly links: readonly DrawnLink[];
}

/** The size of the arrowheads of links that have one. */
const ARROW_SIZE = 14;
/** The two invisible corners that pin the graph's coordinates to the frame's pixels. */
const CORNER_IDS = ['frame-top-left', 'frame-bottom-right'] as const;

/** The height of a label's block of lines. */
export function labelHeight(label: Pick<DrawnLabel, 'lines'>): number {
  return label.lines.reduce((sum, line) => sum + line.lineHeight, 0);
}

/** Label text as ECharts shows it: braces and bars would be read as its template syntax (`{b}`, `{style|text}`). */
export function echartsLiteral(text: string): string {
  return text.replace(/[{}|]/g, (c) => ({ '{': '｛', '}': '｝', '|': '｜' })[c]!);
}

/** A label as an ECharts label option: plain when all lines share a style, else rich text with one style per kind of line. */
function labelOption(label: DrawnLabel, mark: DrawnMark) {
  const styleKey = (l: DrawnLine): string => `${l.fontSize}/${l.lineHeight}/${l.color}`;
  const kinds = [...new Set(label.lines.map(styleKey))];
  const first = label.lines[0]!;
  const base = {
    show: true,
    // ECharts places a label relative to the top left of its mark's box.
    position: [label.dx + mark.width / 2, label.dy + mark.height / 2],
    align: label.align,
    verticalAlign: label.verticalAlign,
    textBorderWidth: 0,
  };
  if (kinds.length === 1) {
    return {
      ...base,
      formatter: label.lines.map((l) => echartsLiteral(l.text)).join('\n'),
      fontSize: first.fontSize,
      lineHeight: first.lineHeight,
      color: first.color,
    };
  }
  const rich = Object.fromEntries(
    kinds.map((key, i) => {
      const line = label.lines.find((l) => styleKey(l) === key)!;
      return [`s${i}`, { fontSize: line.fontSize, lineHeight: line.lineHeight, color: line.color, align: label.align }];
    }),
  );
  return {
    ...base,
    formatter: label.lines.map((l) => `{s${kinds.indexOf(styleKey(l))}|${echartsLiteral(l.text)}}`).join('\n'),
    rich,
  };
}

/** The graph series that draws `drawing` in `frame`, pixel for pixel. */
export function drawingSeries(drawing: Drawing, frame: ChartFrame): GraphSeriesOption {
  const corners = [
    { id: CORNER_IDS[0], x: 0, y: 0 },
    { id: CORNER_IDS[1], x: frame.width, y: frame.height },
  ].map((corner) => ({ ...corner, symbol: 'none', symbolSize: 0, silent: true }));
  const data = drawing.marks.map((mark) => ({
    id: mark.id,
    name: mark.title ?? mark.label?.lines.map((l) => l.text).join('') ?? mark.id,
    x: mark.x,
    y: mark.y,
    symbol: mark.shape === 'joint' ? 'none' : mark.shape === 'box' ? 'rect' : 'circle',
    symbolSize: [mark.width, mark.height],
    itemStyle: { color: mark.color },
    ...(mark.shape === 'joint' ? { silent: true } : {}),
    ...(mark.label ? { label: labelOption(mark.label, mark) } : {}),
    ...(mark.title ? { tooltip: { formatter: mark.title } } : {}),
    ...(mark.slideId ? { slideId: mark.slideId, cursor: 'pointer' } : {}),
  }));
  return {
    type: 'graph',
    layout: 'none',
    left: 0,
    top: 0,
    width: frame.width,
    height: frame.height,
    roam: false,
    label: { show: false },
    lineStyle: { opacity: 1, curveness: 0 },
    emphasis: { disabled: true },
    data: [...corners, ...data],
    edges: drawing.links.map((link) => ({
      source: link.from,
      target: link.to,
      lineStyle: { color: link.color, width: link.width },
      symbol: ['none', link.arrow ? 'arrow' : 'none'],
      symbolSize: [0, link.arrow ? ARROW_SIZE : 0],
    })),
  } as GraphSeriesOption;
}
