/** A deck feature that slide 1 does not need, as a reveal plugin that loads and starts it once slide 1 is painted. */
import { afterFirstPaint } from './after-first-paint.ts';
import { type DeckPlugin, Listeners, type RevealDeck } from './reveal-deck.ts';

/** What such a feature is. */
export interface AfterPaintFeature {
  readonly id: string;
  /** Loads the feature's chunk (a dynamic import, so it stays out of slide 1's script) and starts it; what it adds is removed with `listeners`. */
  readonly start: (deck: RevealDeck, listeners: Listeners) => Promise<void>;
  /** The readiness mark set on `<html>` once it has started, if any. */
  readonly mark?: string;
  /** Whether the feature applies to this page at all (checked as reveal starts). Default: it does. */
  readonly applies?: () => boolean;
}

/** The reveal plugin that starts `feature` after slide 1 is painted, and undoes it on destroy. */
export function afterPaintPlugin(feature: AfterPaintFeature): DeckPlugin {
  const listeners = new Listeners();
  let destroyed = false;
  const root = document.documentElement;
  return {
    id: feature.id,
    init(deck: RevealDeck) {
      if (feature.applies && !feature.applies()) return;
      listeners.deck(deck, 'ready', () => {
        void afterFirstPaint()
          .then(() => (destroyed ? undefined : feature.start(deck, listeners)))
          .then(() => {
            // Destroyed while the chunk loaded: what it has just added goes too.
            if (destroyed) listeners.removeAll();
            else if (feature.mark) root.classList.add(feature.mark);
          });
      });
    },
    destroy() {
      destroyed = true;
      listeners.removeAll();
      if (feature.mark) root.classList.remove(feature.mark);
    },
  };
}
