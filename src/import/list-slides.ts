/**
 * A list's slides: an overview when it has three or more items, then one slide per item (its
 * opening clause as heading, its text as bullets). A list whose items are single clauses is one
 * slide of its items instead: a slide per clause would say nothing more. Pure.
 */
import {
  charCount,
  type ItemList,
  type ListItem,
  markerLabel,
  type Passage,
  passage,
  type Speech,
  shortTitles,
  toChineseNumeral,
  withoutTrailingMarks,
} from '../speech/index.ts';
import { bulletsOf } from './excerpts.ts';
import { trackerFits } from './fit.ts';
import { MAX_HEADING_CHARS, type PlannedItem, type PlannedSlide, shortHeading } from './pages.ts';

/** The fewest items that get an overview slide. */
const MIN_OVERVIEW_ITEMS = 3;
/** The longest lead-in (`重点抓好七个方面工作`) used as the overview's kicker. */
const MAX_KICKER_CHARS = 20;

/** Where a list's slides go and how they are named. */
export interface ListPlace {
  /** The id of the overview; items get `<itemId>-<n>` (the main list: `priority-<n>`). */
  readonly id: string;
  readonly itemId: string;
  /** True for the main list: its items are the priorities (`source: priority:<n>`, the tracker). */
  readonly main: boolean;
  /** Who said it (`会议要求`), for kickers when the list has no lead-in. */
  readonly speaker: string;
}

/** A count as the deck says it: 两 for 2, else the Chinese numeral. */
export function countWord(n: number): string {
  return n === 2 ? '两' : toChineseNumeral(n);
}

/** The item's text as bullets: from its marker (a list slide) or after its title (its own slide). */
function itemBullets(speech: Speech, item: ListItem, withTitle: boolean): Passage[] {
  const { text } = speech;
  const end = item.inner?.kind === 'numbered' && hasOwnSlides(speech, item.inner) ? item.inner.items[0]!.marker.start : item.body.end;
  const from = withTitle ? item.body.start : Math.min(item.title.end + 1, end);
  const bullets = bulletsOf(text, passage(text, from, end));
  // On a list slide the first bullet keeps its marker: `第一，巩固…`.
  if (withTitle && bullets[0] && item.marker.text !== '') {
    const first = bullets[0];
    bullets[0] = passage(text, item.marker.start, first.end);
  }
  return bullets;
}

/** True when every item of the list has text beyond its title (or a list of its own): each gets a slide. */
export function hasOwnSlides(speech: Speech, list: ItemList): boolean {
  return list.items.every((item) => item.inner !== undefined || itemBullets(speech, item, false).length > 0);
}

/** The overview: the items' titles (or, for a list of single clauses, their whole text). */
function overviewSlide(speech: Speech, list: ItemList, place: ListPlace, ownSlides: boolean): PlannedSlide {
  const n = list.items.length;
  const numbered = list.kind === 'numbered';
  const leadIn = leadInKicker(speech, list);
  const items: PlannedItem[] = ownSlides
    ? list.items.map((item) => ({ text: numbered ? `${item.marker.text}${item.title.text}` : item.title.text }))
    : list.items.flatMap((item) => itemBullets(speech, item, true).map((b) => ({ text: b.text })));
  return {
    id: place.id,
    layout: 'bullets',
    kicker: leadIn ?? (place.speaker || `${countWord(n)}个方面`),
    ...(place.main ? { source: { kind: 'priorities' } as const } : {}),
    heading: numbered ? `${countWord(n)}个方面的重点工作` : `${countWord(n)}个要点`,
    items,
    ...(ownSlides && numbered ? { ordered: list.items.map((item) => item.title.text) } : {}),
    // The list as written, separators included: joined bodies of a `；` list would run together.
    notes: ownSlides
      ? `概览${countWord(n)}个方面，随后逐一展开。`
      : speech.text.slice(list.items[0]!.marker.start, list.items.at(-1)!.body.end),
  };
}

/** One item's slide, then its inner items' slides when they have text of their own. */
function itemSlides(
  speech: Speech,
  list: ItemList,
  item: ListItem,
  id: string,
  kicker: string,
  extra: Partial<PlannedSlide>,
): PlannedSlide[] {
  // An item whose text is only marks (`一是。`) is headed by its marker: a slide needs a heading.
  const heading = shortHeading(item.title.text) || markerLabel(item);
  const shortened = charCount(item.title.text) > MAX_HEADING_CHARS;
  const inner = item.inner && item.inner.kind === 'numbered' && hasOwnSlides(speech, item.inner) ? item.inner : undefined;
  const own = itemBullets(speech, item, shortened);
  const innerTitles = inner ? inner.items.map((i) => ({ text: `${i.marker.text}${i.title.text}` })) : [];
  const slide: PlannedSlide = {
    id,
    layout: 'bullets',
    kicker,
    heading,
    items: [...own.map((b) => ({ text: b.text })), ...innerTitles],
    notes: extra.source
      ? `第${item.number}个方面（共${list.items.length}个）：${item.title.text}。`
      : `${item.marker.text}${item.body.text}`,
    ...extra,
  };
  const parentLabel = charCount(item.title.text) <= MAX_KICKER_CHARS ? item.title.text : withoutTrailingMarks(markerLabel(item));
  const innerSlides = inner
    ? inner.items.flatMap((i) => itemSlides(speech, inner, i, `${id}-${i.number}`, `${parentLabel} · ${markerLabel(i)}`, {}))
    : [];
  return [slide, ...innerSlides];
}

/** True when the list gets an overview: three or more items, or items that are single clauses (shown there whole). */
export function hasOverview(speech: Speech, list: ItemList): boolean {
  return list.items.length >= MIN_OVERVIEW_ITEMS || !hasOwnSlides(speech, list);
}

/** The lead-in words as the overview's kicker, when the list has an overview and they are short enough for one. */
function leadInKicker(speech: Speech, list: ItemList): string | undefined {
  return hasOverview(speech, list) && list.leadIn && charCount(list.leadIn.text) <= MAX_KICKER_CHARS ? list.leadIn.text : undefined;
}

/** True when the list's overview shows its lead-in words: they are then not its part's to show. */
export function takesLeadIn(speech: Speech, list: ItemList): boolean {
  return leadInKicker(speech, list) !== undefined;
}

/** All the slides of one list, in order. */
export function listSlides(speech: Speech, list: ItemList, place: ListPlace): { overview: PlannedSlide[]; items: PlannedSlide[] } {
  const ownSlides = hasOwnSlides(speech, list);
  const overview = hasOverview(speech, list) ? [overviewSlide(speech, list, place, ownSlides)] : [];
  if (!ownSlides) return { overview, items: [] };
  // The main list's items are the priorities, with their tracker, when its labels fit a tracker's two lines.
  const labels = place.main ? shortTitles(list.items) : undefined;
  const tracked = labels !== undefined && trackerFits(labels);
  const n = list.items.length;
  const items = list.items.flatMap((item) => {
    const kicker = list.kind === 'numbered' ? markerLabel(item) : `${place.speaker || '要点'} · ${item.number}/${n}`;
    const extra: Partial<PlannedSlide> = tracked ? { source: { kind: 'priority', number: item.number }, tracker: labels } : {};
    return itemSlides(speech, list, item, `${place.itemId}-${item.number}`, kicker, extra);
  });
  return { overview, items };
}
