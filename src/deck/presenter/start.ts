/** Starts the presenter's features on the audience's deck; each sets its readiness mark once it works. */
import { READY_CLASS } from '../../contract/index.ts';
import { linkToRemote } from '../remote/deck-link.ts';
import type { Listeners, RevealDeck } from '../reveal-deck.ts';
import { linkSpeakerView } from '../speaker/presenter-link.ts';
import { installPresenterTools } from './tools.ts';

/** What the features need to know of the page. */
export interface PresenterOptions {
  readonly reducedMotion: boolean;
  /** Served by `npm run present` as the deck: there is a socket to connect to (anywhere else, no request is made). */
  readonly servedByPresent: boolean;
}

/** The speaker view's link, the pointer and zoom, and the remote's link when served by `present`; all removed with `listeners`. */
export function startPresenterFeatures(deck: RevealDeck, listeners: Listeners, options: PresenterOptions): void {
  const root = document.documentElement;
  linkSpeakerView(deck, listeners);
  installPresenterTools(deck, listeners, options);
  root.classList.add(READY_CLASS.speakerLink, READY_CLASS.presenterTools);
  if (options.servedByPresent) {
    // Marked while the socket is open, not once: it closes and opens again with the server.
    linkToRemote(deck, listeners, (open) => root.classList.toggle(READY_CLASS.remoteLink, open));
  }
  listeners.onRemove(() => root.classList.remove(READY_CLASS.speakerLink, READY_CLASS.presenterTools, READY_CLASS.remoteLink));
}
