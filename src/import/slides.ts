/** A parsed speech → the pages of a new deck, in the report's order: frame, parts, lists, charts. Pure. */
import { type ItemList, partLabel, type Speech } from '../speech/index.ts';
import type { ChartSlidePlan } from './charts.ts';
import { chartSlide, closingSlide, leadSlide, titleSlide } from './frame-slides.ts';
import { type ListPlace, listSlides, takesLeadIn } from './list-slides.ts';
import { type DraftedPage, type PlannedSlide, paginate } from './pages.ts';
import { type PlacedSlides, partSlides } from './part-slides.ts';

/** The deck's pages and what the importer wants the user to know. */
export interface Drafted {
  readonly pages: readonly DraftedPage[];
  readonly warnings: readonly string[];
}

/** Where a list starts in the text: its lead-in words, else its first item. */
function listStart(list: ItemList): number {
  return Math.min(list.leadIn?.start ?? Number.POSITIVE_INFINITY, list.items[0]!.marker.start);
}

/** Where a list ends: its last item's end. */
function listEnd(list: ItemList): number {
  return list.items.at(-1)!.body.end;
}

/** The slides of every list, each placed at the list's start, with the main list's charts around its overview. */
function placedLists(speech: Speech, charts: (place: ChartSlidePlan['place']) => PlannedSlide[]): PlacedSlides[] {
  let secondary = 0;
  return speech.lists.map((list) => {
    const main = list === speech.mainList;
    if (!main) secondary++;
    const part = list.part !== undefined ? speech.parts[list.part] : undefined;
    const place: ListPlace = main
      ? { id: 'priorities', itemId: 'priority', main, speaker: part ? partLabel(part) : '' }
      : { id: `list-${secondary}`, itemId: `list-${secondary}`, main, speaker: part ? partLabel(part) : '' };
    const { overview, items } = listSlides(speech, list, place);
    const around = main ? [...charts('before-overview'), ...overview, ...charts('after-overview')] : overview;
    return { at: listStart(list), slides: [...around, ...items] };
  });
}

/** Drafts every page of the deck for `speech`, with chart slides for `charts` (already chosen). */
export function draftSlides(speech: Speech, charts: readonly ChartSlidePlan[]): Drafted {
  const chartsAt = (place: ChartSlidePlan['place']): PlannedSlide[] => charts.filter((c) => c.place === place).map(chartSlide);
  const usedIds = new Set<string>();
  const parts = speech.parts.flatMap((_part, index) => {
    // A list's lead-in words become its overview's kicker when it has one; otherwise they stay the part's.
    const taken = speech.lists
      .filter((l) => l.part === index)
      .map((l): [number, number] => [takesLeadIn(speech, l) ? listStart(l) : l.items[0]!.marker.start, listEnd(l)]);
    return partSlides(speech, index, taken, usedIds);
  });
  const body = [...parts, ...placedLists(speech, chartsAt)].sort((a, b) => a.at - b.at).flatMap((p) => p.slides);
  const lead = leadSlide(speech);
  const planned = [
    titleSlide(speech),
    ...(lead ? [lead] : []),
    ...chartsAt('after-lead'),
    ...(speech.mainList ? [] : chartsAt('before-overview')),
    ...body,
    closingSlide(speech),
  ];
  return {
    pages: planned.flatMap(paginate),
    warnings: [...speech.warnings.map((w) => `line ${w.line}: ${w.message}`), ...repeatedVerbs(speech)],
  };
}

/** A warning for each part whose verb an earlier part has: `source:` can name only the first. */
function repeatedVerbs(speech: Speech): string[] {
  return speech.parts.flatMap((part, index) =>
    part.verb !== '' && speech.parts.findIndex((p) => p.verb === part.verb) < index
      ? [
          `line ${speech.sourceLineOf(part.body.start)}: a second part "${partLabel(part)}" has its text written into its slide's notes: source: can name only the first "…${part.verb}"`,
        ]
      : [],
  );
}
