/** The deck's Vite configuration, shared by vite.config.ts and the scripts that build programmatically. */
import type { UserConfig } from 'vite';
import { type BuildEnv, type DeckBuildOptions, resolveBuildOptions } from './options.ts';
import { SINGLE_FILE_DIR, singleFilePlugins } from './single-file.ts';
import { trimRevealCss } from './trim-reveal-css.ts';
import { deckPlugin } from './vite-plugin.ts';

/** The Vite mode (`vite build --mode single`) that builds the single HTML file. */
export const SINGLE_FILE_MODE = 'single';

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
      // The chart chunk (ECharts, ~600 kB, 200 kB gzip) loads only after slide 1 is painted; slide 1's budget is a test.
      chunkSizeWarningLimit: 700,
      ...(options.singleFile ? { outDir: SINGLE_FILE_DIR } : {}),
    },
  };
}

/** The settings `vite` and `vite build` use: the options from the environment, the single file in mode `single`. */
export function deckViteConfigFromEnv(mode: string, env: BuildEnv = process.env): UserConfig {
  return deckViteConfig(resolveBuildOptions({ singleFile: mode === SINGLE_FILE_MODE }, env));
}
