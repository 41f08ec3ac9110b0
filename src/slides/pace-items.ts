/**
 * What the pace plan needs of each slide: the characters of the speech it presents. Each character
 * is counted once, for the slide with the narrowest `source:` holding it, so the overview of all
 * priorities does not count again the priorities that have slides of their own. Pure.
 */

import type { PaceItem } from '../pace/plan.ts';
import type { BuiltSlide, DeckModel } from './deck.ts';

/** What counts as a character of speech: letters and digits, not punctuation or spaces (as the priorities chart counts). */
const RE_COUNTED = /[\p{L}\p{N}]/u;

/** How much of the speech a slide's source spans: the narrower, the more specific. */
function span(slide: BuiltSlide): number {
  return (slide.source?.passages ?? []).reduce((sum, passage) => sum + passage.end - passage.start, 0);
}

/** Whether `offset` of the speech lies in the slide's source. */
function presents(slide: BuiltSlide, offset: number): boolean {
  return (slide.source?.passages ?? []).some((passage) => offset >= passage.start && offset < passage.end);
}

/**
 * Each slide's share of the speech for the pace plan. A character goes to the slide with the
 * narrowest source that holds it; slides with equally narrow sources (one part over two slides)
 * share it equally. Slides without a source present no speech of their own.
 */
export function paceItems(deck: DeckModel): PaceItem[] {
  const { slides, speech } = deck;
  const characters = slides.map(() => 0);
  const spans = slides.map(span);
  let offset = 0;
  for (const character of speech.text) {
    const at = offset;
    offset += character.length;
    if (!RE_COUNTED.test(character)) continue;
    const holders = [...slides.keys()].filter((i) => presents(slides[i]!, at));
    const narrowest = Math.min(...holders.map((i) => spans[i]!));
    const owners = holders.filter((i) => spans[i] === narrowest);
    for (const i of owners) characters[i] = (characters[i] ?? 0) + 1 / owners.length;
  }
  return slides.map((slide, i) => ({ id: slide.id, title: slide.title, characters: characters[i]!, chart: slide.chart !== undefined }));
}
