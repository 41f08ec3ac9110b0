/** Any report of the genre becomes a deck: import → build → in Chromium, its priorities, its words, its charts. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHARTS } from '../../src/charts/index.ts';
import { MIN_CHART_TEXT_PX } from '../../src/contract/index.ts';
import { type ImportResult, importReport } from '../../src/import/index.ts';
import { fidelityKey } from '../../src/slides/fidelity.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildDeckSite } from '../support/build.ts';
import { chartFacts, gotoSlide, openRecordingPage } from '../support/deck-page.ts';
import { FIXTURE_SPEECHES } from '../support/fixtures.ts';
import { serveStatic } from '../support/static-server.ts';

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

/** Writes an imported deck's files into a folder of the work dir. */
function writeDeck(name: string, result: ImportResult): string {
  const slidesDir = mkdtempSync(join(workDir, `${name}-`));
  for (const file of result.files) writeFileSync(join(slidesDir, file.name), file.content);
  return slidesDir;
}

describe.each(FIXTURE_SPEECHES.map((f) => [f.name, f] as const))('%s', (name, fixture) => {
  test('imports, builds, and presents its priorities, its own words and drawn charts', async () => {
    const result = importReport(fixture.source, { charts: CHARTS });
    const slidesDir = writeDeck(name, result);
    const outDir = join(slidesDir, 'dist');
    await buildDeckSite({ outDir, slidesDir });
    const server = await serveStatic(outDir, '/decks/imported/');
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
      expect(prioritySlides.map((s) => s.heading)).toEqual(result.speech.priorities.map((p) => p.title.text));

      const speechKey = fidelityKey(result.speech.text);
      const bullets = shown.flatMap((s) => s.bullets);
      expect(bullets.length).toBeGreaterThan(result.speech.priorities.length);
      for (const bullet of bullets) expect(speechKey, bullet).toContain(fidelityKey(bullet));

      // Every chart shows with its slide, drawn at build time for its box, its labels legible (none while the registry is empty).
      for (const slide of shown.filter((s) => s.charts > 0)) {
        await gotoSlide(page, server.url, slide.id);
        const [facts] = await chartFacts(page);
        expect(facts!.texts, slide.id).toBeGreaterThan(2);
        expect(facts!.scale, slide.id).toBeCloseTo(1, 1);
        expect(facts!.smallestText, slide.id).toBeGreaterThanOrEqual(MIN_CHART_TEXT_PX.wide);
      }
      expect(shown.reduce((n, s) => n + s.charts, 0)).toBe(result.charts.length);
      expect(problems).toEqual({ errors: [], failed: [], foreign: [] });
    } finally {
      await page.close();
      await server.close();
    }
  });
});
