/**
 * The deck on a phone: below reveal's scroll-view width, slides are laid out on a portrait stage
 * instead of the 1920×1080 one, so that text is not scaled down to a fifth (7 px) but to about half.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import './phone.css';

/**
 * The portrait stage for phones: a phone's shape (390×844 is 9:19.5), narrow enough that 36 px stage
 * text reads at ~19 px on a 390 px screen, tall enough for a list and a chart one above the other.
 */
export const PHONE_STAGE = { width: 720, height: 1560 } as const;
/** The class on `<html>` while the phone stage is in use (phone.css styles it). */
export const PHONE_CLASS = 'deck-phone';

/** The stage to lay slides out on: the phone stage on a narrow screen, else the deck's own. */
export function stageFor(
  narrow: boolean,
  deckStage: { readonly width: number; readonly height: number },
): { width: number; height: number } {
  return narrow ? { ...PHONE_STAGE } : { width: deckStage.width, height: deckStage.height };
}

/** A reveal plugin that switches between the deck's stage and the phone stage as the screen's width crosses the threshold. */
export function PhoneLayout(): RevealPlugin {
  return {
    id: 'phone-layout',
    init(deck: RevealApi) {
      const config = deck.getConfig();
      const deckStage = { width: Number(config.width), height: Number(config.height) };
      const threshold = config.scrollActivationWidth ?? 0;
      // reveal's print view keeps the deck's stage: the PDF is always 16:9.
      if (!threshold || /print-pdf/.test(window.location.search)) return;
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
    },
  };
}
