/**
 * `npm run bench [-- --runs N] [-- --json FILE] [-- --against DIR]`: builds the deck once and measures
 * it in headless Chromium over N runs, each page in a fresh browser profile (nothing cached), beside
 * a floor page (slide 1's text, font and colours, no script) served the same way. `--against` names
 * another checkout of this project (an earlier commit, with `npm ci` done there): its deck and its
 * PDF export are measured in the same loop. The title paints (floor and deck in one fresh browser per
 * run, after a warm-up page) come first, in a phase of their own; the visits, deep links and exports follow. The deck is
 * served without compression; gzip sizes are computed from the files. Prints median and min–max and
 * writes JSON.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { FLOOR_FILE, FLOOR_TITLE_SELECTOR, WARM_UP_FILE, writeFloorPage, writeWarmUpPage } from './lib/bench/floor-page.ts';
import {
  DECK_TITLE_SELECTOR,
  fetchedWithoutScript,
  measureChartDeepLink,
  measureDeck,
  measureTitlePaint,
  warmUp,
} from './lib/bench/measure-page.ts';
import { openSubject, type Subject, siteFilesOf, timePdfExport } from './lib/bench/subject.ts';
import { type MeanWithError, meanWithError, type Row, renderTable, summarise } from './lib/bench/summary.ts';
import { launchBrowser } from './lib/browser.ts';
import { PROJECT_ROOT } from './lib/build-site.ts';
import { filesForFirstPaint, gzipTotal } from './lib/site-files.ts';

const USAGE = 'usage: npm run bench [-- --runs N] [-- --json FILE] [-- --against DIR]';

/** One run's figures for one build; undefined where there is nothing to measure (no chart slide, no exporter). */
interface DeckRun {
  /** The floor page's title, measured just before this build's (so that both see the same load on the machine). */
  floorTitleMs: number;
  titlePaintedMs: number;
  /** The title's paint time over the floor page's, measured just before. */
  floorRatio: number;
  firstContentfulPaintMs: number;
  gzipArrivedBeforeTitle: number;
  gzipLoadedVisitingEverySlide: number;
  chartDeepLinkMs: number | undefined;
  pdfExportMs: number | undefined;
}

interface Run {
  deck: DeckRun;
  against?: DeckRun;
}

