/**
 * The stage the slides are laid out on. A 16:9 stage for projectors and screens; on a phone held upright
 * reveal shows its scroll view, one slide under the other, and a 16:9 stage scaled to the phone's width
 * would make text 7 px high, so the slides are laid out on a portrait stage there instead.
 */
import type Reveal from 'reveal.js';

/** A stage size in CSS pixels. */
export interface Stage {
  readonly width: number;
  readonly height: number;
}

/** The projector stage. */
export const WIDE_STAGE: Stage = { width: 1920, height: 1080 };
/** The phone stage: 720 px wide, so body text (36 px) shows at about 19 px on a 390 px phone. */
export const NARROW_STAGE: Stage = { width: 720, height: 1280 };
/** reveal switches to its scroll view at this width and below (its own default; responsive.css uses the same number). */
export const SCROLL_VIEW_WIDTH = 435;
/** The media query of the narrow layout. */
export const NARROW_QUERY = `(max-width: ${SCROLL_VIEW_WIDTH}px)`;

/** The stage for a narrow or a wide screen. */
export function stageFor(narrow: boolean): Stage {
  return narrow ? NARROW_STAGE : WIDE_STAGE;
}

/** True when the screen is narrow enough for the scroll view. */
export function isNarrowScreen(): boolean {
  return window.matchMedia(NARROW_QUERY).matches;
}

/** Switches the stage when the screen crosses the narrow width (a phone turned, a window resized). */
export function followScreenWidth(deck: InstanceType<typeof Reveal>): void {
  window.matchMedia(NARROW_QUERY).addEventListener('change', (event) => deck.configure({ ...stageFor(event.matches) }));
}
