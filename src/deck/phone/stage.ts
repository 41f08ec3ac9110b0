/**
 * The deck on a phone: below reveal's scroll-view width, slides are laid out on a portrait stage
 * instead of the 1920×1080 one, so that text is not scaled down to a fifth (7 px) but to about half.
 */
import { isPrintView, PHONE_STAGE, type StageSize } from '../../contract/index.ts';
import { type DeckPlugin, Listeners, type RevealDeck } from '../reveal-deck.ts';

/**
 * The class on `<html>` while the phone stage is in use. phone.css styles it; main.ts imports that
 * sheet, as slide 1 on a phone needs its rules before this module has loaded.
 */
export const PHONE_CLASS = 'deck-phone';

/** The stage to lay slides out on: the phone stage on a narrow screen, else the deck's own. */
export function stageFor(narrow: boolean, deckStage: StageSize): StageSize {
  return narrow ? { ...PHONE_STAGE } : { width: deckStage.width, height: deckStage.height };
}

/** A reveal plugin that switches between the deck's stage and the phone stage as the screen's width crosses the threshold. */
export function phoneStagePlugin(): DeckPlugin {
  const listeners = new Listeners();
  return {
    id: 'phone-stage',
    init(deck: RevealDeck) {
      const config = deck.getConfig();
      const deckStage = { width: Number(config.width), height: Number(config.height) };
      const threshold = config.scrollActivationWidth ?? 0;
      // reveal's print view keeps the deck's stage: the PDF is always 16:9.
      if (!threshold || isPrintView(window.location.search)) return;
      const narrow = window.matchMedia(`(max-width: ${threshold}px)`);
      const apply = (): void => {
        const stage = stageFor(narrow.matches, deckStage);
        document.documentElement.classList.toggle(PHONE_CLASS, narrow.matches);
        // Before the first layout the config can still be changed in place; afterwards reveal must re-lay out.
        if (deck.isReady()) deck.configure(stage);
        else Object.assign(config, stage);
      };
      apply();
      narrow.addEventListener('change', apply);
      listeners.onRemove(() => narrow.removeEventListener('change', apply));
    },
    destroy() {
      listeners.removeAll();
      document.documentElement.classList.remove(PHONE_CLASS);
    },
  };
}
