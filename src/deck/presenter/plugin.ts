/**
 * The presenter's features as one reveal plugin: once slide 1 is painted, the deck loads one small
 * chunk with the speaker view's link (S), the laser pointer (L), reveal's zoom (Alt+click), and,
 * when `npm run present` serves the page, the phone remote's link. One chunk and one plugin: slide
 * 1's script carries a single loader for them.
 */
import { afterFirstPaint } from '../after-first-paint.ts';
import { presentRoleOf } from '../remote/page.ts';
import { type DeckPlugin, Listeners, type RevealDeck } from '../reveal-deck.ts';

/** The reveal plugin of the presenter's features, on the audience's deck (not in print, not in the speaker view's previews). */
export function presenterPlugin(options: { readonly reducedMotion: boolean }): DeckPlugin {
  const listeners = new Listeners();
  let destroyed = false;
  return {
    id: 'presenter',
    init(deck: RevealDeck) {
      listeners.deck(deck, 'ready', () => {
        void afterFirstPaint()
          .then(() => import('./start.ts'))
          .then(({ startPresenterFeatures }) => {
            // The page's role is read here, in slide 1's script: the chunk then imports nothing slide 1's script has.
            if (!destroyed) startPresenterFeatures(deck, listeners, { ...options, servedByPresent: presentRoleOf(document) === 'deck' });
          });
      });
    },
    destroy() {
      destroyed = true;
      listeners.removeAll();
    },
  };
}
