// Modules the deck's Vite plugin makes from the slides folder at build time.
declare module 'virtual:deck/outline' {
  /** Every slide's id and heading, in order. */
  const outline: readonly { readonly id: string; readonly title: string }[];
  export default outline;
}

declare module 'virtual:deck/charts' {
  import type { ChartSpec } from './charts/types.ts';

  /** The chart specs by name. */
  const charts: Readonly<Record<string, ChartSpec>>;
  export default charts;
}

declare module 'virtual:deck/notes' {
  /** Each slide's speaker notes (HTML), by slide id; loaded after the first paint. */
  const notes: Readonly<Record<string, string>>;
  export default notes;
}
