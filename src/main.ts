/** Wires the deck: reveal.js over the slides the build rendered into the page, with the deck's features as plugins. */
import Reveal from 'reveal.js';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import 'virtual:deck/tokens.css';
import './deck/styles/base.css';
import './deck/styles/layouts.css';
import './deck/styles/tracker.css';
import './deck/styles/chrome.css';
import './deck/styles/charts.css';
import './deck/styles/outline.css';
import 'virtual:deck/closing-qr.css';
import 'virtual:deck/first-paint.css';
import { slideCount } from 'virtual:deck/summary';
import { isPrintView, READY_CLASS } from './contract/index.ts';
import { afterFirstPaint } from './deck/after-first-paint.ts';
import { chartsPlugin } from './deck/charts/plugin.ts';
import { prefersReducedMotion, previewConfig, revealConfig } from './deck/config.ts';
import { mountLaterSlides } from './deck/later-slides.ts';
import { loadLaterStyles } from './deck/later-styles.ts';
import { scrollViewLinksPlugin } from './deck/phone/scroll-view.ts';
import { phoneStagePlugin } from './deck/phone/stage.ts';
import { presenterPlugin } from './deck/presenter/plugin.ts';
import { printViewPlugin } from './deck/print-view.ts';
import { presentRoleOf } from './deck/remote/page.ts';
import type { DeckPlugin } from './deck/reveal-deck.ts';
import { pageRole } from './deck/speaker/protocol.ts';

type DeckRole = 'deck' | 'preview';

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

/** Starts the deck as the audience sees it (also the print view and the previews in the speaker view). */
async function startDeck(role: DeckRole): Promise<void> {
  const root = document.documentElement;
  const reducedMotion = prefersReducedMotion();
  const print = isPrintView(location.search);
  // Slide 1 is laid out by HTML and CSS before this script runs: let it paint before the other slides
  // are built into the page and before reveal's layout work.
  await afterFirstPaint();
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

const role = pageRole(location);
// `npm run present` serves this page as the phone remote too, and says so in a meta tag.
// The remote and the speaker view show reveal's styles too (notes, controls): they load the later sheet first.
if (presentRoleOf(document) === 'remote')
  void loadLaterStyles(document)
    .then(() => import('./deck/remote/view.ts'))
    .then(({ startRemote }) => startRemote());
else if (role === 'speaker')
  void loadLaterStyles(document)
    .then(() => import('./deck/speaker/view.ts'))
    .then(({ startSpeakerView }) => startSpeakerView());
else void startDeck(role);
