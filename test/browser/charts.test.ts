/** Every chart shows with its slide, drawn for the stage it is on, readable, with hover titles and clickable bars, and in print. */

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/build/load-deck.ts';
import { MIN_CHART_TEXT_PX, PDF_READY_EVENT, PRINT_PARAM } from '../../src/contract/index.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import {
  type ChartFacts,
  chartFacts,
  currentSlide,
  gotoSlide,
  hasMark,
  openRecordingPage,
  type PageProblems,
  slideLayoutProblems,
  waitForCharts,
} from '../support/deck-page.ts';
import { useServedDeck } from '../support/served-deck.ts';
import { OUR_SLIDES_DIR } from '../support/speech.ts';

const deck = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT);
const chartSlides = deck.slides.filter((s) => s.chart !== undefined);
const served = useServedDeck('/some/path/deck/');

/** A chart shown whole, as it was drawn for its box, with marks and labels no smaller than the stage's floor. */
function expectShown(facts: readonly ChartFacts[], chart: string, variant: 'wide' | 'phone'): void {
  expect(facts.map((f) => [f.name, f.variant])).toEqual([[chart, variant]]);
  const [f] = facts;
  // Drawn for this box: shown at its own size, neither squeezed nor blown up.
  expect(f!.scale, chart).toBeGreaterThan(0.98);
  expect(f!.scale, chart).toBeLessThan(1.02);
  expect(f!.marks, chart).toBeGreaterThan(5);
  expect(f!.texts, chart).toBeGreaterThan(5);
  expect(f!.smallestText, chart).toBeGreaterThanOrEqual(MIN_CHART_TEXT_PX[variant]);
}

function expectNoProblems(problems: PageProblems): void {
  expect(problems).toEqual({ errors: [], failed: [], foreign: [] });
}

test('the deck has a slide for each of the four charts', () => {
  expect(chartSlides.map((s) => s.chart).sort()).toEqual(['assessment', 'attendees', 'priorities', 'structure']);
});

describe('a chart shows with its slide', () => {
  test('at 1920×1080, by deep link, drawn for its box, labels at least 22 px', async () => {
    const { page, problems } = await openRecordingPage(served.browser, new URL(served.server.url).origin);
    for (const slide of chartSlides) {
      await gotoSlide(page, served.server.url, slide.id);
      await waitForCharts(page);
      expectShown(await chartFacts(page), slide.chart!, 'wide');
      expect(await slideLayoutProblems(page, slide.id)).toEqual([]);
    }
    // On a smaller screen reveal scales the stage, and the drawing with it.
    await page.setViewportSize({ width: 1280, height: 720 });
    const [facts] = await chartFacts(page);
    expect(facts!.scale).toBeCloseTo(1, 1);
    expectNoProblems(problems);
    await page.close();
  });

  test('on a phone (390×844), as drawn for the phone stage, whole, labels at least 11 px', async () => {
    const { page, problems } = await openRecordingPage(served.browser, new URL(served.server.url).origin, { width: 390, height: 844 });
    await gotoSlide(page, served.server.url, '1');
    await page.waitForFunction(() => document.querySelector('.reveal-scroll') !== null);
    for (const slide of chartSlides) {
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), slide.id);
      expectShown(await chartFacts(page, `#${slide.id}`), slide.chart!, 'phone');
      expect(await slideLayoutProblems(page, slide.id)).toEqual([]);
    }
    expectNoProblems(problems);
    await page.close();
  });
});

/** The shortened labels of the current slide's chart: their words, their hover title, and whether the pointer reaches them. */
function shortenedLabels(page: Page): Promise<{ label: string; title: string; reached: boolean }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('.present .chart-wide text')]
      .filter((text) => (text.lastChild?.textContent ?? '').endsWith('…'))
      .map((text) => {
        const box = text.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return { label: text.lastChild!.textContent!, title: text.querySelector('title')?.textContent ?? '', reached: hit === text };
      }),
  );
}

