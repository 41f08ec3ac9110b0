/** Wires the deck: reveal.js over the slides the build rendered into the page. */
import Reveal from 'reveal.js';
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './deck/theme.css';
import './deck/charts.css';
import './deck/outline.css';
import outline from 'virtual:deck/outline';
import { afterFirstPaint } from './deck/after-first-paint.ts';
import { chartsPlugin } from './deck/charts/plugin.ts';
import { isPrintView, prefersReducedMotion, previewConfig, revealConfig } from './deck/config.ts';
import { loadNotes } from './deck/notes.ts';
import { PhoneLayout } from './deck/phone.ts';
import { followDeepLinksInScrollView } from './deck/scroll-view.ts';
import { pageRole } from './deck/speaker/protocol.ts';

declare global {
  interface Window {
    /** The deck's reveal.js instance, where reveal's own scripts put it (plugins and page scripts look there). */
    Reveal?: InstanceType<typeof Reveal>;
  }
}

const root = document.documentElement;

/** The deck as the audience sees it (also the print view and the previews in the speaker view). */
async function startDeck(role: 'deck' | 'preview'): Promise<void> {
  const reducedMotion = prefersReducedMotion();
  const print = isPrintView(location);
  const config = revealConfig({ reducedMotion });
  const charts = chartsPlugin({ print, reducedMotion });
  const deck = new Reveal({ ...config, ...(role === 'preview' ? previewConfig() : {}), plugins: [charts, PhoneLayout()] });
  window.Reveal = deck;
  // reveal rewrites the hash as it starts: keep the link the page was opened with, for the phone's scroll view.
  const openedWith = location.hash;
  // The print view's styles, and the notes a printed handout lays out with the slides, must be there before reveal starts.
  if (print) await Promise.all([import('./deck/print.css'), loadNotes(document)]);
  await deck.initialize();
  followDeepLinksInScrollView(deck, openedWith);
  root.dataset.slides = String(outline.length);
  root.classList.add('deck-ready');
  await afterFirstPaint();
  root.classList.add('deck-painted');
  if (role === 'deck') {
    const { linkSpeakerView } = await import('./deck/speaker/presenter-link.ts');
    linkSpeakerView(deck);
    root.classList.add('speaker-link-ready');
  }
}

const role = pageRole(location);
if (role === 'speaker') void import('./deck/speaker/view.ts').then(({ startSpeakerView }) => startSpeakerView());
else void startDeck(role);
