/**
 * The built page's own style sheets written into it: a `<link rel="stylesheet">` to one of the
 * build's files becomes a `<style>` with the part of its text the first paint needs. The sheet is
 * needed for the first paint, so a separate file only adds a request the page must wait for before
 * it can paint anything. The rest (rules that cannot match before the script runs, see
 * later-styles.ts) stays in the file, linked right after the `<style>` but `disabled`: not fetched
 * until the deck's script enables it, after slide 1 is painted. What is left depends on the page
 * as well as on the sheet, so the file is renamed by a hash of what it holds: a cached copy of
 * another build's is never used.
 * Pure: the page and a way to read the build's files in, the page and what it now holds inline out.
 */
import { createHash } from 'node:crypto';
import { LATER_STYLES_ATTRIBUTE } from '../contract/index.ts';

/** A stylesheet link that always applies (a `media` other than `all` would load without blocking the paint). */
const RE_STYLESHEET_LINK = /<link\b(?=[^>]*\brel="stylesheet")(?![^>]*\bmedia="(?!all")[^"]*")[^>]*\bhref="\.\/([^"]+)"[^>]*>/g;

/** A sheet's text for the first paint, and what can load after it (empty when nothing can). */
export interface SplitSheet {
  readonly now: string;
  readonly later: string;
}

/** The page with its sheets inline. */
export interface InlinedSheets {
  readonly html: string;
  /** The text of each `<style>` written, in page order (for the page's Content-Security-Policy). */
  readonly styles: readonly string[];
  /**
   * Each build file written into the page, the text left in it for later ('' when the page needs no
   * file), and the name the page links that text by.
   */
  readonly files: readonly { readonly fileName: string; readonly later: string; readonly laterFileName: string }[];
}

/** A content hash in the file name, in place of the one the bundler gave the whole sheet (`index-1a2b.css` → `index-9z8y.css`). */
export function laterFileName(fileName: string, later: string): string {
  const hash = createHash('sha256').update(later).digest('base64url').slice(0, 8);
  return fileName.replace(/(?:-[\w-]{8})?\.css$/, `-${hash}.css`);
}

/** Everything now, nothing later. */
const whole = (css: string): SplitSheet => ({ now: css, later: '' });

/**
 * Replaces each stylesheet link to a file of the build (`./assets/index-1a2b.css`) by that file's
 * text for the first paint in a `<style>`, followed by a disabled link to the file for the rest.
 * Links whose file `readSheet` does not know (another host, a sheet shipped as it is) stay links.
 */
export function inlineStyleSheets(
  html: string,
  readSheet: (fileName: string) => string | undefined,
  split: (css: string) => SplitSheet = whole,
): InlinedSheets {
  const styles: string[] = [];
  const files: { fileName: string; later: string; laterFileName: string }[] = [];
  const inlined = html.replace(RE_STYLESHEET_LINK, (link, fileName: string) => {
    const css = readSheet(fileName);
    if (css === undefined) return link;
    const { now, later } = split(css);
    // `</style` inside the text would end the element early; a built sheet never has it, so refuse rather than guess.
    if (/<\/style/i.test(now)) throw new Error(`${fileName} contains "</style": it cannot be written into the page`);
    styles.push(now);
    const laterName = later ? laterFileName(fileName, later) : fileName;
    files.push({ fileName, later, laterFileName: laterName });
    const laterLink = later ? `<link rel="stylesheet" href="./${laterName}" ${LATER_STYLES_ATTRIBUTE} disabled>` : '';
    return `<style>${now}</style>${laterLink}`;
  });
  return { html: inlined, styles, files };
}

/** The build's output as Vite hands it to the page's transform (`ctx.bundle`). */
type Bundle = Record<string, { readonly type: 'asset'; readonly source: string | Uint8Array } | { readonly type: 'chunk' }>;

/**
 * Writes the bundle's style sheets into the page and takes their files out of the bundle; the caller
 * emits what loads later (`files`, those with a `later` text) under the name the page links it by.
 * (Rolldown does not let a transform add to the bundle it is handed.)
 */
export function inlineBundleStyleSheets(html: string, bundle: Bundle, split?: (css: string) => SplitSheet): InlinedSheets {
  const result = inlineStyleSheets(
    html,
    (fileName) => {
      const file = bundle[fileName];
      return file?.type === 'asset' && fileName.endsWith('.css') ? String(file.source) : undefined;
    },
    split,
  );
  for (const { fileName } of result.files) delete bundle[fileName];
  return result;
}
