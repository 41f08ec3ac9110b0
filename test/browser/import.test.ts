/**
 * Any report of the genre becomes a deck: import → build → in Chromium, its items, its words, its
 * charts; at 1920×1080 and on a phone (390×844) no slide spills, as the size model promised.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHARTS } from '../../src/charts/index.ts';
import { MIN_CHART_TEXT_PX } from '../../src/contract/index.ts';
import { type ImportResult, importReport } from '../../src/import/index.ts';
import { shortHeading } from '../../src/import/pages.ts';
import { fidelityKey } from '../../src/slides/fidelity.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildDeckSite } from '../support/build.ts';
import { chartFacts, gotoSlide, isScrollView, openRecordingPage, slideLayoutProblems, waitForStill } from '../support/deck-page.ts';
import { FIXTURE_SPEECHES } from '../support/fixtures.ts';
import { type StaticServer, serveStatic } from '../support/static-server.ts';
import { themeMetricsProblems } from '../support/text-layout.ts';

let browser: Browser;
let workDir: string;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'deck-import-'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Imports a report, builds its deck and serves it. */
async function serveImported(name: string, source: string): Promise<{ result: ImportResult; server: StaticServer }> {
  const result = importReport(source, { charts: CHARTS });
  const slidesDir = mkdtempSync(join(workDir, `${name}-`));
  for (const file of result.files) writeFileSync(join(slidesDir, file.name), file.content);
  const outDir = join(slidesDir, 'dist');
  await buildDeckSite({ outDir, slidesDir });
  return { result, server: await serveStatic(outDir, '/decks/imported/') };
}

/** Text that leaves the frame's content box (inside its padding): what the size model said would not happen. */
function contentOutsidePadding(page: Page, slideId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const frame = document.getElementById(id)!.querySelector<HTMLElement>('.slide-frame')!;
    const box = frame.getBoundingClientRect();
    const style = getComputedStyle(frame);
    const scale = box.width / frame.offsetWidth;
    const inner = {
      left: box.left + Number.parseFloat(style.paddingLeft) * scale,
      right: box.right - Number.parseFloat(style.paddingRight) * scale,
      bottom: box.bottom - Number.parseFloat(style.paddingBottom) * scale,
    };
    return [...frame.querySelectorAll(':is(h1, h2, p, li, blockquote, .tracker)')].flatMap((element) => {
      const b = element.getBoundingClientRect();
      const out = b.bottom > inner.bottom + 1 || b.right > inner.right + 1 || b.left < inner.left - 1;
      return out ? [`${id}: ${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 16)}" leaves the frame`] : [];
    });
  }, slideId);
}

/** What spills on a slide: anything outside the slide, text over text, or text leaving the frame's content box. */
async function textSpills(page: Page, slide: { id: string }): Promise<string[]> {
  return [...(await slideLayoutProblems(page, slide.id)), ...(await contentOutsidePadding(page, slide.id))];
}

/**
 * Moves to the next slide on the 16:9 view, as the presenter's → key does, and waits until `id`
 * shows and stands still. (Setting the address instead races with reveal writing it back.)
 */
async function showNext(page: Page, id: string): Promise<void> {
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((slide) => document.getElementById(slide)?.classList.contains('present'), id);
  await waitForStill(page);
}

describe.each(FIXTURE_SPEECHES.map((f) => [f.name, f] as const))('%s', (name, fixture) => {
  test('imports, builds, presents its items in its own words with drawn charts, and spills nowhere', async () => {
    const { result, server } = await serveImported(name, fixture.source);
    const { page, problems } = await openRecordingPage(browser, new URL(server.url).origin);
    try {
      await gotoSlide(page, server.url, 'title');
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.slides > section')].map((section) => ({
          id: section.id,
          heading: section.querySelector('h1, h2')?.textContent?.trim() ?? '',
          // A list item's editorial label (`**时间**：`) is not the speech's: leave it out.
          bullets: [...section.querySelectorAll('.slide-body li, .slide-body blockquote')].map((el) => {
            const text = (el.textContent ?? '').trim();
            const label = el.querySelector('strong')?.textContent ?? '';
            return label && text.startsWith(label)
              ? text
                  .slice(label.length)
                  .replace(/^[：:]/, '')
                  .trim()
              : text;
          }),
          charts: section.querySelectorAll('.chart').length,
        })),
      );
      const prioritySlides = shown.filter((s) => /^priority-\d+$/.test(s.id));
      if (prioritySlides.length > 0)
        expect(prioritySlides.map((s) => s.heading)).toEqual(result.speech.priorities.map((p) => shortHeading(p.title.text)));

      const speechKey = fidelityKey(result.speech.text);
      const bullets = shown.flatMap((s) => s.bullets);
      expect(bullets.length).toBeGreaterThanOrEqual(result.speech.priorities.length);
      for (const bullet of bullets) expect(speechKey, bullet).toContain(fidelityKey(bullet));

      const spills: string[] = [];
      for (const [index, slide] of shown.entries()) {
        if (index > 0) await showNext(page, slide.id);
        // A chart shows with its slide, drawn at build time for its box, its labels legible.
        if (slide.charts > 0) {
          const [facts] = await chartFacts(page);
          expect(facts!.texts, slide.id).toBeGreaterThan(2);
          expect(facts!.scale, slide.id).toBeCloseTo(1, 1);
          expect(facts!.smallestText, slide.id).toBeGreaterThanOrEqual(MIN_CHART_TEXT_PX.wide);
        }
        spills.push(...(await textSpills(page, slide)));
      }
      expect(spills).toEqual([]);
      expect(shown.reduce((n, s) => n + s.charts, 0)).toBe(result.charts.length);
      expect(problems).toEqual({ errors: [], failed: [], foreign: [] });

      // The phone: every slide laid out on the portrait stage, one under the other.
      const phone = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        reducedMotion: 'reduce',
      });
      const phonePage = await phone.newPage();
      await gotoSlide(phonePage, server.url, 'title');
      expect(await isScrollView(phonePage)).toBe(true);
      await waitForStill(phonePage);
      const phoneSpills: string[] = [];
      for (const slide of shown) {
        phoneSpills.push(...(await textSpills(phonePage, slide)));
      }
      expect(phoneSpills).toEqual([]);
      await phone.close();
    } finally {
      await page.close();
      await server.close();
    }
  });
});

test("the size model's metrics are the theme's, on both stages", async () => {
  const fixture = FIXTURE_SPEECHES.find((f) => f.name === 'ten-priorities.txt')!;
  const { server } = await serveImported('metrics', fixture.source);
  try {
    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 390, height: 844 },
    ]) {
      const context = await browser.newContext({ viewport, isMobile: viewport.width < 1000, hasTouch: viewport.width < 1000 });
      const page = await context.newPage();
      await gotoSlide(page, server.url, 'priority-1');
      expect(
        await themeMetricsProblems(page, viewport.width < 1000 ? 'phone' : 'wide', {
          bullets: 'priority-1',
          title: 'title',
          closing: 'closing',
        }),
      ).toEqual([]);
      await context.close();
    }
  } finally {
    await server.close();
  }
});
