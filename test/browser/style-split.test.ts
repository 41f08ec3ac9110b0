/**
 * The site's page holds only the style rules that can match before its script runs, and loads the
 * rest after slide 1 is painted (src/build/later-styles.ts). Once loaded, every element must be
 * styled exactly as by the whole sheet in its own order: the single file, which holds the sheet
 * whole, is the reference. Compared on every slide, in the overview, on a phone, in the PDF view
 * and when the browser prints the page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PDF_READY_EVENT, PRINT_PARAM, SINGLE_FILE_NAME } from '../../src/contract/index.ts';
import { buildDeckSite } from '../support/build.ts';
import { waitForDeck } from '../support/deck-page.ts';
import { useServedDeck } from '../support/served-deck.ts';

const served = useServedDeck('/style/split/');
let singleDir: string;
beforeAll(async () => {
  singleDir = mkdtempSync(join(tmpdir(), 'deck-style-reference-'));
  await buildDeckSite({ outDir: singleDir, singleFile: true });
});
afterAll(() => rmSync(singleDir, { recursive: true, force: true }));

/**
 * The page's elements with their computed styles, one line per element. The charts' drawings are
 * taken on the current slide only (they hold most of the elements); past slide 1, so are the other
 * slides' contents (their sections are still taken, with the state classes reveal moves).
 */
function computedStyles(page: Page, everySlide: boolean): Promise<string[]> {
  return page.evaluate((everySlide) => {
    // URLs differ between the two builds (files against data: URLs) by design.
    const withoutUrls = (value: string): string => value.replace(/url\([^)]*\)/g, 'url()');
    const onCurrentSlide = (element: Element): boolean => element.closest('section.present') !== null;
    const compared = [document.documentElement, document.body, ...document.body.querySelectorAll('*')].filter(
      (element) =>
        onCurrentSlide(element) ||
        (!element.parentElement?.closest('svg') && (everySlide || !element.parentElement?.closest('.slides section'))),
    );
    return compared.map((element) => {
      const style = getComputedStyle(element);
      const values: string[] = [];
      for (let i = 0; i < style.length; i++) {
        const name = style.item(i);
        values.push(`${name}:${withoutUrls(style.getPropertyValue(name))}`);
      }
      // Sorted: custom properties come in the order they were declared, and classes in the order they were set.
      const where = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].sort().join('.')}`;
      return `${where} {${values.sort().join(';')}}`;
    });
  }, everySlide);
}

/** The elements whose style differs, with the properties that differ. */
function differences(actual: readonly string[], expected: readonly string[]): string[] {
  if (actual.length !== expected.length) return [`${actual.length} elements against ${expected.length}`];
  const found: string[] = [];
  for (const [index, line] of actual.entries()) {
    const reference = expected[index]!;
    if (line === reference) continue;
    const props = (text: string) => new Set(text.slice(text.indexOf('{') + 1, -1).split(';'));
    const mine = props(line);
    const theirs = props(reference);
    const changed = [...mine].filter((value) => !theirs.has(value));
    found.push(
      `${line.slice(0, line.indexOf(' {'))}: ${changed.join('; ')} (whole sheet: ${[...theirs].filter((v) => !mine.has(v)).join('; ')})`,
    );
  }
  return found;
}

interface View {
  readonly name: string;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly query?: string;
  readonly media?: 'print';
  /** Compare on every slide (reveal's state classes differ from slide to slide), else once. */
  readonly eachSlide?: boolean;
  readonly overview?: boolean;
}

const VIEWS: readonly View[] = [
  { name: 'every slide on a projector', viewport: { width: 1920, height: 1080 }, eachSlide: true },
  { name: 'the overview', viewport: { width: 1920, height: 1080 }, overview: true },
  { name: 'a phone', viewport: { width: 390, height: 844 } },
  { name: 'the PDF view', viewport: { width: 1920, height: 1080 }, query: `?${PRINT_PARAM}` },
  { name: 'the page printed from the browser', viewport: { width: 1920, height: 1080 }, media: 'print' },
];

async function openView(browser: Browser, url: string, view: View): Promise<Page> {
  const page = await browser.newPage({ viewport: view.viewport });
  if (view.media) await page.emulateMedia({ media: view.media });
  const pdf = view.query === `?${PRINT_PARAM}`;
  // reveal lays the PDF view out after it starts, and says when it is done.
  if (pdf) await page.addInitScript(`document.addEventListener('${PDF_READY_EVENT}', () => { window.__pdfReady = true; });`);
  await page.goto(url + (view.query ?? ''));
  await waitForDeck(page);
  if (pdf) await page.waitForFunction(() => (window as { __pdfReady?: boolean }).__pdfReady === true);
  // Slides change at once: the styles compared are those of each slide shown, not of a transition.
  else await page.evaluate(() => window.Reveal!.configure({ transition: 'none', backgroundTransition: 'none' }));
  return page;
}

describe('the page with the rules slide 1 needs, the rest loaded after', () => {
  test.each(VIEWS)('styles every element as the whole sheet does: $name', async (view) => {
    const site = await openView(served.browser, served.server.url, view);
    const single = await openView(served.browser, pathToFileURL(join(singleDir, SINGLE_FILE_NAME)).href, view);
    const slides = view.eachSlide ? await site.evaluate(() => window.Reveal!.getTotalSlides()) : 1;
    for (let index = 0; index < slides; index++) {
      await Promise.all(
        [site, single].map(async (page) => {
          if (view.eachSlide) await page.evaluate((i) => window.Reveal!.slide(i), index);
          if (view.overview) await page.evaluate(() => window.Reveal!.toggleOverview(true));
          // Settled: the fonts of what is shown loaded (the site loads each slide's glyphs as it is shown, the single
          // file holds them), reveal's layout (the scale and sizes it measures and writes inline) taken now rather
          // than at whichever moment each page last took it, the phone's scrollbar hidden again after reveal shows
          // it, and every transition ended.
          await page.evaluate(() => {
            // Laid out first, so that the fonts the shown text needs are loading when fonts.ready is read.
            document.body.getBoundingClientRect();
            return document.fonts.ready.then(() => window.Reveal!.layout());
          });
          await page.waitForFunction(() => document.querySelector('.scrollbar.visible') === null);
          await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
        }),
      );
      const [mine, whole] = await Promise.all([computedStyles(site, index === 0), computedStyles(single, index === 0)]);
      expect(mine.length).toBeGreaterThan(100);
      expect(differences(mine, whole), `slide ${index + 1}`).toEqual([]);
    }
    await site.close();
    await single.close();
  });
});
