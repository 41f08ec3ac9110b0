/** Puts the slides the page carries as text (src/build/later-slides.ts) after slide 1, once slide 1 is painted. */
import { LATER_SLIDES_ID } from '../contract/index.ts';

/** Moves the later slides into the deck; does nothing on a page without them (a deck of one slide). */
export function mountLaterSlides(doc: Document): void {
  const block = doc.getElementById(LATER_SLIDES_ID);
  const slides = doc.querySelector('.reveal > .slides');
  if (!block || !slides) return;
  // Where scripts run, a noscript holds its markup as text.
  const parsed = doc.createElement('template');
  parsed.innerHTML = block.textContent ?? '';
  // Inside the wrapper that keeps them hidden where a browser without scripts builds them.
  slides.append(...(parsed.content.firstElementChild?.children ?? []));
  block.remove();
}
