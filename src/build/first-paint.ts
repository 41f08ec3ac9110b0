/**
 * What the page paints before reveal's script runs: slide 1, laid out and scaled exactly as reveal
 * will lay it out (the 16:9 stage fitted to the screen, or the phone's scroll view), so the title
 * shows with the HTML, the style sheet and its font, and nothing moves when reveal takes over.
 * Pure: stage sizes and slide 1's markup in, CSS and markup out.
 */
import { PALETTE, SPEAKER_VIEW_TARGET } from '../contract/index.ts';
import { escapeHtml } from '../slides/html.ts';

/** A stage's size in CSS pixels. */
interface Size {
  readonly width: number;
  readonly height: number;
}

/** What the pre-script layout must reproduce of reveal's. */
export interface FirstPaintInput {
  /** The 16:9 stage (reveal's `width`/`height`). */
  readonly stage: Size;
  /** The portrait stage shown in reveal's scroll view on phones. */
  readonly phoneStage: Size;
  /** Screens this wide or narrower get the scroll view (reveal's `scrollActivationWidth`). */
  readonly phoneWidth: number;
  /** reveal's `minScale` and `maxScale`. */
  readonly scaleLimits: { readonly min: number; readonly max: number };
  /** Slide 1's `<section …>` opening tag (its `data-background-color` is painted full-bleed). */
  readonly firstSection: string;
}

/** The container that holds the deck's hidden deep-link targets. */
export const DEEP_LINK_CLASS = 'deck-links';
/** Until a section is `present`, reveal has not laid the deck out. */
const BEFORE_REVEAL = ':root:not(:has(.reveal .slides section.present))';
/** …and slide 1 is the one to show unless the address names another slide. */
const FIRST_SLIDE_SHOWN = `:root:not(:has(.reveal .slides section.present, .${DEEP_LINK_CLASS} > :target))`;
/** The page opened at the speaker view's address (`?speaker#/speaker_view`). */
const SPEAKER_VIEW_ADDRESS = `:root:has(.${DEEP_LINK_CLASS} > [id="${SPEAKER_VIEW_TARGET}"]:target)`;
/**
 * The screen's box, which reveal measures (its wrapper) and the stage's scale is computed from. Before
 * reveal it fills the viewport (html and body at 100%, nothing scrolls), so viewport units measure it:
 * `vw`, and `svh` for the height `100%` gives on a phone with its address bar shown.
 */
const SCREEN = '.reveal';
/** The screen box's sides in viewport units, and the media features that match them. */
const SIDE = {
  width: { unit: 'vw', variable: '--deck-fit-w' },
  height: { unit: 'svh', variable: '--deck-fit-h' },
} as const;
const SLIDES = '.reveal > .slides';
const FIRST_SLIDE = '.reveal > .slides > section:first-child';
const RE_BACKGROUND_COLOR = /\bdata-background-color="([^"]*)"/;
/** How far an exact half is pushed down where reveal's floating-point rounding goes down (see below). */
const ROUND_DOWN_NUDGE = '0.001px';
/** The largest screen side (in CSS pixels) the rounding exceptions are listed for: an 8K screen. */
const LARGEST_SCREEN = 7680;

/**
 * reveal's scale: `min(screen / stage)` per side, clamped, then `Math.round(s * 100) / 100` in
 * doubles. The CSS below computes `s * 100` as a length and rounds it to whole pixels, ties up.
 */
export function revealScale(screen: Size, stage: Size, limits: FirstPaintInput['scaleLimits']): number {
  const fit = Math.min(Math.max(Math.min(screen.width / stage.width, screen.height / stage.height), limits.min), limits.max);
  return Math.round(fit * 100) / 100;
}

/**
 * Screen sides where `side / stageSide` lies exactly halfway between two hundredths and reveal's
 * doubles round it down (e.g. 1104 / 1920 = 0.575 → 0.57), while exact CSS rounding goes up.
 */
export function roundsDownAtHalf(stageSide: number, largest = LARGEST_SCREEN): number[] {
  const sides: number[] = [];
  for (let side = 1; side <= largest; side++) {
    const hundredths = (side * 100) / stageSide;
    const isHalf = (side * 200) % stageSide === 0 && (side * 100) % stageSide !== 0;
    if (isHalf && Math.round((side / stageSide) * 100) < Math.ceil(hundredths)) sides.push(side);
  }
  return sides;
}

/** `1920` → `19.2`: the stage side in hundredths, so that `screen / it` is the scale × 100, in px. */
const hundredth = (side: number): string => String(side / 100);

/** The scale of `stage` in the `.reveal` container, as custom properties on the slides element. */
function fitRules(stage: Size, limits: FirstPaintInput['scaleLimits']): string {
  // The screen's sides, rounded as reveal's offsetWidth rounds them; each side's fit is the scale × 100 as a length.
  return (
    `${SIDE.width.variable}:calc(round(nearest,100${SIDE.width.unit},1px) / ${hundredth(stage.width)});` +
    `${SIDE.height.variable}:calc(round(nearest,100${SIDE.height.unit},1px) / ${hundredth(stage.height)});` +
    // tan(atan2(a, b)) is a / b as a number: the one portable way to divide two lengths in CSS.
    `--deck-scale:tan(atan2(clamp(${limits.min * 100}px,round(nearest,min(var(--deck-fit-w),var(--deck-fit-h)),1px),${limits.max * 100}px),100px));`
  );
}

