/** Every slide is accessible: axe finds nothing serious, text contrast ≥ 4.5:1, keyboard alone reaches everything, focus shows. */

import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/build/load-deck.ts';
import { contrastRatios, runAxe, seriousViolations } from '../support/axe.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { currentSlide, gotoSlide, openRecordingPage, waitForStill } from '../support/deck-page.ts';
import { useServedDeck } from '../support/served-deck.ts';
import { OUR_SLIDES_DIR } from '../support/speech.ts';

const deck = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT);
/** WCAG 1.4.3 asks 4.5:1 for normal text (3:1 for large); the deck holds all its text to 4.5:1. */
const MIN_TEXT_CONTRAST = 4.5;
/** WCAG 1.4.11: a focus indicator contrasts 3:1 with what is next to it. */
const MIN_FOCUS_CONTRAST = 3;
const served = useServedDeck('/deck/');

/** Shows every fragment of the current slide, so that all its text is checked. */
function showAllFragments(page: Page): Promise<void> {
  return page.evaluate(() => {
    const fragments = document.querySelectorAll('.present .fragment').length;
    if (fragments > 0) window.Reveal!.navigateFragment(fragments - 1);
  });
}

describe.each([
  [1920, 1080],
  [390, 844],
])('at %i×%i', (width, height) => {
  test('axe reports no serious or critical violation on any slide, and all text has contrast ≥ 4.5:1', async () => {
    const { page } = await openRecordingPage(served.browser, new URL(served.server.url).origin, { width, height });
    const violations: string[] = [];
    const lowContrast: string[] = [];
    let measured = 0;
    for (const [index, slide] of deck.slides.entries()) {
      await gotoSlide(page, served.server.url, String(index + 1));
      await showAllFragments(page);
      await waitForStill(page);
      const results = await runAxe(page);
      violations.push(...seriousViolations(results).map((v) => `${slide.id}: ${v}`));
      const ratios = contrastRatios(results);
      measured += ratios.length;
      lowContrast.push(
        ...ratios.filter(({ ratio }) => ratio < MIN_TEXT_CONTRAST).map(({ target, ratio }) => `${slide.id}: ${target} ${ratio}:1`),
      );
    }
    expect(violations).toEqual([]);
    expect(lowContrast).toEqual([]);
    // axe measured the text of every slide, at least its heading.
    expect(measured).toBeGreaterThanOrEqual(deck.slides.length);
    await page.close();
  });
});

test('the page says its language, and every chart has a text alternative', async () => {
  const { page } = await openRecordingPage(served.browser, new URL(served.server.url).origin);
  await gotoSlide(page, served.server.url, '1');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  const charts = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.chart')].map((chart) => ({
      role: chart.getAttribute('role'),
      label: chart.getAttribute('aria-label') ?? '',
      caption: chart.closest('figure')?.querySelector('figcaption')?.textContent ?? '',
    })),
  );
  expect(charts).toHaveLength(deck.slides.filter((slide) => slide.chart).length);
  for (const chart of charts) {
    expect(chart.role).toBe('img');
    expect(chart.label.length).toBeGreaterThan(0);
    expect(chart.caption.length).toBeGreaterThan(0);
  }
  await page.close();
});

test('the keyboard alone steps through every slide and list item, and back', async () => {
  const { page } = await openRecordingPage(served.browser, new URL(served.server.url).origin);
  await gotoSlide(page, served.server.url, '1');
  const steps = await page.evaluate(() =>
    window.Reveal!.getSlides().reduce((sum, slide) => sum + 1 + slide.querySelectorAll('.fragment').length, -1),
  );
  for (let i = 0; i < steps; i++) await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'Space');
  expect((await currentSlide(page)).index).toBe(deck.slides.length - 1);
  expect(
    await page.evaluate(() => window.Reveal!.isLastSlide() && document.querySelectorAll('.present .fragment:not(.visible)').length === 0),
  ).toBe(true);
  await page.keyboard.press('Home');
  expect((await currentSlide(page)).index).toBe(0);
  await page.close();
});

test("Tab reaches the tracker links and reveal's controls, each with a visible focus ring, and Enter follows a link", async () => {
  const { page } = await openRecordingPage(served.browser, new URL(served.server.url).origin);
  const prioritySlides = deck.slides.filter((slide) => slide.priority !== undefined);
  const middle = prioritySlides[Math.floor(prioritySlides.length / 2)]!;
  await gotoSlide(page, served.server.url, middle.id);
  await waitForStill(page);
  const reached: { name: string; ring: number; width: number }[] = [];
  for (let i = 0; i < prioritySlides.length + 6; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const luminance = (color: string): number => {
        const [r, g, b] = (color.match(/[\d.]+/g) ?? [])
          .slice(0, 3)
          .map(Number)
          .map((c) => c / 255)
          .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const [a, b] = [luminance(style.outlineColor), luminance(getComputedStyle(document.body).backgroundColor)].sort((x, y) => y - x);
      return {
        name: element.getAttribute('aria-label') || element.getAttribute('href') || element.tagName,
        ring: style.outlineStyle === 'none' || !element.matches(':focus-visible') ? 0 : (a! + 0.05) / (b! + 0.05),
        width: parseFloat(style.outlineWidth),
      };
    });
    if (focused && !reached.some((r) => r.name === focused.name)) reached.push(focused);
  }
  const names = reached.map((r) => r.name);
  for (const slide of prioritySlides)
    expect(
      names.some((name) => name.endsWith(`#/${slide.id}`)),
      slide.id,
    ).toBe(true);
  expect(names).toEqual(expect.arrayContaining(['next slide', 'previous slide']));
  for (const element of reached) {
    expect(element.width, element.name).toBeGreaterThanOrEqual(2);
    expect(element.ring, element.name).toBeGreaterThanOrEqual(MIN_FOCUS_CONTRAST);
  }

  // Enter on a focused tracker link opens its slide.
  await page.evaluate((id) => document.querySelector<HTMLElement>(`.present .tracker a[href$="#/${id}"]`)!.focus(), prioritySlides[0]!.id);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.querySelector('.slides > section.present')?.id === id, prioritySlides[0]!.id);
  await page.close();
});
