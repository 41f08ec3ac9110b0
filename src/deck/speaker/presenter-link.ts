/**
 * The deck's side of the speaker view: S opens it; the deck tells it every move and follows the
 * keys pressed in it. Our own, small, instead of reveal's notes plugin, which bundles a markdown
 * parser and shows notes in a font the machine may not have.
 */
import type { Listeners, RevealDeck } from '../reveal-deck.ts';
import { NAMESPACE, type Navigation, readMessage, type SpeakerMessage, speakerViewUrl } from './protocol.ts';

/** reveal's events after which the speaker view must show the new position. */
const MOVES = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'overviewhidden', 'ready'] as const;
/** The S key, reveal's key for the speaker view. */
const KEY_S = 83;

/** Connects the deck to a speaker view: opening it, sending positions, taking navigation; what it adds is removed with `listeners`. */
export function linkSpeakerView(deck: RevealDeck, listeners: Listeners): void {
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

  listeners.window('message', (event) => {
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
  for (const move of MOVES) listeners.deck(deck, move, send);

  deck.addKeyBinding({ keyCode: KEY_S, key: 'S', description: 'Speaker view: notes, timer, next slide' }, () => {
    speaker = window.open(speakerViewUrl(location), 'deck-speaker-view', 'width=1280,height=800');
  });
  listeners.onRemove(() => deck.removeKeyBinding(KEY_S));
}
