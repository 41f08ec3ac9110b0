/** The stages slides are laid out on, and the screen width at which the phone's stage takes over. */

/** A stage's size in CSS pixels before reveal scales it to the screen. */
export interface StageSize {
  readonly width: number;
  readonly height: number;
}

/** The 16:9 stage of the deck, its PDF pages and its link preview's proportions. */
export const STAGE: StageSize = { width: 1920, height: 1080 };

/**
 * The portrait stage for phones: a phone's shape (390×844 is 9:19.5), narrow enough that 36 px stage
 * text reads at ~19 px on a 390 px screen, tall enough for a list and a chart one above the other.
 */
export const PHONE_STAGE: StageSize = { width: 720, height: 1560 };

/** At this screen width and below, reveal shows its scroll view on the phone stage: phones held upright. */
export const SCROLL_VIEW_WIDTH = 435;

/** The least and the most reveal may scale a stage to fit the screen (the pre-script layout fits it the same way). */
export const STAGE_SCALE_LIMITS = { min: 0.1, max: 3 } as const;
