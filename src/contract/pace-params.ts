/** The pace plan's settings in a page's address (`?duration=15&rate=200`): read by the speaker view. */

/** The talk's target length in minutes (`?duration=15`): the pace plan is scaled to it. */
export const DURATION_PARAM = 'duration';
/** The speaking rate in characters per minute (`?rate=200`), for the pace plan. */
export const RATE_PARAM = 'rate';
