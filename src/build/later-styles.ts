/**
 * The deck's style sheet split in two: what the page needs before its script runs (slide 1, the
 * first-paint layout, the text outline), written into the page; and, in a file the deck's script
 * loads after slide 1 is painted and before it starts reveal, the rules that cannot match before:
 * those for what only exists once reveal has started (its controls, progress bar, overview, scroll
 * and print views, the state classes it sets) and, given the classes the page shows before the
 * script runs (page-classes.ts), those for the later slides' own parts (their layouts, trackers,
 * closing slide). Most rules then stay out of the parse and style work of the first paint.
 * Each part keeps the rules' order and the later part comes after the first, so a moved rule now
 * follows the rules that stayed: test/browser/style-split.test.ts checks, in every view of the
 * deck, that no element is styled differently from the whole sheet for it.
 * Pure: CSS text in, two CSS texts out.
 */
import postcss, { type AtRule, type ChildNode, type Container } from 'postcss';
import { requiredClasses } from './css-selectors.ts';

/**
 * Classes that only reveal puts in the page, when it starts: the elements it adds (controls,
 * progress, backgrounds, overlays…) and the states it sets on the page and the slides.
 */
const AFTER_START_CLASSES = [
  'controls',
  'progress',
  'overview',
  'reveal-scroll',
  'scroll-page',
  'scrollbar',
  'r-overlay',
  'pause-overlay',
  'jump-to-slide',
  'speaker-notes',
  'zoomed',
  'slide-number',
  'backgrounds',
  'slide-background',
  'aria-status',
  'reveal-print',
  'print-pdf',
  'reveal-viewport',
  'reveal-full-page',
  'has-vertical-slides',
  'has-horizontal-slides',
  'present',
  'past',
  'future',
];
const RE_AFTER_START_CLASS = new RegExp(`\\.(?:${AFTER_START_CLASSES.join('|')})(?![\\w-])`);

/** A selector without its `:not(…)` parts: a class only reveal sets does not make `:not(.that)` wait for reveal. */
function withoutNegations(selector: string): string {
  let result = '';
  let depth = 0;
  for (let i = 0; i < selector.length; i++) {
    if (depth === 0 && selector.startsWith(':not(', i)) {
      depth = 1;
      i += ':not('.length - 1;
    } else if (depth > 0) {
      if (selector[i] === '(') depth++;
      else if (selector[i] === ')') depth--;
    } else {
      result += selector[i];
    }
  }
  return result;
}

/** True when a selector can only match once reveal has started. */
export function waitsForReveal(selector: string): boolean {
  return RE_AFTER_START_CLASS.test(withoutNegations(selector));
}

/** True when a selector needs a class that no element of the page has before the script runs. */
export function needsLaterClass(selector: string, shownClasses: ReadonlySet<string>): boolean {
  return requiredClasses(selector).some((name) => !shownClasses.has(name));
}

/** `@media print` and friends: they never apply to the first paint on a screen. */
const isPrintOnly = (atRule: AtRule): boolean => atRule.name === 'media' && /^\s*print\s*$/i.test(atRule.params);

/** Appends `node`'s share of the first paint to `now` and of later to `later`, splitting rules by selector and at-rules by content. */
function splitNode(node: ChildNode, canWait: (selector: string) => boolean, now: Container, later: Container): void {
  if (node.type === 'rule') {
    const waiting = node.selectors.filter(canWait);
    const needed = node.selectors.filter((selector) => !canWait(selector));
    if (needed.length > 0) now.append(node.clone({ selectors: needed }));
    if (waiting.length > 0) later.append(node.clone({ selectors: waiting }));
    return;
  }
  if (node.type === 'atrule' && (node.name === 'media' || node.name === 'supports') && node.nodes) {
    if (isPrintOnly(node)) {
      later.append(node.clone());
      return;
    }
    const nowPart = node.clone({ nodes: [] });
    const laterPart = node.clone({ nodes: [] });
    for (const child of node.nodes) splitNode(child, canWait, nowPart, laterPart);
    if (nowPart.nodes && nowPart.nodes.length > 0) now.append(nowPart);
    if (laterPart.nodes && laterPart.nodes.length > 0) later.append(laterPart);
    return;
  }
  // @font-face, @keyframes, @layer, comments…: needed as they are.
  now.append(node.clone());
}

/**
 * The style sheet's rules for the first paint, and those that can wait. Without `shownClasses`,
 * only the rules for what reveal adds or sets wait.
 */
export function splitLaterStyles(css: string, shownClasses?: ReadonlySet<string>): { readonly now: string; readonly later: string } {
  const canWait = (selector: string): boolean =>
    waitsForReveal(selector) || (shownClasses !== undefined && needsLaterClass(selector, shownClasses));
  const root = postcss.parse(css);
  const now = postcss.root();
  const later = postcss.root();
  for (const node of root.nodes) splitNode(node, canWait, now, later);
  return { now: now.toString(), later: later.toString() };
}
