/**
 * The built page's own style sheets written into it: a `<link rel="stylesheet">` to one of the
 * build's files becomes a `<style>` with its text. The sheet is needed for the first paint, so a
 * separate file only adds a request the page must wait for before it can paint anything.
 * Pure: the page and a way to read the build's files in, the page and what it now holds inline out.
 */

/** A stylesheet link that always applies (a `media` other than `all` would load without blocking the paint). */
const RE_STYLESHEET_LINK = /<link\b(?=[^>]*\brel="stylesheet")(?![^>]*\bmedia="(?!all")[^"]*")[^>]*\bhref="\.\/([^"]+)"[^>]*>/g;

/** The page with its sheets inline. */
export interface InlinedSheets {
  readonly html: string;
  /** The text of each `<style>` written, in page order (for the page's Content-Security-Policy). */
  readonly styles: readonly string[];
  /** The build's files now inside the page, which need not be written beside it. */
  readonly fileNames: readonly string[];
}

/**
 * Replaces each stylesheet link to a file of the build (`./assets/index-1a2b.css`) by that file's
 * text in a `<style>`. Links whose file `readSheet` does not know (another host, a sheet shipped
 * as it is) stay links.
 */
export function inlineStyleSheets(html: string, readSheet: (fileName: string) => string | undefined): InlinedSheets {
  const styles: string[] = [];
  const fileNames: string[] = [];
  const inlined = html.replace(RE_STYLESHEET_LINK, (link, fileName: string) => {
    const css = readSheet(fileName);
    if (css === undefined) return link;
    // `</style` inside the text would end the element early; a built sheet never has it, so refuse rather than guess.
    if (/<\/style/i.test(css)) throw new Error(`${fileName} contains "</style": it cannot be written into the page`);
    styles.push(css);
    fileNames.push(fileName);
    return `<style>${css}</style>`;
  });
  return { html: inlined, styles, fileNames };
}

/** The build's output as Vite hands it to the page's transform (`ctx.bundle`). */
type Bundle = Record<string, { readonly type: 'asset'; readonly source: string | Uint8Array } | { readonly type: 'chunk' }>;

/** Writes the bundle's style sheets into the page, and takes the files written in out of the bundle. */
export function inlineBundleStyleSheets(html: string, bundle: Bundle): InlinedSheets {
  const result = inlineStyleSheets(html, (fileName) => {
    const file = bundle[fileName];
    return file?.type === 'asset' && fileName.endsWith('.css') ? String(file.source) : undefined;
  });
  for (const fileName of result.fileNames) delete bundle[fileName];
  return result;
}
