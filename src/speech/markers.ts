/** Finding numbered priority markers: `一是`, `第一，`, `（一）`, in sequence. */
import { toChineseNumeral } from './numerals.ts';
import { isAtBoundary } from './text.ts';

/** A marker style: how the n-th marker is written, and the name used in messages. */
export interface MarkerStyle {
  readonly name: string;
  /** The marker's possible spellings for number n. */
  readonly spell: (n: number) => readonly string[];
}

/** The styles the speech genre uses to number its priorities. */
export const MARKER_STYLES: readonly MarkerStyle[] = [
  { name: '一是', spell: (n) => [`${toChineseNumeral(n)}是`] },
  { name: '第一', spell: (n) => ['，', '、', '：', '是'].map((mark) => `第${toChineseNumeral(n)}${mark}`) },
  { name: '（一）', spell: (n) => [`（${toChineseNumeral(n)}）`] },
];

/** The most priorities a speech may have; markers past it are not looked for. */
export const MAX_PRIORITIES = 99;

export interface FoundMarker {
  readonly start: number;
  readonly end: number;
}

/** The n-th marker of a style at or after `from`, before `to`, standing at a boundary. */
function findMarker(text: string, style: MarkerStyle, n: number, from: number, to: number, bodyStart: number): FoundMarker | undefined {
  let best: FoundMarker | undefined;
  for (const spelling of style.spell(n)) {
    let at = text.indexOf(spelling, from);
    while (at !== -1 && at + spelling.length <= to && !isAtBoundary(text, at, bodyStart)) {
      at = text.indexOf(spelling, at + 1);
    }
    if (at !== -1 && at + spelling.length <= to && (best === undefined || at < best.start)) {
      best = { start: at, end: at + spelling.length };
    }
  }
  return best;
}

/** The markers 1, 2, 3… of one style, each after the previous, until a number is missing. */
export function findMarkerSequence(text: string, style: MarkerStyle, from: number, to: number): FoundMarker[] {
  const found: FoundMarker[] = [];
  let cursor = from;
  for (let n = 1; n <= MAX_PRIORITIES; n++) {
    const marker = findMarker(text, style, n, cursor, to, from);
    if (!marker) break;
    found.push(marker);
    cursor = marker.end;
  }
  return found;
}

/** The style with the longest sequence of at least two markers; the first style wins a tie. */
export function findPriorityMarkers(text: string, from: number, to: number): { style: MarkerStyle; markers: FoundMarker[] } | undefined {
  let best: { style: MarkerStyle; markers: FoundMarker[] } | undefined;
  for (const style of MARKER_STYLES) {
    const markers = findMarkerSequence(text, style, from, to);
    if (markers.length >= 2 && (!best || markers.length > best.markers.length)) best = { style, markers };
  }
  return best;
}
