/**
 * `npm run bench [-- --runs N] [-- --json FILE]`: builds the deck once, then measures it in headless
 * Chromium over N runs, each with a fresh browser profile (nothing cached). The deck is served without
 * compression; gzip sizes are computed from the files. Prints median and min–max and writes JSON.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { READY_CLASS } from '../src/contract/index.ts';
import { launchBrowser } from './lib/browser.ts';
import { buildDeckSite, PROJECT_ROOT } from './lib/build-site.ts';
import { type StaticServer, serveStatic } from './lib/static-server.ts';

interface Options {
  readonly runs: number;
  readonly json: string;
}

/** One run's figures; undefined where the deck has nothing to measure (e.g. no chart slide). */
interface Run {
  titlePaintedMs: number;
  firstContentfulPaintMs: number;
  bytesBeforeTitle: number;
  gzipBytesBeforeTitle: number;
  wholeDeckBytes: number;
  wholeDeckGzipBytes: number;
  chartDeepLinkMs: number | undefined;
  pdfExportMs: number | undefined;
  /** The deck's files that had arrived when the title was painted. */
  filesBeforeTitle: string[];
}

const MOUNT = '/bench/deck/';

function parseOptions(argv: readonly string[]): Options {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at === -1 ? undefined : argv[at + 1];
  };
  const runs = Number(value('--runs') ?? 7);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  return { runs, json: value('--json') ?? join('bench-results', 'bench.json') };
}

/** Raw and gzip sizes of the files behind a list of URLs of the served deck. */
function sizesOf(urls: readonly string[], server: StaticServer, distDir: string): { bytes: number; gzipBytes: number } {
  let bytes = 0;
  let gzipBytes = 0;
  for (const url of new Set(urls)) {
    const path = new URL(url).pathname;
    if (!path.startsWith(new URL(server.url).pathname)) continue;
    const relative = path.slice(new URL(server.url).pathname.length) || 'index.html';
    const file = join(distDir, decodeURIComponent(relative));
    if (!existsSync(file)) continue;
    const content = readFileSync(file);
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { bytes, gzipBytes };
}

/**
 * Records, in the page, when a frame has been painted with `ready()` true (a frame after it first
 * holds). Passed as source text: tsx compiles functions with name helpers that do not exist in the page.
 */
async function watchFor(page: Page, name: string, ready: string): Promise<void> {
  await page.addInitScript(`(() => {
    const marks = (window.__bench ??= {});
    const ready = ${ready};
    const poll = () => (ready() ? requestAnimationFrame(() => (marks[${JSON.stringify(name)}] = performance.now())) : requestAnimationFrame(poll));
    requestAnimationFrame(poll);
  })();`);
}

/** slide 1's heading is laid out, visible, and its font has loaded. */
const TITLE_VISIBLE = `() => {
  const heading = document.querySelector('.reveal .slides section.present h1, .reveal .slides section.present h2');
  if (!heading || heading.getBoundingClientRect().width === 0 || getComputedStyle(heading).visibility !== 'visible') return false;
  const style = getComputedStyle(heading);
  return document.fonts.check(style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily, heading.textContent);
}`;

/** every chart of the current slide shows its drawing (drawn at build time, it is in the page). */
const CHARTS_DRAWN = `() => {
  const charts = [...document.querySelectorAll('.reveal .slides section.present .chart')];
  return charts.length > 0 && charts.every((chart) => chart.querySelector('svg') !== null);
}`;

const mark = (page: Page, name: string): Promise<number | undefined> =>
  page.evaluate((key) => (window as unknown as { __bench?: Record<string, number> }).__bench?.[key], name);

async function measureRun(server: StaticServer, distDir: string, chartSlideId: string | undefined): Promise<Omit<Run, 'pdfExportMs'>> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await watchFor(page, 'titlePainted', TITLE_VISIBLE);
    await page.goto(server.url);
    await page.waitForFunction(() => (window as unknown as { __bench?: Record<string, number> }).__bench?.titlePainted !== undefined);
    const titlePaintedMs = (await mark(page, 'titlePainted'))!;
    const { fcp, before } = await page.evaluate((title) => {
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        before: [location.href, ...resources.filter((r) => r.responseEnd <= title).map((r) => r.name)],
      };
    }, titlePaintedMs);
    const beforeTitle = sizesOf(before, server, distDir);

    // Visit every slide (every fragment) so everything the deck can load has loaded.
    await page.waitForFunction((mark) => document.documentElement.classList.contains(mark), READY_CLASS.speakerLink);
    const slides = await page.evaluate(() => document.querySelectorAll('.reveal .slides > section').length);
    for (let i = 0; i < slides; i++) {
      await page.evaluate((index) => window.Reveal!.slide(index), i);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.waitForFunction(() => [...document.querySelectorAll('.present .chart')].every((c) => c.querySelector('svg') !== null));
    }
    await page.waitForLoadState('networkidle');
    const all = await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((r) => r.name)]);
    const wholeDeck = sizesOf(all, server, distDir);
    await page.close();

    let chartDeepLinkMs: number | undefined;
    if (chartSlideId) {
      const chartPage = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await watchFor(chartPage, 'chartDrawn', CHARTS_DRAWN);
      await chartPage.goto(`${server.url}#/${chartSlideId}`);
      await chartPage.waitForFunction(() => (window as unknown as { __bench?: Record<string, number> }).__bench?.chartDrawn !== undefined);
      chartDeepLinkMs = await mark(chartPage, 'chartDrawn');
      await chartPage.close();
    }
    return {
      titlePaintedMs,
      firstContentfulPaintMs: fcp,
      bytesBeforeTitle: beforeTitle.bytes,
      gzipBytesBeforeTitle: beforeTitle.gzipBytes,
      wholeDeckBytes: wholeDeck.bytes,
      wholeDeckGzipBytes: wholeDeck.gzipBytes,
      chartDeepLinkMs,
      filesBeforeTitle: before.map((url) => new URL(url).pathname),
    };
  } finally {
    await browser.close();
  }
}

