/**
 * A chart as a picture for PowerPoint: SVG drawn by ECharts' server-side renderer, and a PNG of it
 * (for clients without SVG support) drawn by resvg in the deck's font. The one place that turns an
 * option into SVG here: when the build draws every chart as SVG, call that instead.
 */
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { BarChart, GraphChart, TreeChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { init, setPlatformAPI, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { SOURCE_FONT_DIR, SOURCE_FONTS } from '../../../src/build/fonts.ts';
import { FONT_FAMILY } from '../../../src/contract/index.ts';
import type { CharWidth } from './text-layout.ts';

// The options name a tooltip (for the browser): registered so ECharts does not warn; SSR draws none.
use([BarChart, GraphChart, TreeChart, AriaComponent, GridComponent, TooltipComponent, SVGRenderer]);

/** A chart drawn for a slide. */
export interface ChartPicture {
  readonly svg: string;
  readonly png: Uint8Array;
}

/** The family name inside the deck's font files, which resvg matches against. */
const SOURCE_FAMILY = 'Noto Sans SC';
/** The PNG is drawn at twice the stage size: sharp on a projector, a few hundred kB per chart. */
const PNG_SCALE = 2;
/** The size in a CSS font shorthand (`28px "Deck Sans SC"`). */
const RE_FONT_SIZE = /(\d+(?:\.\d+)?)px/;
const DEFAULT_FONT_PX = 12;

/** Every `fontFamily` of the option that names the deck's font, set to `family` instead. Pure. */
export function withFontFamily(value: unknown, family: string): unknown {
  if (Array.isArray(value)) return value.map((item) => withFontFamily(item, family));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === 'fontFamily' && inner === FONT_FAMILY ? family : withFontFamily(inner, family),
    ]),
  );
}

/** Makes ECharts measure label widths with the deck's font, as the browser does. */
export function measureWithFont(charWidth: CharWidth): void {
  setPlatformAPI({
    measureText: (text: string, font?: string) => {
      const px = Number(RE_FONT_SIZE.exec(font ?? '')?.[1] ?? DEFAULT_FONT_PX);
      const bold = /\bbold\b|\b[6-9]00\b/.test(font ?? '');
      return { width: [...text].reduce((sum, char) => sum + charWidth(char, bold) * px, 0) };
    },
  });
}

/** Draws the option as SVG at the stage size of its box. */
export function renderChartSvg(option: Readonly<Record<string, unknown>>, width: number, height: number, fontFamily: string): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: Math.round(width), height: Math.round(height) });
  try {
    chart.setOption({ ...(withFontFamily(option, fontFamily) as Record<string, unknown>), animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The SVG as PNG, in the deck's font (no system font is used). */
export function renderSvgPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: [join(SOURCE_FONT_DIR, SOURCE_FONTS[400])], defaultFontFamily: SOURCE_FAMILY },
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    logLevel: 'error',
  });
  return resvg.render().asPng();
}

/** The chart as SVG and PNG. `fontFamily` is what the SVG names (the receiver's fonts first, the deck's last). */
export function renderChartPicture(
  option: Readonly<Record<string, unknown>>,
  width: number,
  height: number,
  fontFamily: string,
): ChartPicture {
  const svg = renderChartSvg(option, width, height, fontFamily);
  return { svg, png: renderSvgPng(svg) };
}
