/**
 * Reading a chart's SVG (as ECharts' SSR writes it: flat, one element per shape or line of text)
 * into what the check compares: the viewBox, the painted shapes as polylines, and each text's box,
 * measured in the deck's font. Pure: the text measure is passed in.
 */
import type { TextMeasure } from '../../charts/types.ts';
import { type Box, boundsOf, type Point } from './geometry.ts';
import { apply, flattenPath, type Matrix, parseTransform, scaleOf } from './svg-path.ts';

/** A painted shape: its polylines in viewBox units, what is painted, and the data item it draws. */
export interface SvgShape {
  /** Its place in the document: later shapes are painted over earlier ones. */
  readonly order: number;
  readonly subpaths: readonly { readonly points: readonly Point[]; readonly closed: boolean }[];
  readonly filled: boolean;
  /** Half the stroke's width, or 0 when the shape has no visible stroke. */
  readonly halfStroke: number;
  readonly bounds: Box;
  readonly mark?: string;
}

/** A line of text: its words, size and box in viewBox units, and the data item it labels. */
export interface SvgText {
  readonly order: number;
  readonly text: string;
  readonly fontSize: number;
  readonly box: Box;
  readonly mark?: string;
}

/** Everything the check needs from one SVG. */
export interface SvgContent {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly SvgShape[];
  readonly texts: readonly SvgText[];
}

/** How the font sits on a line: its ascent and descent in em. */
export interface FontExtent {
  readonly ascent: number;
  readonly descent: number;
}

const RE_ELEMENT = /<(\/?)([a-zA-Z]+)\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
const RE_ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;
const RE_FONT_SIZE = /font-size:\s*([\d.]+)px/;
const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };
/** Elements that paint nothing themselves or hold no geometry the check reads. */
const IGNORED = new Set(['svg', 'defs', 'style', 'title', 'desc', 'g']);
/** The attribute that names the data item an element draws (written by render-svg.ts). */
export const MARK_ATTRIBUTE = 'ecmeta_mark';

/** An element's attributes by name. */
export function attributesOf(source: string): Record<string, string> {
  return Object.fromEntries([...source.matchAll(RE_ATTRIBUTE)].map((m) => [m[1]!, m[2]!]));
}

/** Text content with its entities decoded. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|apos);/g, (e) => ENTITIES[e]!);
}

/** Whether a paint attribute paints: set, not `none`, not fully transparent. */
function paints(value: string | undefined, opacity: string | undefined): boolean {
  return value !== undefined && value !== 'none' && value !== 'transparent' && Number(opacity ?? 1) > 0;
}

/** The shape of a `<path>` or `<rect>`, or undefined when it paints nothing. */
function readShape(name: string, attrs: Record<string, string>, order: number, matrix: Matrix): SvgShape | undefined {
  const filled = paints(attrs.fill ?? (name === 'path' || name === 'rect' ? 'black' : undefined), attrs['fill-opacity'] ?? attrs.opacity);
  const stroked = paints(attrs.stroke, attrs['stroke-opacity'] ?? attrs.opacity) && Number(attrs['stroke-width'] ?? 1) > 0;
  if (!filled && !stroked) return undefined;
  let local: { points: Point[]; closed: boolean }[];
  if (name === 'rect') {
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((key) => Number(attrs[key] ?? 0)) as [number, number, number, number];
    local = [
      {
        points: [
          { x, y },
          { x: x + w, y },
          { x: x + w, y: y + h },
          { x, y: y + h },
        ],
        closed: true,
      },
    ];
  } else local = flattenPath(attrs.d ?? '');
  const subpaths = local.map((s) => ({ points: s.points.map((p) => apply(matrix, p)), closed: s.closed }));
  const all = subpaths.flatMap((s) => s.points);
  if (all.length === 0) return undefined;
  const halfStroke = stroked ? (Number(attrs['stroke-width'] ?? 1) * scaleOf(matrix)) / 2 : 0;
  return { order, subpaths, filled, halfStroke, bounds: boundsOf(all), ...(attrs[MARK_ATTRIBUTE] ? { mark: attrs[MARK_ATTRIBUTE] } : {}) };
}

/** The box of one line of text: its advance in the deck's font, placed by its anchor and baseline. */
function readText(attrs: Record<string, string>, content: string, order: number, matrix: Matrix, measure: TextMeasure, font: FontExtent) {
  const size = Number(RE_FONT_SIZE.exec(attrs.style ?? '')?.[1] ?? attrs['font-size'] ?? 12);
  const width = measure(content, size);
  const x = Number(attrs.x ?? 0);
  const y = Number(attrs.y ?? 0);
  const anchor = attrs['text-anchor'] ?? 'start';
  const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  const baseline = attrs['dominant-baseline'] ?? 'alphabetic';
  // The em box around the glyphs: centred on y for `central`, hanging from it, or ascent above an alphabetic baseline.
  const top = baseline === 'central' || baseline === 'middle' ? y - size / 2 : baseline === 'hanging' ? y : y - font.ascent * size;
  const bottom =
    baseline === 'central' || baseline === 'middle' ? y + size / 2 : baseline === 'hanging' ? y + size : y + font.descent * size;
  const corners = [
    { x: left, y: top },
    { x: left + width, y: top },
    { x: left, y: bottom },
    { x: left + width, y: bottom },
  ].map((p) => apply(matrix, p));
  return {
    order,
    text: content,
    fontSize: size * scaleOf(matrix),
    box: boundsOf(corners),
    ...(attrs[MARK_ATTRIBUTE] ? { mark: attrs[MARK_ATTRIBUTE] } : {}),
  };
}

/** Reads a chart's SVG; throws on what it cannot read (nested transforms, unknown elements), naming it. */
export function readSvg(svg: string, measure: TextMeasure, font: FontExtent): SvgContent {
  const shapes: SvgShape[] = [];
  const texts: SvgText[] = [];
  let size: { width: number; height: number } | undefined;
  let order = 0;
  for (const match of svg.matchAll(RE_ELEMENT)) {
    const [, closing, name, rawAttributes, selfClosing] = match;
    if (closing) continue;
    const attrs = attributesOf(rawAttributes ?? '');
    if (name === 'svg') {
      const [, , width, height] = (attrs.viewBox ?? `0 0 ${attrs.width} ${attrs.height}`).split(/[\s,]+/).map(Number);
      size = { width: width ?? 0, height: height ?? 0 };
      continue;
    }
    if (IGNORED.has(name!)) {
      if (name === 'g' && attrs.transform) throw new Error('the SVG has a transformed group: the check reads flat SVG only');
      continue;
    }
    const matrix = parseTransform(attrs.transform);
    order++;
    if (name === 'text') {
      const end = svg.indexOf('</text>', match.index);
      const inner = selfClosing ? '' : svg.slice(match.index + match[0].length, end).replace(/<title>[\s\S]*?<\/title>/, '');
      if (/<[a-z]/i.test(inner)) throw new Error(`text "${inner.slice(0, 20)}" has nested elements: the check reads one line per <text>`);
      if (inner.trim()) texts.push(readText(attrs, decodeEntities(inner), order, matrix, measure, font));
      continue;
    }
    if (name !== 'path' && name !== 'rect') throw new Error(`the SVG has a <${name}> element, which the check does not read`);
    const shape = readShape(name, attrs, order, matrix);
    if (shape) shapes.push(shape);
  }
  if (!size) throw new Error('the SVG has no <svg> element with a viewBox');
  return { ...size, shapes, texts };
}
