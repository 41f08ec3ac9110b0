/**
 * The priority tracker as shapes along the bottom of a priority slide: one box per priority, a
 * coloured line on top (done, current, next), the current one filled red. Sized as the deck's flex
 * row (src/deck/styles/tracker.css): short labels at their own width, long ones share the rest. Pure.
 */
import { PALETTE } from '../../../src/contract/index.ts';
import { TRACKER_SHORT_LABEL } from '../../../src/slides/tracker.ts';
import { FRAME, FRAME_BOTTOM, INNER_WIDTH, lineOf, TRACKER, TYPE } from './geometry.ts';
import type { PlanElement } from './plan-types.ts';
import type { TrackerItem, TrackerState } from './slide-content.ts';
import { breakLines, type CharWidth, naturalWidth } from './text-layout.ts';

/** The line on top of an item, by state: the done colour is tracker.css's muted red. */
const LINE_COLOURS: Readonly<Record<TrackerState, string>> = { done: '#c98f8c', current: PALETTE.red, next: PALETTE.line };

/** The tracker's elements and its top edge (the body ends a section gap above it). */
export interface TrackerPlan {
  readonly elements: readonly PlanElement[];
  readonly top: number;
}

/** What an item says: its marker and its label. */
const itemText = (item: TrackerItem): string => `${item.marker} ${item.label}`;

/** Plans the tracker; no items, no tracker (its top is then the frame's bottom). */
export function planTracker(items: readonly TrackerItem[], charWidth: CharWidth): TrackerPlan {
  if (items.length === 0) return { elements: [], top: FRAME_BOTTOM };
  const style = TYPE.tracker;
  const isLong = (item: TrackerItem): boolean => [...item.label].length > TRACKER_SHORT_LABEL;
  const natural = (item: TrackerItem): number => naturalWidth([{ text: itemText(item), bold: false }], style, charWidth) + 2 * TRACKER.padX;
  const room = INNER_WIDTH - TRACKER.gap * (items.length - 1);
  const longCount = items.filter(isLong).length;
  const shortWidth = items.filter((item) => !isLong(item)).reduce((sum, item) => sum + natural(item), 0);
  const longWidth = longCount > 0 ? (room - shortWidth) / longCount : 0;
  let widths = items.map((item) => (isLong(item) ? longWidth : natural(item)));
  // Too many items for their own widths (ten priorities): every item shrinks in proportion, and wraps.
  if (widths.reduce((sum, w) => sum + w, 0) > room + 1 || (longCount > 0 && longWidth < TRACKER.minLongEm * style.fontPx)) {
    const naturals = items.map(natural);
    const total = naturals.reduce((sum, w) => sum + w, 0);
    widths = naturals.map((w) => (w * room) / total);
  }
  const lines = items.map(
    (item, i) => breakLines([{ text: itemText(item), bold: false }], style, widths[i]! - 2 * TRACKER.padX, charWidth).length,
  );
  // The row stretches every item to the tallest one.
  const height = Math.max(TRACKER.minHeight, TRACKER.line + 2 * TRACKER.padY + Math.max(...lines) * lineOf(style));
  const top = FRAME_BOTTOM - height;
  const elements: PlanElement[] = [];
  let x = FRAME.side;
  items.forEach((item, i) => {
    const w = widths[i]!;
    const current = item.state === 'current';
    elements.push({
      kind: 'rect',
      name: `进度线 ${item.marker}`,
      box: { x, y: top, w, h: TRACKER.line },
      colour: LINE_COLOURS[item.state],
    });
    elements.push({
      kind: 'text',
      name: `进度 ${item.marker}`,
      box: { x, y: top + TRACKER.line, w, h: height - TRACKER.line },
      anchor: 'middle',
      padding: [TRACKER.padX, TRACKER.padY, TRACKER.padX, TRACKER.padY],
      ...(current ? { fill: { colour: PALETTE.red, transparency: 0 } } : {}),
      ...(item.target ? { link: item.target } : {}),
      paragraphs: [
        {
          runs: [{ text: itemText(item), bold: false, colour: current ? PALETTE.white : PALETTE.muted }],
          fontPx: style.fontPx,
          lineHeightPx: lineOf(style),
          spaceAfterPx: 0,
          level: 0,
          indentPx: 0,
          lines: lines[i]!,
        },
      ],
    });
    x += w + TRACKER.gap;
  });
  return { elements, top };
}
