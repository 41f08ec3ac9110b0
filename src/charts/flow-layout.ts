/**
 * A flow of boxes on a grid, with right-angled arrows between them: across (left to right) on the
 * 16:9 stage, down (top to bottom) on the phone. Boxes are as wide as the grid allows and as tall as
 * the tallest text; an arrow that would run through a box takes the gutter left of the flow. Pure.
 */
import type { Drawing, DrawnLine, DrawnLink, DrawnMark } from './drawing.ts';
import { fitText } from './text-fit.ts';
import type { ChartFrame, TextMeasure } from './types.ts';

/** A box's words: the step, and a note under it in smaller type. */
export interface FlowBox {
  readonly id: string;
  readonly title: string;
  readonly note?: string;
  readonly color: string;
  /** Its place on the grid (fractions allowed). */
  readonly column: number;
  readonly row: number;
}

/** How the flow is set: type sizes and colours of the two kinds of line, and the way arrows run. */
export interface FlowStyle {
  readonly titleSize: number;
  readonly noteSize: number;
  readonly titleColor: string;
  readonly noteColor: string;
  readonly lineColor: string;
  readonly direction: 'across' | 'down';
}

/** Gaps in px of the stage: between columns and rows (room for a bend and an arrowhead), the text's padding, the gutter. */
const COLUMN_GAP = 44;
/** The least room between two boxes of a column: enough for a bend and an arrowhead where arrows run down. */
const MIN_ROW_GAP = { across: 12, down: 28 } as const;
const PADDING = 6;
const GUTTER = 20;
const LINE_WIDTH = 3;
const LEADING = 1.25;

interface Placed {
  readonly box: FlowBox;
  readonly x: number;
  readonly y: number;
  readonly lines: DrawnLine[];
  readonly height: number;
  readonly full: string;
}

/** Lays the flow out in `frame`, or undefined when its boxes cannot fit. */
export function layoutFlow(
  boxes: readonly FlowBox[],
  edges: readonly { readonly from: string; readonly to: string }[],
  frame: ChartFrame,
  measure: TextMeasure,
  style: FlowStyle,
): Drawing | undefined {
  const columns = Math.max(...boxes.map((b) => b.column)) + 1;
  const rows = Math.max(...boxes.map((b) => b.row));
  const gutter = style.direction === 'down' ? GUTTER : 0;
  const width = (frame.width - gutter - (columns - 1) * COLUMN_GAP) / columns;
  const inner = width - 2 * PADDING;
  const placed = boxes.map((box) => {
    const line = (size: number, color: string) => (text: string) => ({
      text,
      fontSize: size,
      lineHeight: Math.round(size * LEADING),
      color,
    });
    const title = fitText(box.title, { width: inner, fontSize: style.titleSize, maxLines: 2, measure });
    const note = box.note ? fitText(box.note, { width: inner, fontSize: style.noteSize, maxLines: 2, measure }) : undefined;
    const lines = [
      ...title.lines.map(line(style.titleSize, style.titleColor)),
      ...(note?.lines ?? []).map(line(style.noteSize, style.noteColor)),
    ];
    const height = lines.reduce((sum, l) => sum + l.lineHeight, 0) + 2 * PADDING;
    return { box, lines, height, full: box.note ? `${box.title}（${box.note}）` : box.title };
  });
  const rowY = style.direction === 'down' ? stackedRows(placed, frame.height) : spreadRows(placed, frame.height, rows);
  const at: Placed[] = placed.map((p) => ({ ...p, x: gutter + width / 2 + p.box.column * (width + COLUMN_GAP), y: rowY(p.box.row) }));
  const minGap = MIN_ROW_GAP[style.direction];
  const crowded = at.some((p) =>
    at.some((q) => q !== p && q.box.column === p.box.column && q.y > p.y && q.y - p.y < (p.height + q.height) / 2 + minGap),
  );
  if (crowded) return undefined;
  const marks: DrawnMark[] = at.map((p) => ({
    id: p.box.id,
    x: p.x,
    y: p.y,
    shape: 'box',
    width,
    height: p.height,
    color: p.box.color,
    label: { lines: p.lines, dx: 0, dy: 0, align: 'center', verticalAlign: 'middle' },
    title: p.full,
  }));
  const links: DrawnLink[] = [];
  for (const edge of edges) {
    const from = at.find((p) => p.box.id === edge.from)!;
    const to = at.find((p) => p.box.id === edge.to)!;
    const points = route(from, to, { width, gutter }, style.direction, at);
    const ids = points.map((_, i) => `${edge.from}-${edge.to}-${i}`);
    for (const [i, point] of points.entries())
      marks.push({ id: ids[i]!, ...point, shape: 'joint', width: 0, height: 0, color: style.lineColor });
    for (let i = 1; i < ids.length; i++) {
      links.push({ from: ids[i - 1]!, to: ids[i]!, color: style.lineColor, width: LINE_WIDTH, arrow: i === ids.length - 1 });
    }
  }
  return { marks, links };
}

