/**
 * A checked chart SVG made ready for the page: hover titles from the chart's data, the slide a mark
 * opens, and what the page does not need dropped (ECharts' SSR marks, hover style sheet and class
 * names, invisible hit areas, collapsed corner marks). Pure.
 */
import { escapeHtml } from '../../slides/html.ts';
import { compactChartSvg } from './svg-compact.ts';
import { attributesOf, MARK_ATTRIBUTE } from './svg-read.ts';

/** What the data says about an item: its hover text and the slide a click on it opens. */
export interface ItemFacts {
  readonly title?: string;
  readonly slideId?: string;
}

/** How the SVG is to be used: inline in the page, or as a file of its own. */
export interface FinishOptions {
  readonly facts: (mark: string) => ItemFacts;
  /** Inline in HTML: no namespaces, hidden from assistive technology (the chart's box carries its name and text), made small. */
  readonly inline?: boolean;
  /** Hover titles (default true; a phone has no pointer to hover with). */
  readonly titles?: boolean;
  /** The font family its text names (default: the deck's font, as the chart was drawn). */
  readonly fontFamily?: string;
}

const RE_STYLE_SHEET = /<style\b[\s\S]*?<\/style>\s*/g;
const RE_CLASS = / class="zr\d+-cls-\d+"/g;
const RE_SHAPE = /<(path|rect|text)\b([^>]*)>/g;
const RE_META = / ecmeta_[a-z_]+="[^"]*"/g;
const RE_ROOT = /<svg\b[^>]*>/;
const RE_FONT_FAMILY = /font-family:[^;"]*;/g;

/** The data item an element draws, as its SSR mark names it (`0:node:5`). */
export function itemOfOption(option: Readonly<Record<string, unknown>>, mark: string): ItemFacts {
  const [series, kind, index] = mark.split(':');
  if (kind !== 'node') return {};
  const list = option.series;
  const entry = (Array.isArray(list) ? list : [list])[Number(series)] as { data?: unknown[] } | undefined;
  const item = entry?.data?.[Number(index)];
  if (typeof item !== 'object' || item === null) return {};
  const { tooltip, slideId } = item as { tooltip?: { formatter?: unknown }; slideId?: unknown };
  return {
    ...(typeof tooltip?.formatter === 'string' ? { title: tooltip.formatter } : {}),
    ...(typeof slideId === 'string' ? { slideId } : {}),
  };
}

/** Whether an element paints nothing: a hit area or background without fill or stroke, or a mark scaled to nothing. */
function paintsNothing(attrs: Record<string, string>): boolean {
  const collapsed = attrs.transform?.startsWith('matrix(0,0,0,0,') ?? false;
  return collapsed || (attrs.fill === 'none' && (attrs.stroke === undefined || attrs.stroke === 'none'));
}

/** The finished SVG. */
export function finishChartSvg(svg: string, options: FinishOptions): string {
  let out = svg.replace(RE_STYLE_SHEET, '').replace(RE_CLASS, '').replace(/>\s+</g, '><').trim();
  out = out.replace(/<(path|rect)\b([^>]*)><\/\1>\s*/g, (element, _name: string, rawAttributes: string) =>
    paintsNothing(attributesOf(rawAttributes)) ? '' : element,
  );
  out = out.replace(RE_SHAPE, (_tag, name: string, rawAttributes: string) => {
    const attrs = attributesOf(rawAttributes);
    const mark = attrs[MARK_ATTRIBUTE];
    const rest = rawAttributes.replace(RE_META, '').replace(/ pointer-events="visible"/, '');
    if (!mark) return `<${name}${rest}>`;
    const facts = options.facts(mark);
    // The slide a click opens, as a data attribute (ECharts' own `ecmeta_*` marks are not valid HTML).
    const click = facts.slideId ? ` data-slide="${escapeHtml(facts.slideId)}"` : '';
    const title = facts.title && options.titles !== false ? `<title>${escapeHtml(facts.title)}</title>` : '';
    return `<${name}${rest}${click}>${title}`;
  });
  if (options.fontFamily) out = out.replace(RE_FONT_FAMILY, `font-family:${options.fontFamily};`);
  if (options.inline) {
    const viewBox = /viewBox="([^"]*)"/.exec(out)?.[1] ?? '';
    const [, , width, height] = viewBox.split(' ');
    out = compactChartSvg(out.replace(RE_ROOT, `<svg viewBox="${viewBox}" width="${width}" height="${height}" aria-hidden="true">`));
  }
  return out;
}