/** Times one PDF export of the deck, when the project has an exporter. */
function timePdfExport(): number | undefined {
  const exporter = join(PROJECT_ROOT, 'scripts', 'export.ts');
  if (!existsSync(exporter)) return undefined;
  const out = join(mkdtempSync(join(tmpdir(), 'deck-bench-')), 'deck.pdf');
  const started = performance.now();
  execFileSync(process.execPath, ['--import', 'tsx', exporter, '--out', out], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  const elapsed = performance.now() - started;
  rmSync(dirname(out), { recursive: true, force: true });
  return elapsed;
}

function summarise(values: readonly (number | undefined)[]): { median: number; min: number; max: number } | undefined {
  const known = values.filter((v): v is number => v !== undefined && !Number.isNaN(v)).sort((a, b) => a - b);
  if (known.length === 0) return undefined;
  const middle = known.length >> 1;
  const median = known.length % 2 ? known[middle]! : (known[middle - 1]! + known[middle]!) / 2;
  return { median, min: known[0]!, max: known[known.length - 1]! };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const distDir = mkdtempSync(join(tmpdir(), 'deck-bench-dist-'));
  console.log('building the deck…');
  await buildDeckSite({ outDir: distDir });
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const chartSlideId = /<section id="([^"]+)"[^>]*>(?:(?!<\/section>)[\s\S])*?class="chart"/.exec(html)?.[1];
  const server = await serveStatic(distDir, MOUNT);
  const runs: Run[] = [];
  try {
    for (let i = 1; i <= options.runs; i++) {
      const run = await measureRun(server, distDir, chartSlideId);
      const pdfExportMs = timePdfExport();
      runs.push({ ...run, pdfExportMs });
      console.log(`run ${i}/${options.runs}: title painted ${run.titlePaintedMs.toFixed(0)} ms`);
    }
  } finally {
    await server.close();
    rmSync(distDir, { recursive: true, force: true });
  }

  const rows: [string, Exclude<keyof Run, 'filesBeforeTitle'>, string][] = [
    ['time to title painted', 'titlePaintedMs', 'ms'],
    ['first contentful paint', 'firstContentfulPaintMs', 'ms'],
    ['bytes before the title', 'bytesBeforeTitle', 'B'],
    ['gzip bytes before the title', 'gzipBytesBeforeTitle', 'B'],
    ['whole deck bytes', 'wholeDeckBytes', 'B'],
    ['whole deck gzip bytes', 'wholeDeckGzipBytes', 'B'],
    ['chart slide by deep link', 'chartDeepLinkMs', 'ms'],
    ['PDF export (whole command)', 'pdfExportMs', 'ms'],
  ];
  const summary = Object.fromEntries(rows.map(([, key]) => [key, summarise(runs.map((r) => r[key]))]));
  console.log(`\n${options.runs} runs, cold profile each, served without compression\n`);
  console.log('| measure | median | min–max |\n| --- | ---: | ---: |');
  for (const [label, key, unit] of rows) {
    const s = summary[key];
    const format = (v: number): string => (unit === 'ms' ? `${v.toFixed(0)} ms` : `${v.toLocaleString('en')} B`);
    console.log(`| ${label} | ${s ? format(s.median) : 'n/a'} | ${s ? `${format(s.min)} – ${format(s.max)}` : 'n/a'} |`);
  }
  mkdirSync(dirname(options.json), { recursive: true });
  writeFileSync(options.json, `${JSON.stringify({ date: new Date().toISOString(), runs, summary }, null, 2)}\n`);
  console.log(`\nwritten: ${options.json}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
