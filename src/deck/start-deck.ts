/**
 * Starts the deck as the audience sees it (also the print view and the previews in the speaker
 * view): reveal.js over the slides the build rendered into the page, with the deck's features as
 * plugins. main.ts imports this module only after slide 1 has been painted.
 */

import { slideCount } from 'virtual:deck/summary';
import Reveal from 'reveal.js';
import { isPrintView, READY_CLASS } from '../contract/index.ts';
import { afterFirstPaint } from './after-first-paint.ts';
import { chartsPlugin } from './charts/plugin.ts';
import { prefersReducedMotion, previewConfig, revealConfig } from './config.ts';
import { mountLaterSlides } from './later-slides.ts';
import { loadLaterStyles } from './later-styles.ts';
import { scrollViewLinksPlugin } from './phone/scroll-view.ts';
import { phoneStagePlugin } from './phone/stage.ts';
import { presenterPlugin } from './presenter/plugin.ts';
import { printViewPlugin } from './print-view.ts';
import type { DeckPlugin } from './reveal-deck.ts';

/** The page roles that show the deck itself. */
export type DeckRole = 'deck' | 'preview';

/** The deck's features for a page role: the audience's deck, the print view, or a preview inside the speaker view. */
function pluginsFor(role: DeckRole, print: boolean, reducedMotion: boolean): DeckPlugin[] {
  return [
    ...(print ? [printViewPlugin()] : []),
    chartsPlugin({ print }),
    phoneStagePlugin(),
    scrollViewLinksPlugin(),
    ...(role === 'deck' && !print ? [presenterPlugin({ reducedMotion })] : []),
  ];
}

/** Builds the later slides into the page and starts reveal over them. */
export async function startDeck(role: DeckRole): Promise<void> {
  const root = document.documentElement;
  const reducedMotion = prefersReducedMotion();
  const print = isPrintView(location.search);
  // The later sheet is fetched while the later slides are built.
  const laterStyles = loadLaterStyles(document);
  mountLaterSlides(document);
  await laterStyles;
  const plugins = pluginsFor(role, print, reducedMotion);
  const deck = new Reveal({ ...revealConfig({ reducedMotion }), ...(role === 'preview' ? previewConfig() : {}), plugins });
  window.Reveal = deck;
  await deck.initialize();
  root.dataset.slides = String(slideCount);
  root.classList.add(READY_CLASS.deck);
  await afterFirstPaint();
  root.classList.add(READY_CLASS.painted);
}
