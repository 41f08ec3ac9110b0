/**
 * The speaker view's link as a reveal plugin: once slide 1 is painted, the deck loads the small
 * chunk that opens the speaker view on S and keeps it in step.
 */
import { READY_CLASS } from '../../contract/index.ts';
import { afterFirstPaint } from '../after-first-paint.ts';
import { type DeckPlugin, Listeners, type RevealDeck } from '../reveal-deck.ts';

/** The reveal plugin that links the deck to its speaker view. */
export function speakerLinkPlugin(): DeckPlugin {
  const listeners = new Listeners();
  let destroyed = false;
  return {
    id: 'speaker-link',
    init(deck: RevealDeck) {
      listeners.deck(deck, 'ready', () => {
        void afterFirstPaint()
          .then(() => import('./presenter-link.ts'))
          .then(({ linkSpeakerView }) => {
            if (destroyed) return;
            linkSpeakerView(deck, listeners);
            document.documentElement.classList.add(READY_CLASS.speakerLink);
          });
      });
    },
    destroy() {
      destroyed = true;
      listeners.removeAll();
      document.documentElement.classList.remove(READY_CLASS.speakerLink);
    },
  };
}
