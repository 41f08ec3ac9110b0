/** The deck's Vite configuration, shared by vite.config.ts and the scripts that build programmatically. */
import type { UserConfig } from 'vite';
import { type BuildEnv, type DeckBuildOptions, resolveBuildOptions } from './options.ts';
import { SINGLE_FILE_DIR, singleFilePlugins } from './single-file.ts';
import { trimRevealCss } from './trim-reveal-css.ts';
import { deckPlugin } from './vite-plugin.ts';

/** The Vite mode (`vite build --mode single`) that builds the single HTML file. */
export const SINGLE_FILE_MODE = 'single';

/** The deck's modules that src/main.ts imports and the deck's later chunks import too. */
const PAGE_SHARED_MODULES = /[\\/]src[\\/]deck[\\/](after-first-paint|later-styles|remote[\\/]page|speaker[\\/]protocol)\.ts$/;

/** Vite settings for building or serving one deck. */
export function deckViteConfig(options: DeckBuildOptions): UserConfig {
  return {
    // Relative base: the built deck works from any sub-path of any static host.
    base: './',
    plugins: [deckPlugin(options), ...(options.singleFile ? singleFilePlugins() : [])],
    css: { postcss: { plugins: [trimRevealCss()] } },
    build: {
      target: 'es2022',
      assetsInlineLimit: 0,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // The modules the page's script shares with the chunks it loads after slide 1 is painted go in a
            // chunk of their own. Left in the page's chunk, they would make the later chunks name it, and with
            // it the style sheet the build moves into the page (inline-style-sheets.ts), as files to fetch.
            groups: [{ name: 'page', test: PAGE_SHARED_MODULES }],
          },
        },
      },
      ...(options.singleFile ? { outDir: SINGLE_FILE_DIR } : {}),
    },
  };
}

/** The settings `vite` and `vite build` use: the options from the environment, the single file in mode `single`. */
export function deckViteConfigFromEnv(mode: string, env: BuildEnv = process.env): UserConfig {
  return deckViteConfig(resolveBuildOptions({ singleFile: mode === SINGLE_FILE_MODE }, env));
}
