/**
 * The rows of the priorities bar chart in a frame: how tall each row is, how thick its bar, and each
 * title wrapped or shortened to the room it has — left of the bars on the 16:9 stage, above them on
 * the phone. Pure: the text measure is passed in.
 */
import { minChartFontSize } from '../contract/index.ts';
import { type FittedText, fitText, widestLine } from './text-fit.ts';
import { COLORS } from './theme.ts';
import type { ChartFrame, TextMeasure } from './types.ts';

/** One row's words: the title, the value, and the label of the value. */
export interface RowText {
  readonly title: string;
  readonly value: number;
  readonly label: string;
}

/** The geometry of the rows and the fitted titles, as ECharts options. */
export interface PriorityRows {
  readonly grid: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly axisMax: number;
  readonly barWidth: number;
  readonly barGap: string;
  readonly categoryGap: string;
  /** The thickness of the empty bars that carry the titles. */
  readonly titleWidth: number;
  readonly titleLabel: Readonly<Record<string, unknown>>;
  readonly titles: readonly FittedText[];
  /** Whether the bars stand on a drawn axis line (on the phone the titles start where it would run). */
  readonly axisLine: boolean;
  /** The titles' series comes first, so that ECharts puts each title's slot before (above) its bar. */
  readonly titlesFirst: boolean;
  readonly valueSize: number;
  readonly valueGap: number;
}

/** Sizes in px of each stage. */
const WIDE = { title: 26, value: 24, leading: 1.25, titleShare: 0.34, barShare: 0.62, maxBar: 72, labelGap: 20 } as const;
const PHONE = {
  title: minChartFontSize('phone') + 1,
  value: minChartFontSize('phone') + 1,
  leading: 1.25,
  minBar: 14,
  maxBar: 40,
} as const;
const MARGIN = 8;
const VALUE_GAP = 14;

/** The rows for `items` in `frame`; throws when the rows cannot be legible there. */
export function priorityRows(items: readonly RowText[], frame: ChartFrame, measure: TextMeasure): PriorityRows {
  const valueSize = frame.stage === 'phone' ? PHONE.value : WIDE.value;
  const valueWidth = Math.max(...items.map((item) => measure(item.label, valueSize)));
  const axisMax = Math.max(...items.map((item) => item.value));
  const room = (frame.height - 2 * MARGIN) / items.length;
  const common = { axisMax, valueSize, valueGap: VALUE_GAP };
  // Few bars do not spread over a tall frame: rows at most `pitch` apart, the block centred (on the phone, under the text).
  const vertical = (pitch: number) => {
    const spare = frame.height - 2 * MARGIN - pitch * items.length;
    const top = MARGIN + (frame.stage === 'phone' ? 0 : spare / 2);
    return { top, bottom: frame.height - top - pitch * items.length };
  };
  const tooMany = (): Error =>
    new Error(`${items.length} bars cannot be legible in a ${frame.width}×${frame.height} box: give the chart a slide of its own`);

  if (frame.stage === 'wide') {
    const lineHeight = Math.round(WIDE.title * WIDE.leading);
    const pitch = Math.min(room, WIDE.maxBar / WIDE.barShare);
    const maxLines = Math.min(3, Math.floor((pitch - 4) / lineHeight));
    if (maxLines < 1) throw tooMany();
    const cap = Math.min(Math.max(...items.map((item) => measure(item.title, WIDE.title))), frame.width * WIDE.titleShare);
    const titles = items.map((item) => fitText(item.title, { width: cap, fontSize: WIDE.title, maxLines, measure }));
    const titlesWidth = Math.max(...titles.map((t) => widestLine(t.lines, WIDE.title, measure)));
    const barWidth = Math.min(WIDE.maxBar, Math.round(pitch * WIDE.barShare));
    return {
      ...common,
      grid: { left: titlesWidth + WIDE.labelGap + MARGIN, right: valueWidth + VALUE_GAP + MARGIN, ...vertical(pitch) },
      barWidth,
      // The title bars lie over the value bars: same place, same thickness, nothing drawn.
      barGap: '-100%',
      categoryGap: '0%',
      titleWidth: barWidth,
      titleLabel: { show: true, position: 'left', distance: WIDE.labelGap, fontSize: WIDE.title, lineHeight, color: COLORS.ink },
      titles,
      titlesFirst: false,
      axisLine: true,
    };
  }

  const lineHeight = Math.round(PHONE.title * PHONE.leading);
  const width = frame.width - 2 * MARGIN;
  for (const maxLines of [2, 1]) {
    const titles = items.map((item) => fitText(item.title, { width, fontSize: PHONE.title, maxLines, measure }));
    // The title's slot: its lines and a little air above the bar.
    const titleHeight = Math.max(...titles.map((t) => t.lines.length)) * lineHeight + 6;
    const rowGap = Math.round(PHONE.title * 0.6);
    const pitch = Math.min(room, titleHeight + PHONE.maxBar + 2 * rowGap);
    const barWidth = Math.min(PHONE.maxBar, Math.floor(pitch - titleHeight - rowGap));
    if (barWidth < PHONE.minBar) continue;
    return {
      ...common,
      grid: { left: MARGIN, right: valueWidth + VALUE_GAP + MARGIN, ...vertical(pitch) },
      barWidth,
      // Each row: the title's slot, then the bar, side by side along the axis.
      barGap: '0%',
      categoryGap: `${Math.max(0, Math.round(((pitch - titleHeight - barWidth) / pitch) * 100))}%`,
      titleWidth: titleHeight,
      titleLabel: { show: true, position: 'insideLeft', distance: 0, fontSize: PHONE.title, lineHeight, color: COLORS.ink },
      titles,
      titlesFirst: true,
      axisLine: false,
    };
  }
  throw tooMany();
}
