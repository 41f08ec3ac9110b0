/**
 * A copy of the deck connected to the present server: it follows the remote's previous and next,
 * and reports where it is so the remote can show the slide, its notes and the pace.
 */
import { readPresentMessage, SCROLL_VIEW_CLASS, type SlidePosition } from '../../contract/index.ts';
import type { Listeners, RevealDeck } from '../reveal-deck.ts';
import { socketUrl } from './socket-url.ts';

/** reveal's events after which the deck's position is reported. */
const MOVES = ['slidechanged', 'ready'] as const;
/** Waits before connecting again after the socket closed (the server restarting, the laptop waking): growing, capped. */
const RETRY_MS = [1000, 2000, 5000, 10_000] as const;

/** Connects to the socket (and again whenever it closes); `onState` hears whether it is open. What it adds is removed with `listeners`. */
export function linkToRemote(deck: RevealDeck, listeners: Listeners, onState: (open: boolean) => void): void {
  let socket: WebSocket | undefined;
  let failures = 0;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const report = (): void => {
    // A phone scrolling through the deck on its own is not where the talk is: only decks shown slide by slide report.
    if (socket?.readyState !== WebSocket.OPEN || deck.getViewportElement()?.classList.contains(SCROLL_VIEW_CLASS)) return;
    const slide = deck.getCurrentSlide();
    const position: SlidePosition = {
      slideId: slide?.id ?? '',
      index: deck.getIndices().h,
      number: deck.getSlidePastCount() + 1,
      total: deck.getTotalSlides(),
    };
    socket.send(JSON.stringify({ type: 'position', position }));
  };

  const connect = (): void => {
    const current = new WebSocket(socketUrl(location, 'deck'));
    socket = current;
    current.addEventListener('open', () => {
      failures = 0;
      onState(true);
      report();
    });
    current.addEventListener('message', (event) => {
      const message = readPresentMessage(String(event.data));
      if (message?.type !== 'navigate') return;
      if (message.to === 'next') deck.next();
      else deck.prev();
    });
    current.addEventListener('close', () => {
      onState(false);
      if (stopped) return;
      retry = setTimeout(connect, RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]);
    });
  };

  for (const move of MOVES) listeners.deck(deck, move, report);
  listeners.onRemove(() => {
    stopped = true;
    clearTimeout(retry);
    socket?.close();
  });
  connect();
}
