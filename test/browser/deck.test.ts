/** The built deck, served from a sub-path, presents every slide: deep links, headings, no errors, no spill, our font. */

import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/build/load-deck.ts';
import { FONT_FAMILY, LATER_SLIDES_ID } from '../../src/contract/index.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { currentSlide, elementsOutsideSlide, gotoSlide, openRecordingPage, waitForMark } from '../support/deck-page.ts';
import { useServedDeck } from '../support/served-deck.ts';
import { OUR_SLIDES_DIR } from '../support/speech.ts';

const expected = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT).slides;
const served = useServedDeck('/some/path/deck/');

describe('every slide opens by deep link', () => {
  test('by number (#/n, as the slide number shows it) and by id (#/id), with its heading, and no error', async () => {
    const { page, problems } = await openRecordingPage(served.browser, new URL(served.server.url).origin);
    for (const [index, slide] of expected.entries()) {
      await gotoSlide(page, served.server.url, String(index + 1));
      expect(await currentSlide(page)).toEqual({ id: slide.id, heading: slide.title, index });
      await gotoSlide(page, served.server.url, slide.id);
      expect((await currentSlide(page)).index).toBe(index);
    }
    expect(problems).toEqual({ errors: [], failed: [], foreign: [] });
    await page.close();
  });
});

test('the page carries slide 1 as markup and the other slides as text, which the deck puts in place in order', async () => {
  const page = await served.browser.newPage();
  await page.route(/\.m?js(\?|$)/, (route) => route.abort());
  await page.goto(served.server.url);
  // Before the deck's script: one slide built; the rest is the noscript's text.
  expect(await page.locator('.reveal .slides > section').count()).toBe(1);
  expect(await page.locator(`#${LATER_SLIDES_ID}`).evaluate((block) => block.textContent?.includes('<section'))).toBe(true);
  await page.unrouteAll();
  await page.goto(served.server.url);
  await waitForMark(page, 'painted');
  const ids = await page.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].map((section) => section.id));
  expect(ids).toEqual(expected.map((slide) => slide.id));
  expect(await page.locator(`#${LATER_SLIDES_ID}`).count()).toBe(0);
  await page.close();
});

describe.each([
  [1920, 1080],
  [1280, 720],
])('at %i×%i', (width, height) => {
  test('no element of any slide lies outside the slide', async () => {
    const { page } = await openRecordingPage(served.browser, new URL(served.server.url).origin, { width, height });
    const outside: string[] = [];
    for (const index of expected.keys()) {
      await gotoSlide(page, served.server.url, String(index + 1));
      // Show every fragment: the slide's final state is the largest.
      await page.evaluate(() => {
        const fragments = document.querySelectorAll('.present .fragment').length;
        if (fragments > 0) window.Reveal!.navigateFragment(fragments - 1);
      });
      outside.push(...(await elementsOutsideSlide(page)));
    }
    expect(outside).toEqual([]);
    await page.close();
  });
});

test('the Chinese font is bundled, loaded and used for headings and body text', async () => {
  const { page } = await openRecordingPage(served.browser, new URL(served.server.url).origin);
  await gotoSlide(page, served.server.url, 'priority-3');
  const fonts = await page.evaluate((family) => {
    const faces = [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === family);
    const heading = getComputedStyle(document.querySelector('.present h2')!).fontFamily;
    const item = getComputedStyle(document.querySelector('.present li')!).fontFamily;
    return {
      loaded: faces.filter((face) => face.status === 'loaded').length,
      heading,
      item,
      covers:
        document.fonts.check(`700 64px "${family}"`, '更加把牢根本任务') &&
        document.fonts.check(`400 40px "${family}"`, '社会主义核心价值观'),
    };
  }, FONT_FAMILY);
  expect(fonts.loaded).toBeGreaterThan(0);
  expect(fonts.heading.startsWith(`"${FONT_FAMILY}"`)).toBe(true);
  expect(fonts.item.startsWith(`"${FONT_FAMILY}"`)).toBe(true);
  expect(fonts.covers).toBe(true);
  const fontRequests = served.server.requests.filter((path) => path.endsWith('.woff2'));
  expect(fontRequests.length).toBeGreaterThan(0);
  expect(fontRequests.every((path) => path.startsWith('/some/path/deck/assets/fonts/'))).toBe(true);
  await page.close();
});
