/**
 * The presenter's tools as a reveal plugin: once slide 1 is painted, the deck loads the small chunk
 * with the laser pointer (L) and reveal's zoom (Alt+click, Ctrl+click on Linux).
 */
import { READY_CLASS } from '../../contract/index.ts';
import { afterPaintPlugin } from '../after-paint-plugin.ts';
import type { DeckPlugin } from '../reveal-deck.ts';

/** The reveal plugin that adds the pointer and the zoom to the audience's deck. */
export function presenterToolsPlugin(options: { readonly reducedMotion: boolean }): DeckPlugin {
  return afterPaintPlugin({
    id: 'presenter-tools',
    mark: READY_CLASS.presenterTools,
    start: async (deck, listeners) => (await import('./tools.ts')).installPresenterTools(deck, listeners, options),
  });
}