test('a label shortened to fit shows its full words on hover', async () => {
  const { page, problems } = await openRecordingPage(served.browser, new URL(served.server.url).origin);
  await gotoSlide(page, served.server.url, 'structure');
  const labels = await shortenedLabels(page);
  expect(labels.length).toBeGreaterThan(0);
  for (const { label, title, reached } of labels) {
    expect(title).toContain(label.slice(0, -1));
    expect(reached, label).toBe(true);
  }
  expectNoProblems(problems);
  await page.close();
});

test("clicking a priority's bar opens that priority's slide", async () => {
  const { page, problems } = await openRecordingPage(served.browser, new URL(served.server.url).origin);
  const target = deck.slides.find((s) => s.priority === 3)!;
  await gotoSlide(page, served.server.url, 'priorities');
  await waitForCharts(page);
  // The click handler arrives after slide 1 is painted: wait until the bar answers.
  const bar = page.locator(`.present .chart-wide path[data-slide="${target.id}"]`);
  await expect
    .poll(async () => {
      await bar.click();
      return (await currentSlide(page)).id;
    })
    .toBe(target.id);
  expectNoProblems(problems);
  await page.close();
});

test.each([
  ['a screen', { width: 1280, height: 900 }, 'wide'],
  ['a phone', { width: 390, height: 844 }, 'phone'],
] as const)(
  'without JavaScript, on %s, the outline shows every chart: the slide’s own drawing, by reference',
  async (_what, viewport, variant) => {
    const page = await served.browser.newPage({ viewport, javaScriptEnabled: false });
    await page.goto(served.server.url);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('svg.outline-chart')]
        .filter((svg) => svg.getBoundingClientRect().width > 0)
        .map((svg) => {
          const target = document.querySelector(svg.querySelector('use')!.getAttribute('href')!);
          return {
            width: svg.getBoundingClientRect().width,
            target: target?.parentElement?.getAttribute('data-variant'),
            labels: target?.querySelectorAll('text').length ?? 0,
          };
        }),
    );
    expect(shown).toHaveLength(chartSlides.length);
    for (const chart of shown) {
      expect(chart.target).toBe(variant);
      expect(chart.labels).toBeGreaterThan(5);
      expect(chart.width).toBeGreaterThan(300);
    }
    await page.close();
  },
);

test('in the print view every chart is there, the 16:9 drawing, before pdf-ready', async () => {
  const { page, problems } = await openRecordingPage(served.browser, new URL(served.server.url).origin);
  // Record the charts the moment reveal announces pdf-ready, before any other listener runs.
  await page.addInitScript((event) => {
    window.addEventListener(
      event,
      () => {
        const charts = [...document.querySelectorAll<HTMLElement>('.chart')];
        document.documentElement.dataset.chartsAtPdfReady = JSON.stringify(
          charts.map((c) => {
            const shown = [...c.querySelectorAll<HTMLElement>('[data-variant]')].filter((v) => getComputedStyle(v).display !== 'none');
            return {
              shown: shown.map((v) => v.dataset.variant),
              paths: c.querySelectorAll('.chart-wide path').length,
              width: c.clientWidth,
            };
          }),
        );
      },
      { capture: true },
    );
  }, PDF_READY_EVENT);
  await page.goto(`${served.server.url}?${PRINT_PARAM}`);
  await page.waitForFunction(() => document.documentElement.dataset.chartsAtPdfReady !== undefined);
  const atReady = JSON.parse((await page.evaluate(() => document.documentElement.dataset.chartsAtPdfReady))!) as {
    shown: string[];
    paths: number;
    width: number;
  }[];
  expect(atReady).toHaveLength(chartSlides.length);
  for (const chart of atReady) {
    expect(chart.shown).toEqual(['wide']);
    expect(chart.paths).toBeGreaterThan(5);
    expect(chart.width).toBeGreaterThan(300);
  }
  expect(await hasMark(page, 'charts')).toBe(true);
  expectNoProblems(problems);
  await page.close();
});
