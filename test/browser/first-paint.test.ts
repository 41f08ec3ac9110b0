/**
 * Slide 1 is painted by HTML and CSS alone, before reveal's script runs, exactly where reveal then
 * shows it: on every screen shape, with its full-bleed colour, and nothing moves when reveal takes over.
 */

import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { PALETTE, SPEAKER_PARAM, SPEAKER_VIEW_TARGET } from '../../src/contract/index.ts';
import { hasMark, waitForMark, waitForStill } from '../support/deck-page.ts';
import { filesForFirstPaint } from '../support/dist.ts';
import {
  firstFrames,
  openScreen,
  openWithoutScript,
  recordFirstFrames,
  type Screen,
  shownSections,
  slideOneBoxes,
  slideOnePixels,
} from '../support/first-paint.ts';
import { useServedDeck } from '../support/served-deck.ts';

/** Screens of every shape, and those where reveal's rounding of its scale is easiest to miss. */
const SCREENS: readonly Screen[] = [
  { name: 'full HD projector', width: 1920, height: 1080 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: '4:3 projector', width: 1024, height: 768 },
  { name: 'phone upright', width: 390, height: 844 },
  { name: 'a scale halfway between hundredths, both sides', width: 1104, height: 621 },
  { name: 'scale 1 on a screen a few pixels narrower than the stage', width: 1915, height: 1080 },
  { name: 'phone at a scale halfway between hundredths', width: 414, height: 900 },
];

/**
 * Sides where the stage's fit lies exactly halfway between hundredths (reveal rounds some up, some
 * down) and their neighbours, each with the other side long enough not to limit the scale.
 */
const ROUNDING_EDGES = {
  wide: [
    ...[912, 1103, 1104, 1105, 1392, 1967, 1968, 1969].map((width) => ({ width, height: 2000 })),
    ...[620, 621, 622, 783, 945, 1106, 1107, 1108].map((height) => ({ width: 3600, height })),
  ],
  phone: [
    ...[378, 413, 414, 415].map((width) => ({ width, height: 1200 })),
    ...[782, 896, 897, 898].map((height) => ({ width: 435, height })),
  ],
};

const served = useServedDeck('/first/paint/');

async function openDeck(page: Page, hash = ''): Promise<void> {
  await page.goto(served.server.url + hash);
  await waitForMark(page, 'painted');
  await waitForStill(page);
}

describe.each(SCREENS)('$name, $width×$height', (screen) => {
  test('slide 1 is painted before any script, exactly where reveal shows it', async () => {
    const context = await openScreen(served.browser, screen);
    const before = await openWithoutScript(context, served.server.url);
    expect(await shownSections(before)).toEqual(['title']);
    const boxes = await slideOneBoxes(before);
    const pixels = await slideOnePixels(before);
    const page = await context.newPage();
    await openDeck(page);
    expect(await slideOneBoxes(page)).toEqual(boxes);
    // The same pixels: the heading in its font, and the red that fills the screen around the stage.
    const after = await slideOnePixels(page);
    expect(after.heading.equals(pixels.heading)).toBe(true);
    expect(after.corner.equals(pixels.corner)).toBe(true);
    await context.close();
  });
});

describe.each([
  { name: 'full HD projector', width: 1920, height: 1080 },
  { name: '4:3 projector', width: 1024, height: 768 },
  { name: 'phone upright', width: 390, height: 844 },
])('when reveal takes over, $name', (screen) => {
  test('no layout shift, the title never moves, and it is painted in its font before reveal starts', async () => {
    const context = await openScreen(served.browser, screen);
    const page = await context.newPage();
    await recordFirstFrames(page);
    await openDeck(page);
    const { shifts, frames } = await firstFrames(page);
    expect(shifts).toEqual([]);
    expect(frames.length).toBeGreaterThan(0);
    expect(new Set(frames.map((frame) => frame.box)).size).toBe(1);
    const firstInFont = frames.findIndex((frame) => frame.fontLoaded);
    expect(firstInFont).toBeGreaterThanOrEqual(0);
    expect(frames[firstInFont]!.revealStarted).toBe(false);
    await context.close();
  });
});

