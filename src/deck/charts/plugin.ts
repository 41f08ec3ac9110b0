/**
 * The charts as a reveal plugin. Every chart is SVG drawn at build time into the page's HTML, so it
 * shows with its slide, in print, in the single file and without JavaScript, with nothing to wait
 * for: the `charts-ready` mark holds as soon as the deck starts. On screen this plugin only makes the
 * charts answer clicks (a bar opens its priority's slide), with a few lines loaded after slide 1 is painted.
 */
import { READY_CLASS } from '../../contract/index.ts';
import { afterFirstPaint } from '../after-first-paint.ts';
import type { DeckPlugin, RevealDeck } from '../reveal-deck.ts';

/** The reveal plugin of the deck's charts. */
export function chartsPlugin(options: { readonly print: boolean }): DeckPlugin {
  let stop: (() => void) | undefined;
  let destroyed = false;
  return {
    id: 'deck-charts',
    init(deck: RevealDeck): void {
      document.documentElement.classList.add(READY_CLASS.charts);
      // A printed page is not clicked.
      if (options.print) return;
      void afterFirstPaint()
        .then(() => import('./clicks.ts'))
        .then(({ bindChartClicks }) => {
          if (!destroyed) stop = bindChartClicks(deck);
        });
    },
    destroy() {
      destroyed = true;
      stop?.();
      document.documentElement.classList.remove(READY_CLASS.charts);
    },
  };
}
