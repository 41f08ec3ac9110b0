/**
 * A build the benchmark measures: this project's deck, or the deck of another checkout of the project
 * (an earlier commit) to compare with in the same loop. Each is built once into a temporary folder
 * and served from a sub-path like a real host; the floor page is written beside it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildDeckSite, PROJECT_ROOT } from '../build-site.ts';
import { gzipTotal, listFiles, PAGE_FILE, RE_DECK_FILE } from '../site-files.ts';
import { type StaticServer, serveStatic } from '../static-server.ts';
import { FLOOR_FILE } from './floor-page.ts';

const MOUNT = '/bench/deck/';
/** A chart slide: a section holding a `.chart`, for the deep-link measure. */
const RE_CHART_SLIDE = /<section id="([^"]+)"[^>]*>(?:(?!<\/section>)[\s\S])*?class="chart"/;

/** A built deck being served. */
export interface Subject {
  /** The project checkout it was built from. */
  readonly root: string;
  readonly siteDir: string;
  readonly server: StaticServer;
  /** A slide with a chart, if the deck has one. */
  readonly chartSlideId: string | undefined;
  /** gzip bytes of every html, js, css, woff2 and svg file of the build (the floor page aside). */
  readonly wholeDeckGzipBytes: number;
  close(): Promise<void>;
}

/** Builds the deck of `root` (this project, or another checkout of it with its own dependencies installed). */
function build(root: string, outDir: string): Promise<void> {
  if (resolve(root) === PROJECT_ROOT) return buildDeckSite({ outDir });
  if (!existsSync(join(root, 'node_modules', 'vite'))) throw new Error(`${root} has no node_modules: run npm ci there first`);
  // The other checkout's own Vite and configuration, as its `npm run build` would use them.
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    stdio: 'ignore',
  });
  return Promise.resolve();
}

/** Builds and serves the deck of `root`. */
export async function openSubject(root: string): Promise<Subject> {
  const siteDir = mkdtempSync(join(tmpdir(), 'deck-bench-site-'));
  await build(root, siteDir);
  const html = readFileSync(join(siteDir, PAGE_FILE), 'utf8');
  const deckFiles = listFiles(siteDir).filter((file) => RE_DECK_FILE.test(file) && file !== FLOOR_FILE);
  const server = await serveStatic(siteDir, MOUNT);
  return {
    root,
    siteDir,
    server,
    chartSlideId: RE_CHART_SLIDE.exec(html)?.[1],
    wholeDeckGzipBytes: gzipTotal(siteDir, deckFiles),
    async close() {
      await server.close();
      rmSync(siteDir, { recursive: true, force: true });
    },
  };
}

/** The served files behind a list of URLs, relative to the site (other URLs and missing files left out). */
export function siteFilesOf(urls: readonly string[], subject: Subject): string[] {
  const base = new URL(subject.server.url).pathname;
  const files = new Set<string>();
  for (const url of urls) {
    const path = decodeURIComponent(new URL(url).pathname);
    if (!path.startsWith(base)) continue;
    const file = path.slice(base.length) || PAGE_FILE;
    if (existsSync(join(subject.siteDir, file))) files.add(file);
  }
  return [...files];
}

/** Times one whole `export` command of the checkout at `root` (build cache warm after the first run). */
export function timePdfExport(root: string): number | undefined {
  const exporter = join(root, 'scripts', 'export.ts');
  if (!existsSync(exporter)) return undefined;
  const out = join(mkdtempSync(join(tmpdir(), 'deck-bench-pdf-')), 'deck.pdf');
  const started = performance.now();
  execFileSync(process.execPath, ['--import', 'tsx', exporter, '--out', out], { cwd: root, stdio: 'ignore' });
  const elapsed = performance.now() - started;
  rmSync(dirname(out), { recursive: true, force: true });
  return elapsed;
}
