/**
 * The built site the exporter prints, built only when needed: the build is kept under a key made
 * from everything it is built from (the deck folder, the sources, the lock file), so a second export
 * of an unchanged deck prints at once, and any change to a slide or the code builds afresh.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { resolveBuildOptions } from '../../src/build/options.ts';
import { PROJECT_ROOT } from './project.ts';

/** Where built sites are kept, inside node_modules so that a clean install forgets them. */
export const SITE_CACHE_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'deck-export');
/** What a build depends on besides the deck folder, relative to the project. */
const BUILD_INPUTS = ['src', 'assets', 'index.html', 'package-lock.json', 'vite.config.ts'];

/** Every file under `path` (or `path` itself), sorted, for a stable key. */
function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/**
 * A key for the site built from `slidesDir`: changes whenever any input file's name or bytes change,
 * or the deck's public address (DECK_URL: it puts a QR code on the closing slide).
 */
export function siteKey(slidesDir: string, siteUrl?: string): string {
  const hash = createHash('sha256').update(`siteUrl=${siteUrl ?? ''}\0`);
  const slides = resolve(PROJECT_ROOT, slidesDir);
  for (const file of [...filesUnder(slides), ...BUILD_INPUTS.flatMap((input) => filesUnder(join(PROJECT_ROOT, input)))]) {
    hash.update(relative(PROJECT_ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The built site of `slidesDir`, building it first when no build of the same inputs is kept. */
export async function builtSite(slidesDir: string, onProgress: (message: string) => void): Promise<string> {
  // The build reads DECK_URL from the environment: the key must follow it.
  const key = siteKey(slidesDir, resolveBuildOptions({ slidesDir }).siteUrl);
  const dir = join(SITE_CACHE_DIR, `site-${key}`);
  if (existsSync(join(dir, 'index.html'))) return dir;
  onProgress(`building the deck from ${slidesDir}/`);
  await mkdir(SITE_CACHE_DIR, { recursive: true });
  const building = join(SITE_CACHE_DIR, `building-${key}-${process.pid}`);
  try {
    // Vite and the deck's build code load only when a build is needed: they take seconds to load.
    const { buildDeckSite } = await import('./build-site.ts');
    // No link-preview image: a PDF does not need it, and drawing it is a third of the build.
    await buildDeckSite({ outDir: building, slidesDir, linkPreview: false });
    // Only the newest build is kept.
    for (const old of readdirSync(SITE_CACHE_DIR).filter((name) => name.startsWith('site-'))) {
      await rm(join(SITE_CACHE_DIR, old), { recursive: true, force: true });
    }
    await rename(building, dir);
  } finally {
    await rm(building, { recursive: true, force: true });
  }
  return dir;
}
