/**
 * Every slide after the first, carried in the page inside a `<noscript>`. Where scripts run, the
 * HTML parser reads a noscript's content as one run of text, so slide 1 is laid out and painted
 * without waiting for every other slide (charts included) to be built into the document;
 * the deck's script then moves them into place (src/deck/later-slides.ts). Where scripts do not
 * run, the browser builds them as usual, hidden: the text outline shows their charts by reference.
 * Pure: markup in, markup out.
 */
import { LATER_SLIDES_ID } from '../contract/index.ts';

/** The one sequence that would end the noscript's text early. Slide text is escaped when rendered, so built slides never hold it. */
const RE_ENDS_NOSCRIPT = /<\/noscript/i;

/** The noscript holding the slides after the first; empty when the deck has one slide. */
export function renderLaterSlides(slides: readonly string[]): string {
  const markup = slides.join('\n');
  if (!markup) return '';
  if (RE_ENDS_NOSCRIPT.test(markup)) {
    throw new Error(
      'a slide\'s markup contains "</noscript", which would cut the page\'s later slides short: ' +
        'slide text must be escaped when rendered (src/slides/render.ts)',
    );
  }
  return `<noscript id="${LATER_SLIDES_ID}"><div hidden>${markup}</div></noscript>`;
}
