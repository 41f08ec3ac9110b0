/**
 * Clicks on the charts' marks: a mark that names a slide (`data-slide`, written by the build) opens
 * it. One listener for the whole page, so marks rebuilt by reveal (leaving its scroll view) answer too.
 */
import { Listeners, type RevealDeck } from '../reveal-deck.ts';

/** A chart mark that opens a slide. */
const LINK_SELECTOR = '.reveal .chart [data-slide]';

/** Makes the charts' marks open their slides; returns the undo. */
export function bindChartClicks(deck: RevealDeck): () => void {
  const listeners = new Listeners();
  listeners.window('click', (event) => {
    const mark = event.target instanceof Element ? event.target.closest(LINK_SELECTOR) : null;
    const slide = document.getElementById(mark?.getAttribute('data-slide') ?? '');
    if (!slide) return;
    const { h, v } = deck.getIndices(slide);
    deck.slide(h, v);
  });
  return () => listeners.removeAll();
}
