/** Every chart draws on its slide, at its box's size, however the slide is reached; charts do not leak. */

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/build/load-deck.ts';
import { PRIORITY_COLORS } from '../../src/charts/theme.ts';
import { PDF_READY_EVENT, PRINT_PARAM } from '../../src/contract/index.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import {
  type ChartFacts,
  chartFacts,
  currentSlide,
  gotoSlide,
  hasMark,
  openRecordingPage,
  type PageProblems,
  waitForCharts,
} from '../support/deck-page.ts';
import { useServedDeck } from '../support/served-deck.ts';
import { OUR_SLIDES_DIR } from '../support/speech.ts';

const deck = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT);
const chartSlides = deck.slides.filter((s) => s.chart !== undefined);
const served = useServedDeck('/some/path/deck/');

/** A chart fully drawn at its box's size, with marks and labels. */
function expectDrawn(facts: readonly ChartFacts[], slideId: string, chart: string): void {
  expect(facts.map((f) => f.name)).toEqual([chart]);
  const [f] = facts;
  expect(f!.state, slideId).toBe('drawn');
  expect(f!.box.width).toBeGreaterThan(300);
  expect(f!.box.height).toBeGreaterThan(300);
  expect(f!.svg).toEqual(f!.box);
  expect(f!.marks, slideId).toBeGreaterThan(5);
  expect(f!.texts, slideId).toBeGreaterThan(5);
}

/** The number of live chart instances: the controller's count, checked against ECharts' marks on the page. */
async function liveCharts(page: Page): Promise<number> {
  const { counted, marked } = await page.evaluate(() => ({
    counted: window.deckCharts!.liveCount,
    marked: [...document.querySelectorAll('.chart')].filter((e) => (e.getAttribute('_echarts_instance_') ?? '') !== '').length,
  }));
  expect(marked).toBe(counted);
  return counted;
}

function expectNoProblems(problems: PageProblems): void {
  expect(problems).toEqual({ errors: [], failed: [], foreign: [] });
}

test('the deck has a slide for each of the four charts', () => {
  expect(chartSlides.map((s) => s.chart).sort()).toEqual(['assessment', 'attendees', 'priorities', 'structure']);
});

describe("a chart draws at its box's size", () => {
  test('by deep link', async () => {
    const { page, problems } = await openRecordingPage(served.browser, new URL(served.server.url).origin);
    for (const slide of chartSlides) {
      await gotoSlide(page, served.server.url, slide.id);
      await waitForCharts(page);
      expectDrawn(await chartFacts(page), slide.id, slide.chart!);
    }
    expectNoProblems(problems);
    await page.close();
  });

  test('by stepping through the deck with the keyboard', async () => {
    const { page, problems } = await openRecordingPage(served.browser, new URL(served.server.url).origin);
    await gotoSlide(page, served.server.url, '1');
    await waitForCharts(page);
    for (const [index, slide] of deck.slides.entries()) {
      expect((await currentSlide(page)).index).toBe(index);
      if (slide.chart) {
        await waitForCharts(page);
        expectDrawn(await chartFacts(page), slide.id, slide.chart);
      }
      // Step until the next slide shows: a slide with fragments takes a step per fragment.
      for (let step = 0; step < 20 && index < deck.slides.length - 1 && (await currentSlide(page)).index === index; step++) {
        await page.keyboard.press('ArrowRight');
      }
    }
    expectNoProblems(problems);
    await page.close();
  });

  test('after the window was resized while the chart was hidden, and again while it shows', async () => {
    const { page, problems } = await openRecordingPage(served.browser, new URL(served.server.url).origin);
    await gotoSlide(page, served.server.url, '1');
    await waitForCharts(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    for (const slide of chartSlides) {
      await page.evaluate((id) => window.Reveal!.slide(window.Reveal!.getIndices(document.getElementById(id)!).h), slide.id);
      await waitForCharts(page);
      expectDrawn(await chartFacts(page), slide.id, slide.chart!);
    }
    const before = (await chartFacts(page))[0]!;
    // A narrower window of another shape: reveal rescales the stage, and the chart follows its box.
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.waitForFunction(() => {
      const chart = document.querySelector<HTMLElement>('.present .chart')!;
      const svg = chart.querySelector('svg')!;
      return Number(svg.getAttribute('width')) === chart.clientWidth && Number(svg.getAttribute('height')) === chart.clientHeight;
    });
    const after = (await chartFacts(page))[0]!;
    expect(after.svg).toEqual(after.box);
    expect(after.marks).toBe(before.marks);
    expectNoProblems(problems);
    await page.close();
  });

  test('in the scroll view of a phone, when scrolled to', async () => {
    const { page, problems } = await openRecordingPage(served.browser, new URL(served.server.url).origin, { width: 390, height: 844 });
    await gotoSlide(page, served.server.url, '1');
    await page.waitForFunction(() => document.querySelector('.reveal-scroll') !== null);
    for (const slide of chartSlides) {
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), slide.id);
      await page.waitForFunction((id) => document.querySelector<HTMLElement>(`#${id} .chart`)?.dataset.chartState === 'drawn', slide.id);
      expectDrawn(await chartFacts(page, `#${slide.id}`), slide.id, slide.chart!);
    }
    // Scrolled away, the charts go.
    await page.evaluate(() => document.getElementById('title')!.scrollIntoView());
    await page.waitForFunction(() => window.deckCharts!.liveCount === 0);
    expectNoProblems(problems);
    await page.close();
  });
});

