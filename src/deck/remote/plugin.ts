/**
 * The deck's side of the phone remote as a reveal plugin. Only on a page served by `npm run present`
 * (its meta tag says so): once slide 1 is painted, the deck loads the small chunk that connects to
 * the present server's socket. Served by anything else, the deck makes no extra request at all.
 */
import { READY_CLASS } from '../../contract/index.ts';
import { afterPaintPlugin } from '../after-paint-plugin.ts';
import type { DeckPlugin } from '../reveal-deck.ts';
import { presentRoleOf } from './page.ts';

/** The reveal plugin that lets a phone remote drive this copy of the deck. */
export function remoteLinkPlugin(): DeckPlugin {
  const root = document.documentElement;
  return afterPaintPlugin({
    id: 'remote-link',
    applies: () => presentRoleOf(document) === 'deck',
    start: async (deck, listeners) => {
      const { linkToRemote } = await import('./deck-link.ts');
      // Marked while the socket is open, not once: it closes and opens again with the server.
      linkToRemote(deck, listeners, (open) => root.classList.toggle(READY_CLASS.remoteLink, open));
      listeners.onRemove(() => root.classList.remove(READY_CLASS.remoteLink));
    },
  });
}
