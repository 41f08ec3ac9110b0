/** The deck's Vite configuration, shared by vite.config.ts and the scripts that build programmatically. */
import type { UserConfig } from 'vite';
import { DEFAULT_SLIDES_DIR } from '../contract/index.ts';
import { slidesDirFromEnv } from './deck-folder.ts';
import { siteUrlFromEnv } from './share-meta.ts';
import { SINGLE_FILE_DIR, singleFilePlugins } from './single-file.ts';
import { trimRevealCss } from './trim-reveal-css.ts';
import { deckPlugin } from './vite-plugin.ts';

/** The Vite mode (`vite build --mode single`) that builds the single HTML file. */
export const SINGLE_FILE_MODE = 'single';

export interface DeckConfigOptions {
  /** The deck folder (speech + slide files), relative to the project. Default `slides`. */
  readonly slidesDir?: string;
  /** Build one self-contained HTML file into `dist-single/` instead of the site in `dist/`. Default false. */
  readonly singleFile?: boolean;
  /** The deployed deck's absolute address, for absolute link-preview URLs. Default: relative URLs. */
  readonly siteUrl?: string;
  /** Draw the link-preview image of the title slide. Default true. */
  readonly linkPreview?: boolean;
}

/** Vite settings for building or serving one deck. */
export function deckViteConfig(options: DeckConfigOptions = {}): UserConfig {
  const singleFile = options.singleFile ?? false;
  return {
    // Relative base: the built deck works from any sub-path of any static host.
    base: './',
    plugins: [
      deckPlugin({
        slidesDir: options.slidesDir ?? DEFAULT_SLIDES_DIR,
        singleFile,
        linkPreview: options.linkPreview ?? true,
        ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
      }),
      ...(singleFile ? singleFilePlugins() : []),
    ],
    css: { postcss: { plugins: [trimRevealCss()] } },
    build: {
      target: 'es2022',
      assetsInlineLimit: 0,
      // The chart chunk (ECharts, ~600 kB, 200 kB gzip) loads only after slide 1 is painted; slide 1's budget is a test.
      chunkSizeWarningLimit: 700,
      ...(singleFile ? { outDir: SINGLE_FILE_DIR } : {}),
    },
  };
}

/** The settings `vite` and `vite build` use: deck folder from DECK_SLIDES, address from DECK_URL, single file in mode `single`. */
export function deckViteConfigFromEnv(mode: string, env: NodeJS.ProcessEnv = process.env): UserConfig {
  const siteUrl = siteUrlFromEnv(env);
  return deckViteConfig({ slidesDir: slidesDirFromEnv(env), singleFile: mode === SINGLE_FILE_MODE, ...(siteUrl ? { siteUrl } : {}) });
}

export { slidesDirFromEnv };
