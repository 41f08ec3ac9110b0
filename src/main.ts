/** Wires the deck: reveal.js over the slides the build rendered into the page. */
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './deck/theme.css';
import './deck/print.css';
import './deck/outline.css';
import outline from 'virtual:deck/outline';
import { prefersReducedMotion, revealConfig } from './deck/config.ts';
import { PhoneLayout } from './deck/phone.ts';

declare global {
  interface Window {
    /** The deck's reveal.js instance, where reveal's own scripts put it (plugins and page scripts look there). */
    Reveal?: InstanceType<typeof Reveal>;
  }
}

const deck = new Reveal({ ...revealConfig({ reducedMotion: prefersReducedMotion() }), plugins: [Notes, PhoneLayout()] });
window.Reveal = deck;

void deck.initialize().then(() => {
  document.documentElement.dataset['slides'] = String(outline.length);
  document.documentElement.classList.add('deck-ready');
});
