/**
 * The built page's Content-Security-Policy: scripts and style sheets from the deck's own files only,
 * plus the hashes of the few inline ones the deck and reveal.js need. No 'unsafe-eval', and no inline
 * script but the speaker view's, by hash. Applied to the build only: Vite's dev server injects an inline
 * client script.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The speaker view's page: reveal's notes plugin writes it with `document.write("…")` into a popup. */
const RE_SPEAKER_PAGE = /\.document\.write\(("(?:[^"\\]|\\.)*")\)/;
/** Inline `<style>` and `<script>` elements of a page. */
const RE_INLINE_STYLE = /<style>([\s\S]*?)<\/style>/g;
const RE_INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;
/** One escape sequence in a JS string literal. */
const RE_JS_ESCAPE = /\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g;
const SINGLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** What the policy must allow besides the deck's own files. */
export interface CspInput {
  /** The text of each inline `<style>` element the build writes into the page. */
  readonly inlineStyles: readonly string[];
  /** reveal's stage size: its print view (`?print-pdf`) adds `<style>` elements made from it. */
  readonly stage: { readonly width: number; readonly height: number };
  /** The speaker view's inline scripts and styles (see `speakerViewInline`). */
  readonly speakerView: SpeakerViewInline;
}

/** The inline code of reveal's speaker view page. */
export interface SpeakerViewInline {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
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

/**
 * The speaker view (key S) is a popup page that reveal's notes plugin writes from a string; the popup inherits
 * this page's policy, so its inline script and styles are allowed by hash, read from the installed plugin.
 */
export function speakerViewInline(pluginSource: string): SpeakerViewInline {
  const literal = RE_SPEAKER_PAGE.exec(pluginSource)?.[1];
  if (!literal) {
    throw new Error('the speaker view page was not found in reveal.js/plugin/notes: its policy hashes cannot be computed; update src/build/csp.ts for this reveal.js version');
  }
  const page = unescapeJsString(literal.slice(1, -1));
  const all = (pattern: RegExp): string[] => [...page.matchAll(pattern)].map((match) => match[1]!);
  return { scripts: all(RE_INLINE_SCRIPT), styles: all(RE_INLINE_STYLE) };
}

/** The text of a JS string literal's body (what is between its quotes). */
function unescapeJsString(body: string): string {
  return body.replace(RE_JS_ESCAPE, (_all, sequence: string) => {
    if (sequence.startsWith('u{')) return String.fromCodePoint(parseInt(sequence.slice(2, -1), 16));
    if (/^[ux][0-9a-fA-F]/.test(sequence)) return String.fromCharCode(parseInt(sequence.slice(1), 16));
    if (sequence === '\n' || sequence === '\r\n') return ''; // a line continuation
    return SINGLE_ESCAPES[sequence] ?? sequence;
  });
}

/** Reads the installed notes plugin's speaker view inline code. */
export function readSpeakerViewInline(): SpeakerViewInline {
  // require() resolves the plugin's CommonJS file; the bundle uses the ES module beside it.
  const notesFile = createRequire(import.meta.url).resolve('reveal.js/plugin/notes').replace(/\.js$/, '.mjs');
  return speakerViewInline(readFileSync(notesFile, 'utf8'));
}

/** The policy text. */
export function contentSecurityPolicy(input: CspInput): string {
  const styleHashes = [...input.inlineStyles, ...printViewStyles(input.stage), ...input.speakerView.styles].map(cspHash);
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'", ...input.speakerView.scripts.map(cspHash)],
    // reveal and ECharts style elements through the CSSOM (element.style), which a policy does not restrict.
    'style-src': ["'self'", ...new Set(styleHashes)],
    // Style attributes (not elements): ECharts' SVG renderer writes `style="font-size…; font-family…"` on every
    // label with setAttribute, its tooltip and the speaker view write them in markup; values vary, so no hash
    // can list them. A style attribute cannot run script, and slides cannot contain HTML at all.
    'style-src-attr': ["'unsafe-inline'"],
    'font-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    // The speaker view shows the deck itself in frames.
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
