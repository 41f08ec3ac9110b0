/**
 * The deck's side of the speaker view: S opens it; the deck tells it every move and follows the
 * keys pressed in it. Our own, small, instead of reveal's notes plugin, which bundles a markdown
 * parser and shows notes in a font the machine may not have.
 */
import type Reveal from 'reveal.js';
import { deckUrlWith, NAMESPACE, type Navigation, readMessage, SPEAKER_PARAM, type SpeakerMessage } from './protocol.ts';

type Deck = InstanceType<typeof Reveal>;

/** reveal's events after which the speaker view must show the new position. */
const MOVES = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'overviewhidden', 'ready'] as const;
/** The S key, reveal's key for the speaker view. */
const KEY_S = 83;

/** Connects the deck to a speaker view: opening it, sending positions, taking navigation. */
export function linkSpeakerView(deck: Deck): void {
  let speaker: Window | null = null;

  const send = (): void => {
    if (!speaker || speaker.closed) return;
    const slide = deck.getCurrentSlide();
    const message: SpeakerMessage = {
      namespace: NAMESPACE,
      type: 'position',
      state: { ...deck.getState() },
      slideId: slide?.id ?? '',
      number: deck.getSlidePastCount() + 1,
      total: deck.getTotalSlides(),
    };
    speaker.postMessage(message, '*');
  };

  const navigate: Readonly<Record<Navigation, () => void>> = {
    next: () => deck.next(),
    prev: () => deck.prev(),
    first: () => deck.slide(0),
    last: () => deck.slide(deck.getTotalSlides() - 1),
  };

  window.addEventListener('message', (event) => {
    const message = readMessage(event.data);
    if (!message) return;
    // A speaker view says hello when it opens, and again after this page reloads, to find it.
    if (message.type === 'hello') {
      speaker = event.source as Window;
      send();
    } else if (message.type === 'navigate' && event.source === speaker) {
      navigate[message.to]();
    }
  });
  for (const move of MOVES) deck.on(move, send);

  deck.addKeyBinding({ keyCode: KEY_S, key: 'S', description: 'Speaker view: notes, timer, next slide' }, () => {
    speaker = window.open(deckUrlWith(location, SPEAKER_PARAM), 'deck-speaker-view', 'width=1280,height=800');
  });
}
