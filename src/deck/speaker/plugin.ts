/**
 * The speaker view's link as a reveal plugin: once slide 1 is painted, the deck loads the small
 * chunk that opens the speaker view on S and keeps it in step.
 */
import { READY_CLASS } from '../../contract/index.ts';
import { afterPaintPlugin } from '../after-paint-plugin.ts';
import type { DeckPlugin } from '../reveal-deck.ts';

/** The reveal plugin that links the deck to its speaker view. */
export function speakerLinkPlugin(): DeckPlugin {
  return afterPaintPlugin({
    id: 'speaker-link',
    mark: READY_CLASS.speakerLink,
    start: async (deck, listeners) => (await import('./presenter-link.ts')).linkSpeakerView(deck, listeners),
  });
}
