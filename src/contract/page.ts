/** The deck page's addresses: which query parameter turns it into the print view, the speaker view or a preview. */

/** reveal's print layout, which the PDF export prints. */
export const PRINT_PARAM = 'print-pdf';
/** The speaker view (notes, timer, next slide), opened with S. */
export const SPEAKER_PARAM = 'speaker';
/** A slide preview inside the speaker view (reveal's own name for it). */
export const RECEIVER_PARAM = 'receiver';

/** A query string that names the print layout among its parameters (`?print-pdf`, `?a=1&print-pdf`). */
const RE_PRINT_PARAM = new RegExp(`[?&]${PRINT_PARAM}(?:[=&]|$)`);

/** True when a query string (`location.search`) asks for reveal's print layout. */
export function isPrintView(search: string): boolean {
  return RE_PRINT_PARAM.test(search);
}
