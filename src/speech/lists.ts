/** The lists of a report: numbered runs resolved into lists and inner lists, and lists without numbers. Pure. */
import { leadInOf } from './announce.ts';
import { findRuns, MARKER_STYLES, type MarkerRun } from './markers.ts';
import type { ItemList, ListItem, Passage } from './model.ts';
import { findParallelLists, type ParallelList } from './parallel.ts';
import { firstClause, passage, sentencesOf } from './text.ts';

/** A numbered run placed in the text: each item's span, and the runs inside its items. */
export interface PlacedRun {
  readonly run: MarkerRun;
  readonly spans: readonly (readonly [number, number])[];
  readonly inner: Map<number, PlacedRun>;
}

/** Where a placed run starts: its first marker. */
export function runStart(placed: PlacedRun): number {
  return placed.run.markers[0]!.start;
}

/** Each marker's item: from the marker to the next one; the last to `lastEnd`. */
function itemSpans(run: MarkerRun, lastEnd: number): [number, number][] {
  return run.markers.map((m, k) => [m.start, run.markers[k + 1]?.start ?? Math.max(lastEnd, m.end)]);
}

/**
 * The numbered lists of `region`: runs of every style, taken in order of their first marker. A
 * run inside one item of a list taken before is that item's inner list (`（一）` under `一、`);
 * a run overlapping one otherwise replaces it only when it has more items. A list's last item
 * runs to the next `stop` (a part opener), the next of `ends` (a section head no list takes in),
 * or the region's end.
 */
export function findNumberedLists(text: string, region: Passage, stops: readonly number[], ends: readonly number[] = []): PlacedRun[] {
  const runs = MARKER_STYLES.flatMap((style) => findRuns(text, style, region.start, region.end, stops)).sort(
    (a, b) => a.markers[0]!.start - b.markers[0]!.start,
  );
  const top: PlacedRun[] = [];
  for (const run of runs) {
    const first = run.markers[0]!.start;
    const last = run.markers.at(-1)!.start;
    const lastEnd = Math.min(stops.find((s) => s > last) ?? region.end, ends.find((e) => e > last) ?? region.end, region.end);
    const placed: PlacedRun = { run, spans: itemSpans(run, lastEnd), inner: new Map() };
    const host = top.find((t) => t.spans[0]![0] <= first && first < t.spans.at(-1)![1]);
    if (!host) {
      top.push(placed);
      continue;
    }
    const k = host.spans.findIndex(([s, e]) => s < first && last < e);
    if (k !== -1) {
      if (!host.inner.has(k)) host.inner.set(k, { run, spans: itemSpans(run, host.spans[k]![1]), inner: new Map() });
    } else if (run.markers.length > host.run.markers.length) top.splice(top.indexOf(host), 1, placed);
  }
  return top;
}

/** The longest item title a symbol closes as it opened it (`◆织密服务网络◆依托…`). */
const MAX_SYMBOL_TITLE_CHARS = 20;

/** An item's title: up to the symbol it opened with, where the symbol closes it (`◆…◆`), else its first clause. */
function titleOf(text: string, marker: Passage, body: Passage): Passage {
  const symbol = marker.text.trim();
  const close = /^[◆◇■□●○★☆▲△]$/.test(symbol) ? body.text.indexOf(symbol) : -1;
  return close > 0 && close <= MAX_SYMBOL_TITLE_CHARS ? passage(text, body.start, body.start + close) : firstClause(text, body);
}

/** An item from its marker and its span. */
function itemOf(text: string, number: number, marker: Passage, end: number, inner: ItemList | undefined): ListItem {
  const body = passage(text, marker.end, end);
  return {
    number,
    marker,
    title: titleOf(text, marker, body),
    body,
    sentences: sentencesOf(text, body),
    ...(inner ? { inner } : {}),
  };
}

/** The list without numbers inside an item's body, after its opening sentence. */
function innerParallel(text: string, marker: Passage, end: number): ItemList | undefined {
  const body = passage(text, marker.end, end);
  const opening = sentencesOf(text, body)[0];
  if (!opening || opening.end >= body.end) return undefined;
  const [found] = findParallelLists(text, passage(text, opening.end, body.end));
  return found ? parallelList(text, found, undefined) : undefined;
}

/** A numbered list as the model has it; `from` is where its lead-in may start (its part's content). */
export function numberedList(text: string, placed: PlacedRun, from: number, part: number | undefined): ItemList {
  const items = placed.run.markers.map((m, k) => {
    const marker = passage(text, m.start, m.end);
    const end = placed.spans[k]![1];
    const innerRun = placed.inner.get(k);
    const inner = innerRun ? numberedList(text, innerRun, m.end, undefined) : innerParallel(text, marker, end);
    return itemOf(text, k + 1, marker, end, inner);
  });
  const leadIn = leadInOf(text, from, placed.run.markers[0]!.start);
  return {
    kind: 'numbered',
    style: placed.run.style.name,
    items,
    ...(leadIn?.count !== undefined ? { announcedCount: leadIn.count } : {}),
    ...(leadIn ? { leadIn: leadIn.words } : {}),
    ...(part !== undefined ? { part } : {}),
  };
}

/** A list without numbers as the model has it: each item's marker is empty, at its start. */
export function parallelList(text: string, found: ParallelList, part: number | undefined, from?: number): ItemList {
  const items = found.items.map((span, k) => itemOf(text, k + 1, passage(text, span.start, span.start), span.end, undefined));
  const leadIn = found.leadIn ? { words: found.leadIn } : from !== undefined ? leadInOf(text, from, found.items[0]!.start) : undefined;
  const count = found.announcedCount ?? (leadIn && 'count' in leadIn ? leadIn.count : undefined);
  return {
    kind: found.kind,
    style: found.style,
    items,
    ...(count !== undefined ? { announcedCount: count } : {}),
    ...(leadIn ? { leadIn: leadIn.words } : {}),
    ...(part !== undefined ? { part } : {}),
  };
}
