/** Wires the deck: reveal.js over the slides the build rendered into the page. */
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './deck/theme.css';
import './deck/responsive.css';
import outline from 'virtual:deck/outline';
import { isPrintView, prefersReducedMotion, revealConfig } from './deck/config.ts';
import { followDeepLinksInScrollView } from './deck/scroll-view.ts';
import { followScreenWidth, isNarrowScreen } from './deck/stage.ts';

declare global {
  interface Window {
    /** The deck's reveal.js instance, where reveal's own scripts put it (plugins and page scripts look there). */
    Reveal?: InstanceType<typeof Reveal>;
  }
}

// The print view (PDF) always uses the projector stage.
const narrow = isNarrowScreen() && !isPrintView(window.location);
const deck = new Reveal({ ...revealConfig({ reducedMotion: prefersReducedMotion(), narrow }), plugins: [Notes] });
window.Reveal = deck;
if (!isPrintView(window.location)) followScreenWidth(deck);

// reveal rewrites the hash as it starts: keep the link the page was opened with.
const openedWith = window.location.hash;
void deck.initialize().then(() => {
  followDeepLinksInScrollView(deck, openedWith);
  document.documentElement.dataset['slides'] = String(outline.length);
  document.documentElement.classList.add('deck-ready');
});
