/**
 * The presenter's tools as a reveal plugin: once slide 1 is painted, the deck loads the small chunk
 * with the laser pointer (L) and reveal's zoom (Alt+click, Ctrl+click on Linux).
 */
import { READY_CLASS } from '../../contract/index.ts';
import { afterFirstPaint } from '../after-first-paint.ts';
import { type DeckPlugin, Listeners, type RevealDeck } from '../reveal-deck.ts';

/** The reveal plugin that adds the pointer and the zoom to the audience's deck. */
export function presenterToolsPlugin(options: { readonly reducedMotion: boolean }): DeckPlugin {
  const listeners = new Listeners();
  let destroyed = false;
  return {
    id: 'presenter-tools',
    init(deck: RevealDeck) {
      listeners.deck(deck, 'ready', () => {
        void afterFirstPaint()
          .then(() => import('./tools.ts'))
          .then(({ installPresenterTools }) => {
            if (destroyed) return;
            installPresenterTools(deck, listeners, options);
            document.documentElement.classList.add(READY_CLASS.presenterTools);
          });
      });
    },
    destroy() {
      destroyed = true;
      listeners.removeAll();
      document.documentElement.classList.remove(READY_CLASS.presenterTools);
    },
  };
}
