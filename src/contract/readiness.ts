/**
 * The marks the deck sets on `<html>` as it starts, which the exporters, the benchmark and the
 * browser tests wait for. One table, so a mark cannot be renamed on one side only.
 */
export const READY_CLASS = {
  /** reveal has started and laid the slides out. */
  deck: 'deck-ready',
  /** Slide 1 has been painted with its text in the deck's font. */
  painted: 'deck-painted',
  /** Every chart that should show now is drawn. */
  charts: 'charts-ready',
  /** The S key opens the speaker view. */
  speakerLink: 'speaker-link-ready',
  /** L toggles the laser pointer, and Alt+click (Ctrl+click on Linux) zooms. */
  presenterTools: 'presenter-tools-ready',
  /** The deck is connected to the present server's socket (only when served by `npm run present`). */
  remoteLink: 'remote-link-ready',
} as const;

/** The event reveal dispatches on `document` once its print view has placed every page. */
export const PDF_READY_EVENT = 'pdf-ready';

/** The class reveal puts on `<html>` while its print view lays the pages out. */
export const PRINT_LAYOUT_CLASS = 'print-pdf';

/** The class reveal puts on its viewport in the scroll view (phones held upright: every slide on one page). */
export const SCROLL_VIEW_CLASS = 'reveal-scroll';
