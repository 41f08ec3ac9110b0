/** Reading slide 1 as the page paints it, before and after reveal's script takes over. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SCROLL_VIEW_WIDTH } from '../../src/contract/index.ts';

/** The boxes of slide 1 and of the parts of its text, rounded to 1/100 px. */
export type SlideBoxes = Record<string, readonly number[]>;

/** A screen: its size, and whether it is a phone (which honours the page's viewport meta tag and has touch). */
export interface Screen {
  readonly name: string;
  readonly width: number;
  readonly height: number;
}

/** A browser context of the screen's size; a phone when it is as narrow as reveal's scroll view. */
export function openScreen(browser: Browser, { width, height }: Screen): Promise<BrowserContext> {
  const phone = width <= SCROLL_VIEW_WIDTH;
  return browser.newContext({ viewport: { width, height }, isMobile: phone, hasTouch: phone });
}

/** Opens the deck with every script request refused: the page as HTML and CSS alone paint it. */
export async function openWithoutScript(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.route(/\.m?js(\?|$)/, (route) => route.abort());
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

/** Slide 1 and the boxes of its heading, kicker and paragraphs, as laid out now. */
export function slideOneBoxes(page: Page): Promise<SlideBoxes> {
  return page.evaluate(() => {
    const section = document.querySelector('.reveal .slides section')!;
    const round = (box: DOMRect): number[] => [box.x, box.y, box.width, box.height].map((v) => Math.round(v * 100) / 100);
    const parts = [section, ...section.querySelectorAll('h1, h2, .kicker, p, li')];
    return Object.fromEntries(
      parts.map((element, index) => [`${index} ${element.tagName.toLowerCase()}`, round(element.getBoundingClientRect())]),
    );
  });
}

/** The sections shown (laid out with a box) now, by id. */
export function shownSections(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.reveal .slides section')]
      .filter((s) => s.getBoundingClientRect().height > 0)
      .map((s) => s.id),
  );
}

/** PNG screenshots of slide 1's heading and of the screen's top-left corner (full-bleed colour, or the margin around the stage). */
export async function slideOnePixels(page: Page): Promise<{ heading: Buffer; corner: Buffer }> {
  const box = await page.locator('.reveal .slides section :is(h1, h2)').first().boundingBox();
  if (!box) throw new Error("slide 1's heading is not shown");
  return {
    heading: await page.screenshot({ clip: box }),
    corner: await page.screenshot({ clip: { x: 0, y: 0, width: 12, height: 12 } }),
  };
}

/**
 * Installs, before the page's scripts run, a record of every layout shift and of slide 1's heading
 * on each frame until the deck marks itself painted: its box, whether its font had loaded, and
 * whether reveal had started (a section marked present).
 */
export async function recordFirstFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Frame = { box: string; fontLoaded: boolean; revealStarted: boolean };
    const record = { shifts: [] as number[], frames: [] as Frame[] };
    (window as unknown as { firstFrames: typeof record }).firstFrames = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
    const onFrame = (): void => {
      const heading = document.querySelector<HTMLElement>('.reveal .slides section :is(h1, h2)');
      const box = heading?.getBoundingClientRect();
      if (heading && box && box.width > 0) {
        const style = getComputedStyle(heading);
        record.frames.push({
          box: [box.x, box.y, box.width, box.height].map((v) => v.toFixed(2)).join(' '),
          fontLoaded: document.fonts.check(`${style.fontWeight} ${style.fontSize} ${style.fontFamily}`, heading.textContent ?? ''),
          revealStarted: document.querySelector('.reveal .slides section.present') !== null,
        });
      }
      if (!document.documentElement.classList.contains('deck-painted')) requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
  });
}

/** What `recordFirstFrames` saw. */
export function firstFrames(
  page: Page,
): Promise<{ shifts: number[]; frames: { box: string; fontLoaded: boolean; revealStarted: boolean }[] }> {
  return page.evaluate(() => (window as unknown as { firstFrames: Awaited<ReturnType<typeof firstFrames>> }).firstFrames);
}
