/** The single-file build: one HTML file with the code, styles, fonts and images inside, for sending as an attachment. */
import { extname } from 'node:path';
import type { Plugin, PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { SINGLE_FILE_NAME } from '../contract/index.ts';
import type { BuiltFonts, FontFile } from './fonts.ts';

/** The single file's name, and the folder it is built into. */
export { SINGLE_FILE_DIR, SINGLE_FILE_NAME } from '../contract/index.ts';

/** The page Vite builds from. */
const BUILT_PAGE = 'index.html';
/** MIME types of the assets the page may still point at after the code is inlined. */
const ASSET_TYPES: Readonly<Record<string, string>> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** The font rules with each font file `inline` picks (every one by default) as a `data:` URL, so the page needs no other file. */
export function inlineFontCss(fonts: BuiltFonts, inline: (file: FontFile) => boolean = () => true): string {
  let css = fonts.css;
  for (const file of fonts.files.filter(inline))
    css = css.replaceAll(`url(./${file.fileName})`, `url(${dataUrl(file.fileName, file.source)})`);
  return css;
}

/** A file as a `data:` URL, typed by its extension. */
export function dataUrl(fileName: string, source: string | Uint8Array): string {
  const type = ASSET_TYPES[extname(fileName)] ?? 'application/octet-stream';
  return `data:${type};base64,${Buffer.from(source).toString('base64')}`;
}

/**
 * Replaces every `./<asset>` the page still refers to (the favicon: Vite never inlines assets
 * referenced from HTML) by a data URL, drops the asset, and names the page `deck.html`.
 */
export function inlinePageAssets(html: string, assets: ReadonlyMap<string, string | Uint8Array>): { html: string; inlined: string[] } {
  let result = html;
  const inlined: string[] = [];
  for (const [fileName, source] of assets) {
    const reference = `"./${fileName}"`;
    if (!result.includes(reference)) continue;
    result = result.replaceAll(reference, `"${dataUrl(fileName, source)}"`);
    inlined.push(fileName);
  }
  return { html: result, inlined };
}

/** Inlines what vite-plugin-singlefile leaves outside the page, and renames the page; runs after it. */
function pageAssetsPlugin(): Plugin {
  return {
    name: 'deck:single-file-assets',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle[BUILT_PAGE];
        if (page?.type !== 'asset') return;
        const assets = new Map<string, string | Uint8Array>();
        for (const [fileName, output] of Object.entries(bundle))
          if (output.type === 'asset' && fileName !== BUILT_PAGE) assets.set(fileName, output.source);
        const { html, inlined } = inlinePageAssets(String(page.source), assets);
        for (const fileName of [...inlined, BUILT_PAGE]) delete bundle[fileName];
        // Assigning new keys on the bundle is not supported by Rolldown: emit the renamed page instead.
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: html });
      },
    },
  };
}

/**
 * Inlines the built JS and CSS into the page. vite-plugin-singlefile also turns code splitting off
 * (Vite 8: `codeSplitting: false`), so dynamically imported chunks such as the chart code end up
 * inside the one script; our own small plugin then inlines what is left (favicon).
 */
export function singleFilePlugins(): PluginOption[] {
  return [viteSingleFile(), pageAssetsPlugin()];
}
