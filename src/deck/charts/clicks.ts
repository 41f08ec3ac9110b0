/**
 * Clicks on the charts' marks, through ECharts' SSR client (`echarts/ssr/client`, a few hundred bytes):
 * a mark that names a slide (`data-slide`, written by the build) opens it.
 */
import { hydrate } from 'echarts/ssr/client/index';
import { Listeners, type RevealDeck } from '../reveal-deck.ts';

/** The wrapper of each drawn chart variant (the SSR client looks for the SVG inside the element it is given). */
const VARIANT_SELECTOR = '.reveal .chart > [data-variant]';

/** Opens the slide a clicked mark names. */
function openSlideOf(deck: RevealDeck, target: EventTarget | null): void {
  const id = target instanceof Element ? target.closest('[data-slide]')?.getAttribute('data-slide') : undefined;
  const slide = id ? document.getElementById(id) : null;
  if (!slide) return;
  const { h, v } = deck.getIndices(slide);
  deck.slide(h, v);
}

/** Makes every chart's marks answer clicks, also after reveal rebuilds the slides (leaving its scroll view); returns the undo. */
export function bindChartClicks(deck: RevealDeck): () => void {
  const bound = new WeakSet<Element>();
  const listeners = new Listeners();
  // The SSR client's own listeners cannot be removed: they do nothing once undone.
  let active = true;
  const bind = (): void => {
    for (const variant of document.querySelectorAll<HTMLElement>(VARIANT_SELECTOR)) {
      const svg = variant.querySelector('svg');
      if (!svg || bound.has(svg)) continue;
      bound.add(svg);
      hydrate(variant, { on: { click: (params) => active && openSlideOf(deck, params.event.target) } });
    }
  };
  for (const event of ['ready', 'slidechanged', 'resize']) listeners.deck(deck, event, bind);
  bind();
  return () => {
    active = false;
    listeners.removeAll();
  };
}