test("clicking a priority's bar opens that priority's slide", async () => {
  const { page, problems } = await openRecordingPage(served.browser, new URL(served.server.url).origin);
  const target = deck.slides.find((s) => s.priority === 3)!;
  await gotoSlide(page, served.server.url, 'priorities');
  await waitForCharts(page);
  const bar = page.locator(`.present .chart path[fill="${PRIORITY_COLORS[2]}"]`).first();
  await bar.click();
  await page.waitForFunction((id) => window.Reveal!.getCurrentSlide()?.id === id, target.id);
  expect((await currentSlide(page)).id).toBe(target.id);
  expectNoProblems(problems);
  await page.close();
});

test('50 steps back and forth between chart slides leave at most the shown charts alive', async () => {
  const { page, problems } = await openRecordingPage(served.browser, new URL(served.server.url).origin);
  const first = deck.slides.findIndex((s) => s.chart === 'structure');
  expect(deck.slides[first + 1]!.chart).toBe('priorities');
  await gotoSlide(page, served.server.url, String(first + 1));
  await waitForCharts(page);
  const peak: number[] = [];
  for (let i = 0; i < 50; i++) {
    await page.evaluate((forth) => (forth ? window.Reveal!.next() : window.Reveal!.prev()), i % 2 === 0);
    await waitForCharts(page);
    peak.push(await liveCharts(page));
  }
  // Charts of slides just left live on while their slide fades out, then go.
  expect(Math.max(...peak)).toBeLessThanOrEqual(2);
  await page.waitForFunction(() => window.deckCharts!.liveCount === 1);
  expect(await liveCharts(page)).toBe(1);
  expectDrawn(await chartFacts(page), deck.slides[first]!.id, 'structure');
  expectNoProblems(problems);
  await page.close();
});

test('in the print view every chart is drawn before pdf-ready', async () => {
  const { page, problems } = await openRecordingPage(served.browser, new URL(served.server.url).origin);
  // Record the charts' state the moment reveal announces pdf-ready, before any other listener runs.
  await page.addInitScript((event) => {
    window.addEventListener(
      event,
      () => {
        const charts = [...document.querySelectorAll<HTMLElement>('.chart')];
        document.documentElement.dataset.chartsAtPdfReady = JSON.stringify(
          charts.map((c) => ({
            state: c.dataset.chartState,
            paths: c.querySelectorAll('svg path').length,
            width: c.clientWidth,
            svgWidth: Number(c.querySelector('svg')?.getAttribute('width')),
          })),
        );
      },
      { capture: true },
    );
  }, PDF_READY_EVENT);
  await page.goto(`${served.server.url}?${PRINT_PARAM}`);
  await page.waitForFunction(() => document.documentElement.dataset.chartsAtPdfReady !== undefined);
  const atReady = JSON.parse((await page.evaluate(() => document.documentElement.dataset.chartsAtPdfReady))!) as {
    state: string;
    paths: number;
    width: number;
    svgWidth: number;
  }[];
  expect(atReady).toHaveLength(chartSlides.length);
  for (const chart of atReady) {
    expect(chart.state).toBe('drawn');
    expect(chart.paths).toBeGreaterThan(5);
    expect(chart.svgWidth).toBe(chart.width);
  }
  expect(await hasMark(page, 'charts')).toBe(true);
  expectNoProblems(problems);
  await page.close();
});
