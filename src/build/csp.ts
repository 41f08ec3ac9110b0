/**
 * The built page's Content-Security-Policy: scripts and style sheets from the deck's own files only,
 * plus the hashes of the few inline style sheets the deck and reveal.js need. No 'unsafe-eval', and no
 * inline script. Applied to the built site only: Vite's dev server injects an inline client script,
 * and the single-file build is all inline code.
 */
import { createHash } from 'node:crypto';

/** What the policy must allow besides the deck's own files. */
export interface CspInput {
  /** The text of each inline `<style>` element the build writes into the page. */
  readonly inlineStyles: readonly string[];
  /** reveal's stage size: its print view (`?print-pdf`) adds `<style>` elements made from it. */
  readonly stage: { readonly width: number; readonly height: number };
}

/** A CSP source for an exact inline text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The two stylesheets reveal's print view appends (reveal.js 6, `js/controllers/printview.js`): the page size,
 * and a size cap for media. Their text follows from the stage size, so their hashes can be computed here.
 */
export function printViewStyles(stage: CspInput['stage']): string[] {
  const { width, height } = stage;
  return [
    `@page{size:${width}px ${height}px; margin: 0px;}`,
    `.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: ${width}px; max-height:${height}px}`,
  ];
}

/** The policy text. */
export function contentSecurityPolicy(input: CspInput): string {
  const styleHashes = [...input.inlineStyles, ...printViewStyles(input.stage)].map(cspHash);
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    // reveal styles elements through the CSSOM (element.style), which a policy does not restrict.
    'style-src': ["'self'", ...new Set(styleHashes)],
    // Style attributes (not elements) are allowed: a style attribute cannot run script, and slides cannot contain HTML at
    // all. (The charts, drawn at build time, carry none: this could be tightened to 'none' once nothing else needs them.)
    'style-src-attr': ["'unsafe-inline'"],
    // Slide 1's glyphs are written into the page as data: URLs.
    'font-src': ["'self'", 'data:'],
    'img-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    // The speaker view shows the deck itself in frames (the current and the next slide).
    'frame-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'object-src': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy as the page's first head tag. */
export function renderCspMeta(input: CspInput): string {
  // The policy holds no `"`, `&` or `<` (hashes are base64): it goes into the attribute as it is.
  return `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(input)}">`;
}
