/** Building a deck with Vite from scripts and tests, quietly, into a folder of the caller's choice. */
import { resolve } from 'node:path';
import { build, mergeConfig, type InlineConfig } from 'vite';
import { deckViteConfig } from '../../src/build/vite-config.ts';

export interface BuildOptions {
  /** Where the site goes. */
  readonly outDir: string;
  /** The deck folder, relative to the project or absolute; default `slides`. */
  readonly slidesDir?: string;
  /** Build the single self-contained HTML file (`deck.html`) instead of the site. Default false. */
  readonly singleFile?: boolean;
  /** More Vite settings, merged over the deck's. */
  readonly config?: InlineConfig;
}

/** The project folder (where vite.config.ts is). */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

/** Runs `vite build` on a deck folder; rejects with the build's error. */
export async function buildDeckSite({ outDir, slidesDir, singleFile = false, config = {} }: BuildOptions): Promise<void> {
  const base = deckViteConfig({ singleFile, ...(slidesDir ? { slidesDir } : {}) });
  await build(
    mergeConfig({ ...base, root: PROJECT_ROOT, configFile: false, logLevel: 'silent', build: { ...base.build, outDir, emptyOutDir: true } }, config),
  );
}
