/**
 * What the benchmark measures in a page, each time in a fresh browser profile (nothing cached): when
 * the title is painted in its font, first contentful paint, which files had arrived by then, what
 * visiting every slide loads, and how long a chart slide opened by deep link takes to draw.
 */
import type { Browser, Page } from 'playwright-core';
import { READY_CLASS } from '../../../src/contract/index.ts';

/** The deck's title: the first heading of slide 1, shown before or after reveal starts. */
export const DECK_TITLE_SELECTOR = '.reveal .slides section :is(h1, h2)';
/** How long to wait for the title with the deck's script blocked before deciding it needs the script. */
const WITHOUT_SCRIPT_TIMEOUT_MS = 5_000;

/** When the title was painted, first contentful paint, and the files the page had fetched by then. */
export interface TitlePaint {
  readonly titlePaintedMs: number;
  readonly firstContentfulPaintMs: number;
  /** URLs of the page and of every response that had ended when the title was painted. */
  readonly arrivedBeforeTitle: readonly string[];
}

type BenchWindow = { __bench?: Record<string, number> };

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

/** The Element Timing identifier the benchmark gives the title. */
const TITLE_TIMING_ID = 'bench-title';

/**
 * Records when the first element matching `selector` is painted, by the Element Timing API: the init
 * script marks the element `elementtiming` as the parser adds it (before any frame is drawn), and the
 * browser reports when the frame that first drew its text was presented. Text in a `font-display:
 * block` face still loading is not drawn, so this is the title shown in its font. (A frame-by-frame
 * check from requestAnimationFrame would read the time a frame starts, up to a frame or two off.)
 */
async function watchTitlePaint(page: Page, selector: string): Promise<void> {
  await page.addInitScript(`(() => {
    const marks = (window.__bench ??= {});
    const tag = () => {
      const title = document.querySelector(${JSON.stringify(selector)});
      if (!title) return false;
      title.setAttribute('elementtiming', ${JSON.stringify(TITLE_TIMING_ID)});
      return true;
    };
    const tagger = new MutationObserver(() => tag() && tagger.disconnect());
    tagger.observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.identifier === ${JSON.stringify(TITLE_TIMING_ID)}) marks.title ??= entry.renderTime;
    }).observe({ type: 'element', buffered: true });
  })();`);
}

/**
 * Source of a check that every chart in `scope` shows its drawing: an SVG drawn at build time is in
 * the page at once; a deck that draws its charts in the browser (an earlier commit, for --against)
 * marks each `data-chart-state="drawn"` when done.
 */
function chartsDrawn(scope: string): string {
  return `() => [...document.querySelectorAll(${JSON.stringify(`${scope} .chart`)})].every((chart) =>
    chart.dataset.chartState === undefined ? chart.querySelector('svg') !== null : chart.dataset.chartState === 'drawn')`;
}

async function waitForMark(page: Page, name: string, timeout?: number): Promise<number> {
  await page.waitForFunction((key) => (window as BenchWindow).__bench?.[key] !== undefined, name, timeout ? { timeout } : {});
  return page.evaluate((key) => (window as BenchWindow).__bench![key]!, name);
}

/** Opens `url` and waits for the heading at `selector` to be painted in its font. */
async function openForTitle(
  browser: Browser,
  url: string,
  selector: string,
  blockScripts = false,
): Promise<{ page: Page; paint: TitlePaint }> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  if (blockScripts) await page.route(/\.m?js(\?|$)/, (route) => route.abort());
  await watchTitlePaint(page, selector);
  await page.goto(url);
  const titlePaintedMs = await waitForMark(page, 'title', blockScripts ? WITHOUT_SCRIPT_TIMEOUT_MS : undefined);
  const paint = await page.evaluate((title) => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return {
      titlePaintedMs: title,
      firstContentfulPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      arrivedBeforeTitle: [location.href, ...resources.filter((r) => r.responseEnd <= title).map((r) => r.name)],
    };
  }, titlePaintedMs);
  return { page, paint };
}

/**
 * Loads a page that is measured by no one and lets the browser settle. The first page a freshly
 * launched browser loads pays for the browser's own start-up work, which runs beside it: about 10 ms
 * more to the title here, on whichever page came first. Loaded before the floor and the deck, this
 * page takes that cost, and their ratio compares the two pages, not their places in the run.
 */
export async function warmUp(browser: Browser, url: string, settleMs = 500): Promise<void> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForTimeout(settleMs);
  await page.close();
}

/** The title's paint on a page that is closed afterwards. */
export async function measureTitlePaint(browser: Browser, url: string, selector: string): Promise<TitlePaint> {
  const { page, paint } = await openForTitle(browser, url, selector);
  await page.close();
  return paint;
}

/**
 * The URLs a browser fetches (and gets) as it loads the page and paints the title with every script
 * blocked; undefined when the title does not show without the script.
 */
export async function fetchedWithoutScript(browser: Browser, url: string, selector: string): Promise<string[] | undefined> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  try {
    const fetched: string[] = [];
    page.on('response', (response) => {
      if (response.ok()) fetched.push(response.url());
    });
    await page.route(/\.m?js(\?|$)/, (route) => route.abort());
    await watchTitlePaint(page, selector);
    await page.goto(url);
    await waitForMark(page, 'title', WITHOUT_SCRIPT_TIMEOUT_MS);
    await page.waitForLoadState('networkidle');
    return fetched;
  } catch {
    return undefined;
  } finally {
    await page.close();
  }
}

/** The title's paint, then every slide (every fragment) visited: the URLs of everything the deck loaded. */
export async function measureDeck(browser: Browser, url: string): Promise<{ paint: TitlePaint; everything: string[] }> {
  const { page, paint } = await openForTitle(browser, url, DECK_TITLE_SELECTOR);
  await page.waitForFunction((mark) => document.documentElement.classList.contains(mark), READY_CLASS.speakerLink);
  const slides = await page.evaluate(() => document.querySelectorAll('.reveal .slides > section').length);
  for (let i = 0; i < slides; i++) {
    await page.evaluate((index) => window.Reveal!.slide(index), i);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForFunction(chartsDrawn('.present'));
  }
  await page.waitForLoadState('networkidle');
  const everything = await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((r) => r.name)]);
  await page.close();
  return { paint, everything };
}

/** Time from navigation to every chart of the slide drawn, for a chart slide opened by its deep link. */
export async function measureChartDeepLink(browser: Browser, url: string, slideId: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  // At least one chart: the slide has one, and the check must not pass before the page holds it.
  const shown = chartsDrawn('.reveal .slides section.present');
  await watchFor(page, 'chartDrawn', `() => document.querySelector('.reveal .slides section.present .chart') !== null && (${shown})()`);
  await page.goto(`${url}#/${slideId}`);
  const drawnMs = await waitForMark(page, 'chartDrawn');
  await page.close();
  return drawnMs;
}
