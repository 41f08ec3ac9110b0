/**
 * The geometric check of a chart's SVG: every label legible, inside the chart's box, clear of every
 * other label, of every line (where a line is not hidden under a shape painted over it) and of every
 * mark it does not label. Pure: returns the problems in words that name the label.
 */
import { type Box, boxesOverlap, clipSegment, inflate, type Point, pointInPolygon } from './geometry.ts';
import type { SvgContent, SvgShape, SvgText } from './svg-read.ts';

/** What the check allows for rounding: a label may touch, but not cut into, what is next to it. */
const TOLERANCE = 0.5;
/** How many points along a line's crossing are tested for being hidden under a shape. */
const SAMPLES = 7;

/** One problem with a chart: the label it concerns (when there is one) and what is wrong. */
export interface ChartProblem {
  readonly label?: string;
  readonly problem: string;
}

/** A label as messages quote it. */
function quote(text: SvgText): string {
  return `"${text.text.length > 24 ? `${text.text.slice(0, 24)}…` : text.text}"`;
}

/** How far a box reaches past the viewBox, by side, in words; empty when it is inside. */
function overhang(box: Box, width: number, height: number): string {
  const sides = [
    ['left', -box.left],
    ['top', -box.top],
    ['right', box.right - width],
    ['bottom', box.bottom - height],
  ] as const;
  return sides
    .filter(([, by]) => by > TOLERANCE)
    .map(([side, by]) => `${side} edge by ${Math.round(by)} px`)
    .join(', ');
}

/** Whether `point` is under a filled shape painted after `order`. */
function hidden(point: Point, order: number, shapes: readonly SvgShape[]): boolean {
  return shapes.some((s) => s.filled && s.order > order && s.subpaths.some((p) => p.closed && pointInPolygon(point, p.points)));
}

/** Whether a stroked shape's line runs through `box` where it can be seen. */
function lineCrosses(shape: SvgShape, box: Box, shapes: readonly SvgShape[]): boolean {
  const reach = inflate(box, shape.halfStroke - TOLERANCE);
  for (const subpath of shape.subpaths) {
    const points = subpath.closed ? [...subpath.points, subpath.points[0]!] : subpath.points;
    for (let i = 1; i < points.length; i++) {
      const part = clipSegment(points[i - 1]!, points[i]!, reach);
      if (!part) continue;
      const [a, b] = part;
      const samples = Array.from({ length: SAMPLES }, (_, k) => ({
        x: a.x + ((b.x - a.x) * k) / (SAMPLES - 1),
        y: a.y + ((b.y - a.y) * k) / (SAMPLES - 1),
      }));
      if (!samples.every((p) => hidden(p, shape.order, shapes))) return true;
    }
  }
  return false;
}

/** Whether a filled shape covers part of `box`, and whether it holds the whole box. */
function fillAgainst(shape: SvgShape, box: Box): 'apart' | 'inside' | 'overlap' {
  if (!boxesOverlap(shape.bounds, box, TOLERANCE)) return 'apart';
  const polygons = shape.subpaths.filter((s) => s.closed).map((s) => s.points);
  const corners = [
    { x: box.left, y: box.top },
    { x: box.right, y: box.top },
    { x: box.right, y: box.bottom },
    { x: box.left, y: box.bottom },
  ];
  const inAny = (p: Point): boolean => polygons.some((polygon) => pointInPolygon(p, polygon));
  if (corners.every(inAny)) return 'inside';
  const inner = inflate(box, -TOLERANCE);
  const edgeEnters = polygons.some((polygon) =>
    polygon.some((p, i) => clipSegment(polygon[i === 0 ? polygon.length - 1 : i - 1]!, p, inner)),
  );
  return edgeEnters || corners.some(inAny) ? 'overlap' : 'apart';
}

/** Every problem of a chart's SVG, given the smallest font size its stage allows. */
export function checkChartSvg(content: SvgContent, minFontSize: number): ChartProblem[] {
  const problems: ChartProblem[] = [];
  const { width, height, shapes, texts } = content;
  for (const text of texts) {
    const label = quote(text);
    if (text.fontSize < minFontSize - 0.01) {
      problems.push({
        label,
        problem: `is set at ${Math.round(text.fontSize * 10) / 10} px, under the ${minFontSize} px this stage needs to be read`,
      });
    }
    const off = overhang(text.box, width, height);
    if (off) problems.push({ label, problem: `runs past the chart's ${off}` });
  }
  for (const [i, a] of texts.entries()) {
    for (const b of texts.slice(i + 1)) {
      if (boxesOverlap(a.box, b.box, TOLERANCE)) problems.push({ label: quote(a), problem: `overlaps the label ${quote(b)}` });
    }
  }
  for (const shape of shapes) {
    const off = overhang(inflate(shape.bounds, shape.halfStroke), width, height);
    if (off)
      problems.push({
        problem: `a mark or line around (${Math.round(shape.bounds.left)}, ${Math.round(shape.bounds.top)}) runs past the chart's ${off}`,
      });
    for (const text of texts) {
      if (shape.halfStroke > 0 && lineCrosses(shape, text.box, shapes)) {
        problems.push({ label: quote(text), problem: 'has a line running through it' });
        continue;
      }
      if (!shape.filled) continue;
      const fill = fillAgainst(shape, text.box);
      const own = text.mark !== undefined && text.mark === shape.mark;
      if (fill === 'overlap' || (fill === 'inside' && !own))
        problems.push({ label: quote(text), problem: 'lies on a mark it does not label' });
    }
  }
  return problems;
}
