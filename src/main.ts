/** Wires the deck: reveal.js over the slides the build rendered into the page. */
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './deck/theme.css';
import './deck/charts.css';
import outline from 'virtual:deck/outline';
import { chartsPlugin } from './deck/charts/plugin.ts';
import { isPrintView, prefersReducedMotion, revealConfig } from './deck/config.ts';

declare global {
  interface Window {
    /** The deck's reveal.js instance, where reveal's own scripts put it (plugins and page scripts look there). */
    Reveal?: InstanceType<typeof Reveal>;
  }
}

const reducedMotion = prefersReducedMotion();
const charts = chartsPlugin({ print: isPrintView(window.location), reducedMotion });
const deck = new Reveal({ ...revealConfig({ reducedMotion }), plugins: [Notes, charts] });
window.Reveal = deck;

void deck.initialize().then(() => {
  document.documentElement.dataset['slides'] = String(outline.length);
  document.documentElement.classList.add('deck-ready');
});
