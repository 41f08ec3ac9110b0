/** SVG path data flattened to polylines, and SVG transforms, for the chart check. Pure. */

import type { Point } from './geometry.ts';

/** A 2D affine matrix `[a, b, c, d, e, f]` as SVG writes it. */
export type Matrix = readonly [number, number, number, number, number, number];

/** The matrix that changes nothing. */
export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** Pieces each curve or arc is cut into. */
const CURVE_STEPS = 12;
const RE_PATH_TOKEN = /([MmLlHhVvCcSsQqTtAaZz])|(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)/g;
const RE_TRANSFORM = /(matrix|translate|scale|rotate)\(([^)]*)\)/g;

/** `m` then `n`: the matrix that applies `n` first. */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** A point through a matrix. */
export function apply(m: Matrix, p: Point): Point {
  return { x: m[0] * p.x + m[2] * p.y + m[4], y: m[1] * p.x + m[3] * p.y + m[5] };
}

/** The matrix of an SVG `transform` attribute (matrix, translate, scale, rotate in degrees). */
export function parseTransform(text: string | undefined): Matrix {
  let result: Matrix = IDENTITY;
  for (const [, kind, args] of (text ?? '').matchAll(RE_TRANSFORM)) {
    const n = args!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = n;
    const step: Matrix =
      kind === 'matrix'
        ? [a, b, c, d, e, f]
        : kind === 'translate'
          ? [1, 0, 0, 1, a, b]
          : kind === 'scale'
            ? [a, 0, 0, n.length > 1 ? b : a, 0, 0]
            : [
                Math.cos((a * Math.PI) / 180),
                Math.sin((a * Math.PI) / 180),
                -Math.sin((a * Math.PI) / 180),
                Math.cos((a * Math.PI) / 180),
                0,
                0,
              ];
    result = multiply(result, step);
  }
  return result;
}

/** How much a matrix scales lengths (the geometric mean of its axes' scales). */
export function scaleOf(m: Matrix): number {
  return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
}

/** Points along an SVG elliptical arc from `from`, endpoint parameters as in the path data (F.6.5 of the SVG spec). */
function arcPoints(from: Point, rx0: number, ry0: number, angle: number, large: boolean, sweep: boolean, to: Point): Point[] {
  if (rx0 === 0 || ry0 === 0) return [to];
  const phi = (angle * Math.PI) / 180;
  const [cos, sin] = [Math.cos(phi), Math.sin(phi)];
  const dx = (from.x - to.x) / 2;
  const dy = (from.y - to.y) / 2;
  const x1 = cos * dx + sin * dy;
  const y1 = -sin * dx + cos * dy;
  let [rx, ry] = [Math.abs(rx0), Math.abs(ry0)];
  const lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
  if (lambda > 1) [rx, ry] = [rx * Math.sqrt(lambda), ry * Math.sqrt(lambda)];
  const num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
  const root = Math.sqrt(Math.max(0, num / (rx * rx * y1 * y1 + ry * ry * x1 * x1))) * (large === sweep ? -1 : 1);
  const cx1 = (root * rx * y1) / ry;
  const cy1 = (-root * ry * x1) / rx;
  const cx = cos * cx1 - sin * cy1 + (from.x + to.x) / 2;
  const cy = sin * cx1 + cos * cy1 + (from.y + to.y) / 2;
  const angleOf = (ux: number, uy: number): number => Math.atan2(uy, ux);
  const start = angleOf((x1 - cx1) / rx, (y1 - cy1) / ry);
  let delta = angleOf((-x1 - cx1) / rx, (-y1 - cy1) / ry) - start;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  return Array.from({ length: CURVE_STEPS }, (_, i) => {
    const t = start + (delta * (i + 1)) / CURVE_STEPS;
    const [ex, ey] = [rx * Math.cos(t), ry * Math.sin(t)];
    return { x: cos * ex - sin * ey + cx, y: sin * ex + cos * ey + cy };
  });
}

/** Points along a cubic Bézier after `p0`. */
function cubicPoints(p0: Point, p1: Point, p2: Point, p3: Point): Point[] {
  return Array.from({ length: CURVE_STEPS }, (_, i) => {
    const t = (i + 1) / CURVE_STEPS;
    const u = 1 - t;
    return {
      x: u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
      y: u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y,
    };
  });
}

/** A path's subpaths as polylines (curves and arcs flattened), and whether each is closed. */
export function flattenPath(d: string): { readonly points: Point[]; readonly closed: boolean }[] {
  const tokens = [...d.matchAll(RE_PATH_TOKEN)].map((m) => m[1] ?? Number(m[2]));
  const subpaths: { points: Point[]; closed: boolean }[] = [];
  let current: Point = { x: 0, y: 0 };
  let start: Point = current;
  let command = '';
  let lastControl: Point | undefined;
  let i = 0;
  const num = (): number => {
    const value = tokens[i++];
    if (typeof value !== 'number') throw new Error(`path data "${d.slice(0, 40)}…" is cut short`);
    return value;
  };
  const open = (): { points: Point[]; closed: boolean } => {
    const last = subpaths.at(-1);
    if (last && !last.closed) return last;
    const fresh = { points: [current], closed: false };
    subpaths.push(fresh);
    return fresh;
  };
  while (i < tokens.length) {
    if (typeof tokens[i] === 'string') command = tokens[i++] as string;
    const relative = command === command.toLowerCase();
    const at = (x: number, y: number): Point => (relative ? { x: current.x + x, y: current.y + y } : { x, y });
    const upper = command.toUpperCase();
    if (upper === 'Z') {
      const path = subpaths.at(-1);
      if (path) path.closed = true;
      current = start;
      continue;
    }
    if (upper === 'M') {
      current = at(num(), num());
      start = current;
      subpaths.push({ points: [current], closed: false });
      command = relative ? 'l' : 'L';
      continue;
    }
    const path = open();
    let next: Point;
    if (upper === 'L') next = at(num(), num());
    else if (upper === 'H') next = { x: relative ? current.x + num() : num(), y: current.y };
    else if (upper === 'V') next = { x: current.x, y: relative ? current.y + num() : num() };
    else if (upper === 'C' || upper === 'S') {
      const c1 =
        upper === 'C' ? at(num(), num()) : lastControl ? { x: 2 * current.x - lastControl.x, y: 2 * current.y - lastControl.y } : current;
      const c2 = at(num(), num());
      next = at(num(), num());
      path.points.push(...cubicPoints(current, c1, c2, next));
      lastControl = c2;
      current = next;
      continue;
    } else if (upper === 'Q' || upper === 'T') {
      const c =
        upper === 'Q' ? at(num(), num()) : lastControl ? { x: 2 * current.x - lastControl.x, y: 2 * current.y - lastControl.y } : current;
      next = at(num(), num());
      const c1 = { x: current.x + (2 / 3) * (c.x - current.x), y: current.y + (2 / 3) * (c.y - current.y) };
      const c2 = { x: next.x + (2 / 3) * (c.x - next.x), y: next.y + (2 / 3) * (c.y - next.y) };
      path.points.push(...cubicPoints(current, c1, c2, next));
      lastControl = c;
      current = next;
      continue;
    } else if (upper === 'A') {
      const [rx, ry, angle, large, sweep] = [num(), num(), num(), num(), num()];
      next = at(num(), num());
      path.points.push(...arcPoints(current, rx, ry, angle, large !== 0, sweep !== 0, next));
      current = next;
      lastControl = undefined;
      continue;
    } else throw new Error(`path command "${command}" is not understood`);
    path.points.push(next);
    lastControl = undefined;
    current = next;
  }
  return subpaths;
}
