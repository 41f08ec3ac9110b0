// What the deck puts on `window`, for reveal's own scripts, the tests and the console.
import type { ChartController } from './charts/controller.ts';
import type { RevealDeck } from './reveal-deck.ts';

declare global {
  interface Window {
    /** The deck's reveal.js instance, where reveal's own scripts put it (plugins and page scripts look there). */
    Reveal?: RevealDeck;
    /** The chart controller, once loaded. */
    deckCharts?: ChartController;
  }
}
