/**
 * Drops the parts of reveal.css the deck never uses, so slide 1 downloads less CSS: the slide
 * transitions other than fade/none, the fragment effects other than the default fade, and styles
 * for code highlighting, auto-animate, autoplay, link previews and layout helpers. The deck's settings
 * (src/deck/config.ts) and theme use none of them; screenshots and the browser tests would show
 * a missing rule.
 */
import type { Plugin as PostcssPlugin } from 'postcss';

/** The file this applies to; other stylesheets are left alone. */
const RE_REVEAL_CSS = /reveal\.js[\\/]dist[\\/]reveal\.css$/;

/** Selectors of features the deck does not use. */
export const UNUSED_SELECTORS: readonly RegExp[] = [
  // Transitions: the deck uses fade (or none for reduced motion).
  /data-(?:background-)?transition~?=["']?(?:slide|convex|concave|zoom|linear|default|cube|page)/,
  /\.reveal\.(?:slide|convex|concave|zoom|linear|default|cube|page)\b/,
  /\[data-transition-speed/,
  /data-auto-animate/,
  // Fragment effects: the deck's fragments use the default fade only.
  /\.fragment\.(?:grow|shrink|zoom-in|fade-out|semi-fade-out|strike|fade-up|fade-down|fade-left|fade-right|fade-in-then-out|current-visible|fade-in-then-semi-out|highlight-)/,
  // Features the slides never contain: code, autoplay, layout helpers, the 'roll' link effect.
  /\.hljs|\bpre\b|\bcode\b/,
  /\.playback|r-media-play-button|\.roll\b/,
  // Link previews in an overlay (data-preview-link): their loading spinner and "open externally" icon.
  /r-overlay-spinner|r-overlay-external/,
  /\.reveal \.(?:stretch|r-stretch|r-fit-text|r-stack|r-vstack|r-hstack|items-|justify-)/,
];

/** The PostCSS plugin that removes rules whose every selector names an unused feature. */
export function trimRevealCss(): PostcssPlugin {
  return {
    postcssPlugin: 'deck-trim-reveal-css',
    Once(root, { result }) {
      if (!RE_REVEAL_CSS.test(result.opts.from ?? '')) return;
      root.walkRules((rule) => {
        const kept = rule.selectors.filter((selector) => !UNUSED_SELECTORS.some((pattern) => pattern.test(selector)));
        if (kept.length === 0) rule.remove();
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      });
      root.walkAtRules((atRule) => {
        if (atRule.nodes?.length === 0) atRule.remove();
      });
    },
  };
}
