/** The presenter's tools on the audience's screen: L toggles a laser pointer that follows the mouse; Ctrl+click zooms in. */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { expect, test } from 'vitest';
import { gotoSlide, openRecordingPage, waitForMark } from '../support/deck-page.ts';
import { useServedDeck } from '../support/served-deck.ts';

const served = useServedDeck('/deck/');
/** How long reveal's zoom transition may take to settle on a busy machine (it lasts 0.8 s on an idle one). */
const ZOOM_SETTLED_MS = 15_000;

/** The pointer's centre on the screen, or undefined while it is not shown. */
function pointerAt(page: Page): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate(() => {
    const dot = document.querySelector<HTMLElement>('.laser-pointer');
    if (!dot || dot.hidden || getComputedStyle(dot).display === 'none') return undefined;
    const box = dot.getBoundingClientRect();
    return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
  });
}

/** The colour on screen at a point, and whether it is the pointer's red. */
async function pixelAt(page: Page, x: number, y: number): Promise<{ rgb: number[]; red: boolean }> {
  const png = PNG.sync.read(await page.screenshot({ clip: { x, y, width: 1, height: 1 } }));
  const rgb = [...png.data.subarray(0, 3)];
  return { rgb, red: rgb[0]! > 200 && rgb[1]! < 120 && rgb[2]! < 120 };
}

test('L shows a laser pointer that follows the mouse over the slide, and hides it again', async () => {
  const { page, problems } = await openRecordingPage(served.browser, new URL(served.server.url).origin);
  await gotoSlide(page, served.server.url, 'priority-1');
  await waitForMark(page, 'presenterTools');
  await page.mouse.move(300, 300);
  expect(await pointerAt(page)).toBeUndefined();
  expect(await pixelAt(page, 1500, 200)).toMatchObject({ red: false });

  await page.keyboard.press('l');
  await page.mouse.move(960, 540);
  expect(await pointerAt(page)).toEqual({ x: 960, y: 540 });
  await page.mouse.move(1500, 200, { steps: 4 });
  expect(await pointerAt(page)).toEqual({ x: 1500, y: 200 });
  // Drawn over the slide: the screen is red where the mouse is.
  expect(await pixelAt(page, 1500, 200)).toMatchObject({ red: true });
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.slides')!).cursor)).toBe('none');

  await page.keyboard.press('l');
  expect(await pointerAt(page)).toBeUndefined();
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.slides')!).cursor)).not.toBe('none');
  expect(problems).toEqual({ errors: [], failed: [], foreign: [] });
  await page.close();
});

test("Ctrl+click zooms into the slide where it is clicked (reveal's zoom plugin); Esc zooms out", async () => {
  const { page, problems } = await openRecordingPage(served.browser, new URL(served.server.url).origin);
  await gotoSlide(page, served.server.url, 'priority-1');
  await waitForMark(page, 'presenterTools');
  const scale = (): Promise<number> => page.evaluate(() => new DOMMatrix(getComputedStyle(document.body).transform).a);
  expect(await scale()).toBe(1);
  await page.keyboard.down('Control');
  await page.mouse.click(700, 400);
  await page.keyboard.up('Control');
  // reveal's zoom is a CSS transition: wait for it to end (a loaded machine draws it slowly).
  await expect.poll(scale, { timeout: ZOOM_SETTLED_MS }).toBe(2);
  expect(await page.evaluate(() => document.documentElement.classList.contains('zoomed'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(scale, { timeout: ZOOM_SETTLED_MS }).toBe(1);
  expect(problems).toEqual({ errors: [], failed: [], foreign: [] });
  await page.close();
});