/** Rows at even steps down the frame (fractions in between): the centre of a row, for boxes of any height. */
function spreadRows(placed: readonly { readonly height: number }[], frameHeight: number, rows: number): (row: number) => number {
  const tallest = Math.max(...placed.map((p) => p.height));
  const pitch = rows > 0 ? (frameHeight - tallest) / rows : 0;
  return (row) => tallest / 2 + row * pitch;
}

/**
 * Rows stacked down the frame, each as tall as its tallest box, the spare height shared between them;
 * a jump of more than one row (from one lane to the next) takes half a gap more.
 */
function stackedRows(placed: readonly { readonly box: FlowBox; readonly height: number }[], frameHeight: number): (row: number) => number {
  const rows = [...new Set(placed.map((p) => p.box.row))].sort((a, b) => a - b);
  const heights = rows.map((row) => Math.max(...placed.filter((p) => p.box.row === row).map((p) => p.height)));
  const gaps = rows.map((row, i): number => (i === 0 ? 0 : row - rows[i - 1]! > 1 ? 1.5 : 1));
  const gap =
    (frameHeight - heights.reduce((a, b) => a + b, 0)) /
    Math.max(
      1,
      gaps.reduce((a, b) => a + b, 0),
    );
  const centres = new Map<number, number>();
  let top = 0;
  for (const [i, row] of rows.entries()) {
    top += gaps[i]! * gap;
    centres.set(row, top + heights[i]! / 2);
    top += heights[i]!;
  }
  return (row) => centres.get(row)!;
}

type Point = { readonly x: number; readonly y: number };
type Grid = { readonly width: number; readonly gutter: number };

/** The bends of an arrow from one box to another, starting and ending on their edges. */
function route(a: Placed, b: Placed, grid: Grid, direction: FlowStyle['direction'], all: readonly Placed[]): Point[] {
  const halfW = grid.width / 2;
  if (Math.abs(a.y - b.y) < 1) {
    const sign = Math.sign(b.x - a.x);
    return [
      { x: a.x + sign * halfW, y: a.y },
      { x: b.x - sign * halfW, y: b.y },
    ];
  }
  if (direction === 'across') {
    // The bend stands in the gap right after the source: arrows from one box fork there.
    const bendX = a.x + halfW + COLUMN_GAP / 2;
    return [
      { x: a.x + halfW, y: a.y },
      { x: bendX, y: a.y },
      { x: bendX, y: b.y },
      { x: b.x - halfW, y: b.y },
    ];
  }
  // The bend runs midway between the source's bottom and the target's top.
  const bendY = (a.y + a.height / 2 + b.y - b.height / 2) / 2;
  const down = [
    { x: a.x, y: a.y + a.height / 2 },
    { x: a.x, y: bendY },
    { x: b.x, y: bendY },
    { x: b.x, y: b.y - b.height / 2 },
  ];
  const crosses = all.some((p) => p !== a && p !== b && down.some((q, i) => i > 0 && segmentHitsBox(down[i - 1]!, q, p, halfW)));
  if (!crosses) return Math.abs(a.x - b.x) < 0.5 ? [down[0]!, down[3]!] : down;
  const gutterX = grid.gutter / 2;
  return [
    { x: a.x - halfW, y: a.y },
    { x: gutterX, y: a.y },
    { x: gutterX, y: b.y },
    { x: b.x - halfW, y: b.y },
  ];
}

/** Whether an axis-parallel segment runs into a box. */
function segmentHitsBox(p: Point, q: Point, box: Placed, halfW: number): boolean {
  const [x0, x1] = [Math.min(p.x, q.x), Math.max(p.x, q.x)];
  const [y0, y1] = [Math.min(p.y, q.y), Math.max(p.y, q.y)];
  return x1 >= box.x - halfW && x0 <= box.x + halfW && y1 >= box.y - box.height / 2 && y0 <= box.y + box.height / 2;
}