/** A media query that pushes reveal's round-down halves down, for one side of one stage and a range of screens. */
function roundingExceptions(stage: Size, axis: 'width' | 'height', screens: { readonly from: number; readonly to: number }): string {
  const stageSide = axis === 'width' ? stage.width : stage.height;
  const sides = roundsDownAtHalf(stageSide, screens.to).filter((side) => side >= screens.from);
  if (sides.length === 0) return '';
  const { variable, unit } = SIDE[axis];
  // A side that rounds to the listed whole pixel, as reveal's offsetWidth/offsetHeight round it.
  const query = sides.map((side) => `(${side - 0.5}px <= ${axis} < ${side + 0.5}px)`).join(' or ');
  return (
    `@media ${query}{${BEFORE_REVEAL} ${SLIDES}{` +
    `${variable}:calc(round(nearest,100${unit},1px) / ${hundredth(stageSide)} - ${ROUND_DOWN_NUDGE})}}`
  );
}

/** Slide 1's full-bleed colour, if it has one (reveal paints it as a background layer behind the stage). */
export function firstSlideBackground(firstSection: string): string | undefined {
  const colour = RE_BACKGROUND_COLOR.exec(firstSection)?.[1];
  return colour ? colour : undefined;
}

/** The style sheet that lays slide 1 out before reveal does, on every screen shape. */
export function firstPaintCss(input: FirstPaintInput): string {
  const { stage, phoneStage, phoneWidth, scaleLimits } = input;
  const background = firstSlideBackground(input.firstSection);
  const paint = (where: string): string => (background ? `${FIRST_SLIDE_SHOWN} ${where}{background:${background}}` : '');
  const screen = [
    // reveal: html.reveal-full-page and body.reveal-viewport fill the screen and do not scroll. Only where
    // scripts run: without them reveal never starts, and the text outline shown instead must scroll.
    `@media (scripting:enabled){${BEFORE_REVEAL},${BEFORE_REVEAL} body{height:100%;overflow:hidden}}`,
    `${FIRST_SLIDE_SHOWN} ${FIRST_SLIDE}{display:block}`,
    // The speaker view's window shows its own dark ground, not the slides' paper, until its script builds the view.
    `${SPEAKER_VIEW_ADDRESS},${SPEAKER_VIEW_ADDRESS} body{background:${PALETTE.ink}}`,
  ];
  const wide = [
    // reveal: the stage centred by `left/top: 50%` and `translate(-50%, -50%) scale(s)`; at scale 1 instead by
    // `inset: 0; margin: auto`, which on a screen a few pixels narrower than the stage keeps its left edge at 0.
    `${BEFORE_REVEAL} ${SLIDES}{${fitRules(stage, scaleLimits)}` +
      `--deck-unscaled:clamp(0,tan(atan2(round(nearest,min(var(--deck-fit-w),var(--deck-fit-h)),1px) - 99px,1px)),1);` +
      `inset:50% auto auto calc(50% + var(--deck-unscaled) * max(0px,${stage.width / 2}px - 50%));` +
      `width:${stage.width}px;height:${stage.height}px;transform:translate(-50%,-50%) scale(var(--deck-scale))}`,
    paint(SCREEN),
    roundingExceptions(stage, 'width', { from: phoneWidth + 1, to: LARGEST_SCREEN }),
    roundingExceptions(stage, 'height', { from: 1, to: LARGEST_SCREEN }),
  ];
  const phone = [
    // reveal's scroll view, compact: slide 1's page is the stage's height × s, the slide centred in it.
    `${BEFORE_REVEAL} ${SLIDES}{${fitRules(phoneStage, scaleLimits)}` +
      `position:relative;inset:auto;width:100%;height:calc(${phoneStage.height}px * var(--deck-scale));transform:none}`,
    `${FIRST_SLIDE_SHOWN} ${FIRST_SLIDE}{top:50%;left:50%;width:${phoneStage.width}px;height:${phoneStage.height}px;` +
      // Without reveal's transition on sections: a screen turned before the script runs re-fits at once.
      'transform-origin:0 0;transform:scale(var(--deck-scale)) translate(-50%,-50%);transition:none}',
    paint(SLIDES),
    roundingExceptions(phoneStage, 'width', { from: 1, to: phoneWidth }),
    roundingExceptions(phoneStage, 'height', { from: 1, to: LARGEST_SCREEN }),
  ];
  return [
    ...screen,
    `@media (min-width:${phoneWidth + 1}px){${wide.filter(Boolean).join('\n')}}`,
    `@media (max-width:${phoneWidth}px){${phone.filter(Boolean).join('\n')}}`,
  ].join('\n');
}

/**
 * Hidden targets for the deep links of every slide but the first (`#/2`, `#/meeting`), and for the
 * speaker view's address: while one is the page's `:target`, slide 1 is not painted before reveal
 * starts, so a link to slide 7 (or a reload on it) never flashes the title first, nor does the
 * speaker view's window before its script builds the view.
 */
export function renderDeepLinkTargets(slideIds: readonly string[]): string {
  const targets = [...slideIds.slice(1).flatMap((id, index) => [`/${index + 2}`, `/${id}`]), SPEAKER_VIEW_TARGET];
  return `<div class="${DEEP_LINK_CLASS}" hidden>${targets.map((id) => `<a id="${escapeHtml(id)}"></a>`).join('')}</div>`;
}
