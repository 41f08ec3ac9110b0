// Modules the deck's Vite plugin makes from the slides folder at build time.
declare module 'virtual:deck/summary' {
  /** How many slides the deck has. */
  export const slideCount: number;
}

declare module 'virtual:deck/notes' {
  /** Each slide's speaker notes (HTML), by slide id; loaded after the first paint. */
  const notes: Readonly<Record<string, string>>;
  export default notes;
}

declare module 'virtual:deck/pace' {
  import type { PaceItem } from './pace/plan.ts';

  /** What each slide presents of the speech, in slide order; loaded with the speaker view and the remote. */
  export const items: readonly PaceItem[];
  /** A key for this deck (from its speech), under which the browser keeps rehearsals. */
  export const deckKey: string;
}
