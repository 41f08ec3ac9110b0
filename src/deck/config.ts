/** The deck's reveal.js settings, in one place. */
import type { RevealConfig } from 'reveal.js';
import { SCROLL_VIEW_WIDTH, STAGE, STAGE_SCALE_LIMITS } from '../contract/index.ts';

/** True when the viewer asked for less motion. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The reveal.js configuration: a 1920×1080 stage scaled to the screen (a portrait one on phones, see phone.ts), deep links, numbers, progress. */
export function revealConfig(options: { readonly reducedMotion: boolean }): RevealConfig {
  return {
    width: STAGE.width,
    height: STAGE.height,
    scrollActivationWidth: SCROLL_VIEW_WIDTH,
    // On a phone the slides follow one another like a page, without a screen's height of blank space between.
    scrollLayout: 'compact',
    margin: 0,
    minScale: STAGE_SCALE_LIMITS.min,
    maxScale: STAGE_SCALE_LIMITS.max,
    center: false,
    hash: true,
    // `#/5` opens the slide numbered 5 on screen, as the slide number shows it.
    hashOneBasedIndex: true,
    history: false,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    progress: true,
    controls: true,
    controlsTutorial: false,
    help: true,
    overview: true,
    touch: true,
    keyboard: true,
    fragments: true,
    transition: options.reducedMotion ? 'none' : 'fade',
    backgroundTransition: options.reducedMotion ? 'none' : 'fade',
    transitionSpeed: 'fast',
    // The PDF shows each slide once, in its final state.
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
  };
}

/** Overrides for a slide preview inside the speaker view: no controls of its own, moved by its parent. */
export function previewConfig(): RevealConfig {
  return {
    controls: false,
    progress: false,
    slideNumber: false,
    keyboard: false,
    touch: false,
    hash: false,
    overview: false,
    help: false,
    transition: 'none',
    backgroundTransition: 'none',
    // The speaker view sets positions through reveal's postMessage API and waits for 'ready'.
    postMessage: true,
    postMessageEvents: true,
  };
}
