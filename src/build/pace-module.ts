/** The `virtual:deck/pace` module: the pace plan's weights and the key the browser keeps rehearsals under. */
import { createHash } from 'node:crypto';
import type { DeckModel } from '../slides/deck.ts';
import { paceItems } from '../slides/pace-items.ts';

/** The module's source: `items` (one per slide) and `deckKey`, the same for every build of a deck from the same speech. */
export function paceModule(deck: DeckModel): string {
  // Rehearsals are kept per deck in the browser's storage: the speech's headline names the deck across rebuilds.
  const deckKey = createHash('sha256').update(deck.speech.headline.text).digest('hex').slice(0, 12);
  return `export const items = ${JSON.stringify(paceItems(deck))};\nexport const deckKey = ${JSON.stringify(deckKey)};\n`;
}
