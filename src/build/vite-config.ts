/** The deck's Vite configuration, shared by vite.config.ts and the scripts that build programmatically. */
import type { UserConfig } from 'vite';
import { trimRevealCss } from './trim-reveal-css.ts';
import { deckPlugin } from './vite-plugin.ts';

export interface DeckConfigOptions {
  /** The deck folder (speech + slide files), relative to the project. Default `slides`. */
  readonly slidesDir?: string;
}

/** The slides folder named by the DECK_SLIDES environment variable, else `slides`. */
export function slidesDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env['DECK_SLIDES'] || 'slides';
}

/** Vite settings for building or serving one deck. */
export function deckViteConfig(options: DeckConfigOptions = {}): UserConfig {
  return {
    // Relative base: the built deck works from any sub-path of any static host.
    base: './',
    plugins: [deckPlugin({ slidesDir: options.slidesDir ?? 'slides' })],
    css: { postcss: { plugins: [trimRevealCss()] } },
    build: { target: 'es2022', assetsInlineLimit: 0 },
  };
}
