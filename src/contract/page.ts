/** The deck page's addresses: which query parameter turns it into the print view, the speaker view or a preview. */

/** reveal's print layout, which the PDF export prints. */
export const PRINT_PARAM = 'print-pdf';
/** The speaker view (notes, timer, next slide), opened with S. */
export const SPEAKER_PARAM = 'speaker';
/**
 * The fragment of the speaker view's address (`?speaker#/speaker_view`): one of the hidden targets of
 * the deep links (src/build/first-paint.ts), so its window paints the view's dark ground, not slide
 * 1, before its script builds the view. No slide can take it: a slide id has no `_`.
 */
export const SPEAKER_VIEW_TARGET = '/speaker_view';
/** A slide preview inside the speaker view (reveal's own name for it). */
export const RECEIVER_PARAM = 'receiver';

/** A query string that names the print layout among its parameters (`?print-pdf`, `?a=1&print-pdf`). */
const RE_PRINT_PARAM = new RegExp(`[?&]${PRINT_PARAM}(?:[=&]|$)`);

/** True when a query string (`location.search`) asks for reveal's print layout. */
export function isPrintView(search: string): boolean {
  return RE_PRINT_PARAM.test(search);
}

/**
 * The `<meta name>` that `npm run present` adds to the page it serves (`content`: the page's role).
 * A plain static host serves the page without it, and then the deck opens no socket at all.
 */
export const PRESENT_META_NAME = 'deck-present';

/** A page's role under `npm run present`, and who is on the other end of its socket: a copy of the deck, or a remote that drives them. */
export type PresentRole = 'deck' | 'remote';

/**
 * The id of the `<noscript>` that carries every slide after the first: where scripts run, the parser
 * keeps its content as text, so the page's first paint does not wait for their markup to be built,
 * and the deck's script puts them in place after slide 1 is painted, before reveal starts.
 */
export const LATER_SLIDES_ID = 'deck-later-slides';

/**
 * The attribute of the disabled `<link>` to the style rules that cannot match before the deck's
 * script runs (reveal's controls and views, the later slides' parts): the page does not fetch it
 * for its first paint; the deck's script enables it after.
 */
export const LATER_STYLES_ATTRIBUTE = 'data-deck-later';
