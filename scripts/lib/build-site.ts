/** Building a deck with Vite from scripts and tests, quietly, into a folder of the caller's choice. */

import { build, type InlineConfig, mergeConfig } from 'vite';
import { deckViteConfig } from '../../src/build/vite-config.ts';
import { PROJECT_ROOT } from './project.ts';

export interface BuildOptions {
  /** Where the site goes. */
  readonly outDir: string;
  /** The deck folder, relative to the project or absolute; default `slides`. */
  readonly slidesDir?: string;
  /** Build the single self-contained HTML file (`deck.html`) instead of the site. Default false. */
  readonly singleFile?: boolean;
  /** Draw the link-preview image. Default true. */
  readonly linkPreview?: boolean;
  /** More Vite settings, merged over the deck's. */
  readonly config?: InlineConfig;
}

export { PROJECT_ROOT };

/** Runs `vite build` on a deck folder; rejects with the build's error. */
export async function buildDeckSite({
  outDir,
  slidesDir,
  singleFile = false,
  linkPreview = true,
  config = {},
}: BuildOptions): Promise<void> {
  const base = deckViteConfig({ singleFile, linkPreview, ...(slidesDir ? { slidesDir } : {}) });
  await build(
    mergeConfig(
      { ...base, root: PROJECT_ROOT, configFile: false, logLevel: 'silent', build: { ...base.build, outDir, emptyOutDir: true } },
      config,
    ),
  );
}
