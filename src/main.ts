/** The page's script: the deck's styles, and the view its address asks for (the deck, a preview, the speaker view, the phone remote). */
import type { DeckRole } from './deck/start-deck.ts';
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
// The phone stage's sheet: slide 1 on a phone needs its rules before any script runs, and its module
// (deck/phone/stage.ts) loads only once slide 1 is painted.
import './deck/styles/phone.css';
import { afterFirstPaint } from './deck/after-first-paint.ts';
import { loadLaterStyles } from './deck/later-styles.ts';
import { presentRoleOf } from './deck/remote/page.ts';
import { pageRole } from './deck/speaker/protocol.ts';

/**
 * Slide 1 is laid out by HTML and CSS alone. The deck's code (reveal.js and its plugins, most of the
 * script) is fetched and compiled only once slide 1 is painted: fetched beside the page, it delayed
 * the title's paint by about 6 ms in the benchmark (npm run bench), as the browser compiled it first.
 */
async function startDeckAfterFirstPaint(role: DeckRole): Promise<void> {
  await afterFirstPaint();
  const { startDeck } = await import('./deck/start-deck.ts');
  await startDeck(role);
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
else void startDeckAfterFirstPaint(role);
