/** The deck works on every screen: projectors, laptops, a 4:3 projector, phones upright and sideways; touch swipes navigate. */

import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../src/build/load-deck.ts';
import { SCROLL_VIEW_WIDTH } from '../../src/contract/index.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { currentSlide, gotoSlide, isScrollView, slideLayoutProblems, waitForDeck, waitForStill } from '../support/deck-page.ts';
import { useServedDeck } from '../support/served-deck.ts';
import { OUR_SLIDES_DIR } from '../support/speech.ts';

const slides = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT).slides;
/** The screens the deck must work on. */
const VIEWPORTS = [
  { name: 'full HD projector', width: 1920, height: 1080 },
  { name: 'laptop', width: 1280, height: 720 },
  { name: '4:3 projector', width: 1024, height: 768 },
  { name: 'phone upright', width: 390, height: 844 },
  { name: 'phone sideways', width: 844, height: 390 },
] as const;
/** Body text on a phone is at least this high, in CSS pixels. */
const MIN_PHONE_TEXT_PX = 16;

const served = useServedDeck('/deck/');

/** A touch screen of the given size, as a phone or a touch laptop would be. */
async function openTouchPage(
  width: number,
  height: number,
  reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await served.browser.newContext({ viewport: { width, height }, hasTouch: true, isMobile: width < 1000, reducedMotion });
  const page = await context.newPage();
  return { context, page, cdp: await context.newCDPSession(page) };
}

/** A one-finger swipe through the browser's input pipeline (what a finger does, so native scrolling follows too). */
async function swipe(cdp: CDPSession, from: { x: number; y: number }, to: { x: number; y: number }, steps = 8): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let i = 1; i <= steps; i++) {
    const point = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

describe.each(VIEWPORTS)('$name, $width×$height', ({ width, height }) => {
  test('every slide: nothing outside the slide, no text over other text, charts fill their box', async () => {
    // Without motion: the layout is the same, and there is no fade to wait for on every slide.
    const { context, page } = await openTouchPage(width, height, 'reduce');
    await gotoSlide(page, served.server.url, '1');
    const scrollView = await isScrollView(page);
    expect(scrollView).toBe(width <= SCROLL_VIEW_WIDTH);
    const problems: string[] = [];
    for (const [index, slide] of slides.entries()) {
      if (scrollView) {
        await page.evaluate((id) => document.getElementById(id)!.closest('.scroll-page')!.scrollIntoView(), slide.id);
      } else {
        await gotoSlide(page, served.server.url, String(index + 1));
        expect((await currentSlide(page)).id).toBe(slide.id);
      }
      // Every fragment shown: the slide's final state is the fullest.
      await page.evaluate((id) => {
        for (const fragment of document.getElementById(id)!.querySelectorAll('.fragment')) fragment.classList.add('visible');
      }, slide.id);
      await waitForStill(page);
      problems.push(...(await slideLayoutProblems(page, slide.id)));
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a swipe moves through the deck', async () => {
    const { context, page, cdp } = await openTouchPage(width, height);
    await gotoSlide(page, served.server.url, '1');
    const middle = { x: width / 2, y: height / 2 };
    if (await isScrollView(page)) {
      // The scroll view is a page: swipes up scroll it, and reveal follows to the slides scrolled to.
      const scrolled = (): Promise<number> => page.evaluate(() => document.querySelector('.reveal-viewport')!.scrollTop);
      await swipe(cdp, { x: middle.x, y: height * 0.8 }, { x: middle.x, y: height * 0.1 });
      await page.waitForFunction(() => document.querySelector('.reveal-viewport')!.scrollTop > 0);
      const first = await scrolled();
      await swipe(cdp, { x: middle.x, y: height * 0.8 }, { x: middle.x, y: height * 0.1 });
      await page.waitForFunction((before) => document.querySelector('.reveal-viewport')!.scrollTop > before, first);
      await page.waitForFunction(() => window.Reveal!.getIndices().h > 0);
    } else {
      // A swipe to the left goes forward, to the right back (the title slide has no list items to step through).
      await swipe(cdp, { x: width * 0.8, y: middle.y }, { x: width * 0.2, y: middle.y });
      await page.waitForFunction(() => window.Reveal!.getIndices().h === 1);
      await swipe(cdp, { x: width * 0.2, y: middle.y }, { x: width * 0.8, y: middle.y });
      await page.waitForFunction(() => window.Reveal!.getIndices().h === 0);
    }
    await context.close();
  });
});

test('on a phone held upright, body text is readable and a deep link opens its slide', async () => {
  const { context, page } = await openTouchPage(390, 844);
  const target = slides.find((slide) => slide.priority !== undefined && slide.priority > 1)!;
  await page.goto(`${served.server.url}#/${target.id}`);
  await waitForDeck(page);
  await waitForStill(page);
  expect(await isScrollView(page)).toBe(true);
  // reveal marks the slide scrolled to as present once it has handled the scroll.
  await page.waitForFunction((id) => document.querySelector('.slides section.present')?.id === id, target.id);
  const shown = await page.evaluate(
    (id) => ({
      present: document.querySelector('.slides section.present')?.id,
      pageTop: document.getElementById(id)!.closest('.scroll-page')!.getBoundingClientRect().top,
    }),
    target.id,
  );
  expect(shown.present).toBe(target.id);
  // The linked slide's page is on screen (reveal may centre it).
  expect(shown.pageTop).toBeGreaterThanOrEqual(-1);
  expect(shown.pageTop).toBeLessThan(844 / 2);
  // The font size as shown: the stage's size times reveal's scale.
  const fontSize = await page.evaluate((id) => {
    const item = document.getElementById(id)!.querySelector<HTMLElement>('.slide-body li')!;
    return (parseFloat(getComputedStyle(item).fontSize) * item.getBoundingClientRect().width) / item.offsetWidth;
  }, target.id);
  expect(fontSize).toBeGreaterThanOrEqual(MIN_PHONE_TEXT_PX);
  await context.close();
});
