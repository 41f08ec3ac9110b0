/** Building a deck with Vite from scripts and tests, quietly, into a folder of the caller's choice. */
import { build, type InlineConfig, mergeConfig } from 'vite';
import { type BuildEnv, type DeckBuildOptions, resolveBuildOptions } from '../../src/build/options.ts';
import { deckViteConfig } from '../../src/build/vite-config.ts';
import { PROJECT_ROOT } from './project.ts';

/** Where a build goes, on top of the deck's build options (any not given come from the environment, then the defaults). */
export interface SiteBuild extends Partial<DeckBuildOptions> {
  /** Where the site goes. */
  readonly outDir: string;
  /** More Vite settings, merged over the deck's. */
  readonly config?: InlineConfig;
  /** The environment the options fall back to. Default: the process's. */
  readonly env?: BuildEnv;
}

export { PROJECT_ROOT };

/** Runs `vite build` on a deck folder; rejects with the build's error. */
export async function buildDeckSite({ outDir, config = {}, env = process.env, ...given }: SiteBuild): Promise<void> {
  const base = deckViteConfig(resolveBuildOptions(given, env));
  await build(
    mergeConfig(
      { ...base, root: PROJECT_ROOT, configFile: false, logLevel: 'silent', build: { ...base.build, outDir, emptyOutDir: true } },
      config,
    ),
  );
}