test("the pre-script layout scales the stage as reveal does at every rounding edge of reveal's scale", async () => {
  for (const [kind, sizes] of Object.entries(ROUNDING_EDGES)) {
    const first = sizes[0]!;
    const context = await openScreen(served.browser, { name: kind, ...first });
    const before = await openWithoutScript(context, served.server.url);
    const page = await context.newPage();
    await openDeck(page);
    const differences: string[] = [];
    for (const size of sizes) {
      await Promise.all([before.setViewportSize(size), page.setViewportSize(size)]);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      const section = (p: Page): Promise<string> =>
        p.evaluate(() => {
          const box = document.querySelector('.reveal .slides section')!.getBoundingClientRect();
          return [box.x, box.y, box.width, box.height].map((v) => v.toFixed(2)).join(' ');
        });
      const [expected, actual] = [await section(page), await section(before)];
      if (expected !== actual) differences.push(`${size.width}×${size.height}: reveal ${expected}, before reveal ${actual}`);
    }
    expect(differences).toEqual([]);
    await context.close();
  }
});

describe('a deep link', () => {
  test.each(['#/7', '#/priority-1', '#/14'])('to another slide (%s) paints nothing before reveal shows that slide', async (hash) => {
    const context = await openScreen(served.browser, SCREENS[0]!);
    const before = await openWithoutScript(context, served.server.url + hash);
    expect(await shownSections(before)).toEqual([]);
    await context.close();
  });

  test("the speaker view's address paints no slide, only the view's dark ground, before its script builds the view", async () => {
    const context = await openScreen(served.browser, SCREENS[0]!);
    const before = await openWithoutScript(context, `${served.server.url}?${SPEAKER_PARAM}#${SPEAKER_VIEW_TARGET}`);
    expect(await shownSections(before)).toEqual([]);
    const background = (selector: string): Promise<string> =>
      before.evaluate((s) => getComputedStyle(document.querySelector(s)!).backgroundColor, selector);
    // The view's own dark ground, not the title slide's red nor the slides' paper.
    expect(await background('.reveal')).toBe('rgba(0, 0, 0, 0)');
    const [red, green, blue] = PALETTE.ink.match(/[\da-f]{2}/gi)!.map((hex) => Number.parseInt(hex, 16));
    for (const element of ['html', 'body']) expect(await background(element)).toBe(`rgb(${red}, ${green}, ${blue})`);
    await context.close();
  });

  test.each(['#/1', '#/title'])('to slide 1 (%s) paints slide 1', async (hash) => {
    const context = await openScreen(served.browser, SCREENS[0]!);
    const before = await openWithoutScript(context, served.server.url + hash);
    expect(await shownSections(before)).toEqual(['title']);
    await context.close();
  });
});

test("slide 1 is painted while the deck's code is still on its way; the deck starts once it arrives", async () => {
  const context = await openScreen(served.browser, SCREENS[0]!);
  const page = await context.newPage();
  // Hold back the chunk with reveal.js and the deck's features until the title has been painted.
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const requested: string[] = [];
  await page.route(/\/start-deck-[^/]*\.js$/, async (route) => {
    requested.push(route.request().url());
    await released;
    await route.continue();
  });
  await page.goto(served.server.url);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  expect(await hasMark(page, 'deck')).toBe(false);
  expect(await shownSections(page)).toEqual(['title']);
  release();
  await waitForMark(page, 'painted');
  expect(requested).toHaveLength(1);
  expect(await page.evaluate(() => document.querySelectorAll('.reveal .slides > section').length)).toBeGreaterThan(1);
  await context.close();
});

test('what a browser fetches to paint slide 1 without the script is what the budget counts', async () => {
  const context = await openScreen(served.browser, SCREENS[0]!);
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('response', (response) => {
    if (response.ok()) fetched.push(decodeURIComponent(new URL(response.url()).pathname).slice(new URL(served.server.url).pathname.length));
  });
  await page.route(/\.m?js(\?|$)/, (route) => route.abort());
  await page.goto(served.server.url);
  await page.waitForLoadState('networkidle');
  expect(fetched.map((file) => file || 'index.html').sort()).toEqual(filesForFirstPaint(inject('distDir')).sort());
  await context.close();
});