function parseOptions(argv: readonly string[]): { runs: number; json: string; against: string | undefined } {
  const { values } = parseArgs({
    args: [...argv],
    options: { runs: { type: 'string', default: '7' }, json: { type: 'string' }, against: { type: 'string' } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number ≥ 1\n${USAGE}`);
  return { runs, json: values.json ?? join('bench-results', 'bench.json'), against: values.against && resolve(values.against) };
}

/** Launches a browser for one or more measures and always closes it; each page opens in a fresh profile (a new context: nothing cached). */
async function withBrowser<T>(measure: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchBrowser();
  try {
    return await measure(browser);
  } finally {
    await browser.close();
  }
}

/** The title's paint on the floor page and on the deck, and what had arrived by then. */
type PaintRun = Pick<DeckRun, 'floorTitleMs' | 'titlePaintedMs' | 'floorRatio' | 'firstContentfulPaintMs' | 'gzipArrivedBeforeTitle'>;

/**
 * One build's title paint in one run: the floor page and the deck are loaded in the same freshly
 * launched browser, each in a fresh profile, after a warm-up page, in an order that alternates from
 * run to run, so that their ratio compares two pages under the same state of the machine, not two
 * browser launches.
 */
async function measurePaint(subject: Subject, floorUrl: string, warmUpUrl: string, floorFirst: boolean): Promise<PaintRun> {
  const { floor, deck } = await withBrowser(async (browser) => {
    await warmUp(browser, warmUpUrl);
    const floorPaint = () => measureTitlePaint(browser, floorUrl, FLOOR_TITLE_SELECTOR);
    const deckPaint = () => measureTitlePaint(browser, subject.server.url, DECK_TITLE_SELECTOR);
    if (floorFirst) {
      const floor = await floorPaint();
      return { floor, deck: await deckPaint() };
    }
    const deck = await deckPaint();
    return { floor: await floorPaint(), deck };
  });
  return {
    titlePaintedMs: deck.titlePaintedMs,
    floorTitleMs: floor.titlePaintedMs,
    floorRatio: deck.titlePaintedMs / floor.titlePaintedMs,
    firstContentfulPaintMs: deck.firstContentfulPaintMs,
    gzipArrivedBeforeTitle: gzipTotal(subject.siteDir, siteFilesOf(deck.arrivedBeforeTitle, subject)),
  };
}

/** One build's heavier measures in one run: every slide visited, a chart slide by deep link, a PDF export. */
async function measureTheRest(subject: Subject): Promise<Omit<DeckRun, keyof PaintRun>> {
  const { everything } = await withBrowser((browser) => measureDeck(browser, subject.server.url));
  const chartSlideId = subject.chartSlideId;
  const chartDeepLinkMs = chartSlideId
    ? await withBrowser((browser) => measureChartDeepLink(browser, subject.server.url, chartSlideId))
    : undefined;
  return {
    gzipLoadedVisitingEverySlide: gzipTotal(subject.siteDir, siteFilesOf(everything, subject)),
    chartDeepLinkMs,
    pdfExportMs: timePdfExport(subject.root),
  };
}

/**
 * gzip bytes of what the title's paint needs: the files the budget test counts, after checking in a
 * browser with scripts blocked that they are exactly what it fetches. Undefined when the title is
 * not painted without the script (then everything that arrived before it was needed).
 */
async function firstPaintBytes(subject: Subject): Promise<number | undefined> {
  const fetched = await withBrowser((browser) => fetchedWithoutScript(browser, subject.server.url, DECK_TITLE_SELECTOR));
  if (!fetched) {
    console.log(`${subject.root}: the title is not painted without the script`);
    return undefined;
  }
  const seen = siteFilesOf(fetched, subject).sort();
  const counted = filesForFirstPaint(subject.siteDir).sort();
  if (seen.join() !== counted.join())
    throw new Error(`slide 1's paint fetched ${seen.join(', ')}; the budget counts ${counted.join(', ')}`);
  console.log(`${subject.root}: the title is painted with the script blocked, from ${seen.join(', ')}`);
  return gzipTotal(subject.siteDir, counted);
}

/** Each measured build's figures in a run: the deck's, then (with `--against`) the other build's. */
const BUILDS: readonly ((run: Run) => DeckRun | undefined)[] = [(r) => r.deck, (r) => r.against];

/**
 * The title's paint time less the floor page's in the same run, as a mean with two standard errors
 * for each build: the median ratio of a few runs can move by a frame between two runs of one build.
 */
function paintOverFloor(runs: readonly Run[], buildCount: number): (MeanWithError | undefined)[] {
  const overFloor = (build: DeckRun | undefined) => build && build.titlePaintedMs - build.floorTitleMs;
  return BUILDS.slice(0, buildCount).map((of) => meanWithError(runs.map((r) => overFloor(of(r)))));
}

function rowsOf(runs: readonly Run[], subjects: readonly Subject[], paintBytes: readonly (number | undefined)[]): Row[] {
  const perBuild = (pick: (run: DeckRun) => number | undefined) =>
    BUILDS.slice(0, subjects.length).map((of) => summarise(runs.map((r) => of(r) && pick(of(r)!))));
  const fixed = (pick: (subject: Subject) => number) => subjects.map((s) => summarise([pick(s)]));
  return [
    { label: 'floor page: title painted', unit: 'ms', spreads: perBuild((r) => r.floorTitleMs) },
    { label: 'title painted', unit: 'ms', spreads: perBuild((r) => r.titlePaintedMs) },
    { label: 'title painted ÷ floor (same run)', unit: '×', spreads: perBuild((r) => r.floorRatio) },
    { label: 'first contentful paint', unit: 'ms', spreads: perBuild((r) => r.firstContentfulPaintMs) },
    { label: "gzip bytes slide 1's paint needs (script blocked)", unit: 'B', spreads: paintBytes.map((bytes) => summarise([bytes])) },
    { label: 'gzip bytes arrived before the title', unit: 'B', spreads: perBuild((r) => r.gzipArrivedBeforeTitle) },
    { label: 'gzip bytes of the whole deck (html, js, css, woff2, svg)', unit: 'B', spreads: fixed((s) => s.wholeDeckGzipBytes) },
    { label: 'gzip bytes loaded visiting every slide', unit: 'B', spreads: perBuild((r) => r.gzipLoadedVisitingEverySlide) },
    { label: 'chart slide by deep link', unit: 'ms', spreads: perBuild((r) => r.chartDeepLinkMs) },
    { label: 'PDF export (whole command)', unit: 'ms', spreads: perBuild((r) => r.pdfExportMs) },
  ];
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  console.log('building…');
  const subjects = [await openSubject(PROJECT_ROOT), ...(options.against ? [await openSubject(options.against)] : [])];
  const [deck, against] = subjects as [Subject, Subject | undefined];
  const runs: Run[] = [];
  const paintBytes: (number | undefined)[] = [];
  try {
    writeFloorPage(deck.siteDir);
    writeWarmUpPage(deck.siteDir);
    for (const subject of subjects) paintBytes.push(await firstPaintBytes(subject));
    // One export each before timing: the exporters keep their build, as a second export would find it.
    for (const subject of subjects) timePdfExport(subject.root);
    // The title paints first, in a phase of their own: the exports' and the visits' browsers would
    // otherwise still be busy on the machine, and they slow the page with more work (the deck) the most.
    const paints: Map<Subject, PaintRun>[] = [];
    // Alternate which build goes first, so that neither always follows the other's load on the machine.
    const orderOf = (run: number): readonly Subject[] => (run % 2 === 1 ? subjects : [...subjects].reverse());
    for (let i = 1; i <= options.runs; i++) {
      const order = orderOf(i);
      const measured = new Map<Subject, PaintRun>();
      for (const subject of order)
        measured.set(subject, await measurePaint(subject, deck.server.url + FLOOR_FILE, deck.server.url + WARM_UP_FILE, i % 2 === 1));
      paints.push(measured);
      const title = (r: PaintRun | undefined): string =>
        r ? `${r.titlePaintedMs.toFixed(0)} ms (floor ${r.floorTitleMs.toFixed(0)} ms, ${r.floorRatio.toFixed(2)}×)` : '';
      console.log(
        `paint ${i}/${options.runs}: deck ${title(measured.get(deck))}${against ? `, against ${title(measured.get(against))}` : ''}`,
      );
    }
    for (const [index, paint] of paints.entries()) {
      const order = orderOf(index + 1);
      const measured = new Map<Subject, DeckRun>();
      for (const subject of order) measured.set(subject, { ...paint.get(subject)!, ...(await measureTheRest(subject)) });
      runs.push({ deck: measured.get(deck)!, ...(against ? { against: measured.get(against)! } : {}) });
      console.log(`the rest ${index + 1}/${options.runs}: PDF export ${measured.get(deck)!.pdfExportMs} ms`);
    }
  } finally {
    for (const subject of subjects) await subject.close();
  }

  const columns = ['deck', ...(against ? [`against ${against.root}`] : [])];
  const rows = rowsOf(runs, subjects, paintBytes);
  console.log(`\n${options.runs} runs, a cold browser profile for each page, served without compression\n`);
  console.log(renderTable(columns, rows));
  const overFloor = paintOverFloor(runs, subjects.length);
  for (const [index, difference] of overFloor.entries())
    if (difference)
      console.log(
        `${columns[index]}: title painted − floor page (same run), mean ${difference.mean.toFixed(1)} ms ± ${difference.twoStandardErrors.toFixed(1)} ms (two standard errors, ${difference.count} runs)`,
      );
  mkdirSync(dirname(options.json), { recursive: true });
  writeFileSync(
    options.json,
    `${JSON.stringify({ date: new Date().toISOString(), columns, runs, rows, paintOverFloor: overFloor }, null, 2)}\n`,
  );
  console.log(`\nwritten: ${options.json}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
