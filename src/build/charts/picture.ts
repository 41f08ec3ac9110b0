/**
 * A deck's chart as a picture for another format (the PowerPoint export): the same drawing as the
 * deck's, laid out and checked for the size asked, as a standalone SVG and as a PNG drawn by resvg
 * with the deck's own font file (no system font is used, so every machine draws the same).
 */
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { CHARTS } from '../../charts/index.ts';
import type { DeckModel } from '../../slides/deck.ts';
import { SOURCE_FONT_DIR, SOURCE_FONTS } from '../fonts.ts';
import { deckChartContext, drawCheckedChart, finishedSvg } from './deck-charts.ts';

/** The family name inside the source font file, which resvg matches against. */
const SOURCE_FAMILY = 'Noto Sans SC';

/** A chart drawn for export. */
export interface ChartPicture {
  /** A standalone SVG (with its namespace), `width`×`height` in its viewBox. */
  readonly svg: string;
  /** The same drawing as PNG, `pixelRatio` times the size. */
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** How the picture is made. */
export interface ChartPictureOptions {
  /** The font family the SVG's text names (e.g. one the receiving machine has). Default: the deck's font. */
  readonly fontFamily?: string;
  /** PNG pixels per SVG unit. Default 2 (sharp on a projector). */
  readonly pixelRatio?: number;
}

/**
 * Chart `name` of `deck` laid out for a `width`×`height` box (px, as on the 16:9 stage); throws an
 * Error naming the chart when it cannot be drawn there or fails the layout check.
 */
export function renderChartPicture(
  deck: DeckModel,
  name: string,
  size: { readonly width: number; readonly height: number },
  options: ChartPictureOptions = {},
): ChartPicture {
  const definition = Object.hasOwn(CHARTS, name) ? CHARTS[name] : undefined;
  if (!definition) throw new Error(`unknown chart "${name}": use one of ${Object.keys(CHARTS).join(', ')}`);
  const chart = drawCheckedChart(definition, deckChartContext(deck), { ...size, stage: 'wide' });
  if (chart.problems.length > 0) {
    const [first] = chart.problems;
    throw new Error(
      `chart "${name}" does not read at ${size.width}×${size.height}: ${first!.label ?? ''} ${first!.problem}`.replace(/ {2}/g, ' '),
    );
  }
  const svg = finishedSvg(chart, options.fontFamily ? { fontFamily: options.fontFamily } : {});
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.pixelRatio ?? 2 },
    font: { loadSystemFonts: false, fontFiles: [join(SOURCE_FONT_DIR, SOURCE_FONTS[400])], defaultFontFamily: SOURCE_FAMILY },
    logLevel: 'error',
  })
    .render()
    .asPng();
  return { svg, png, ...size };
}
