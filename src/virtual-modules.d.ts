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
