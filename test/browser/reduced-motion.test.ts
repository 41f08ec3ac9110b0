/** A viewer who asks for less motion gets none: slides and list items appear without transitions or animations. */
import { expect, test } from 'vitest';
import { gotoSlide, waitForStill } from '../support/deck-page.ts';
import { useServedDeck } from '../support/served-deck.ts';

const served = useServedDeck('/deck/');

/** Steps forward through the deck with the keyboard (at most `maxSteps`), counting animations running after each step. */
async function animationsWhileStepping(
  reducedMotion: 'reduce' | 'no-preference',
  maxSteps = Infinity,
): Promise<{ steps: number; animated: number; transition: string }> {
  const context = await served.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion });
  const page = await context.newPage();
  await gotoSlide(page, served.server.url, '1');
  await waitForStill(page);
  let steps = 0;
  let animated = 0;
  while (steps < maxSteps && !(await page.evaluate(() => window.Reveal!.isLastSlide() && !window.Reveal!.availableFragments().next))) {
    await page.keyboard.press('ArrowRight');
    steps++;
    animated += await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
    await waitForStill(page);
  }
  const transition = await page.evaluate(() => String(window.Reveal!.getConfig().transition));
  await context.close();
  return { steps, animated, transition };
}

test('with prefers-reduced-motion, no step through the deck starts a transition or animation', async () => {
  const reduced = await animationsWhileStepping('reduce');
  expect(reduced.transition).toBe('none');
  expect(reduced.steps).toBeGreaterThan(0);
  expect(reduced.animated).toBe(0);
});

test('without it, the same steps do animate (so the check above can see motion)', async () => {
  const moving = await animationsWhileStepping('no-preference', 2);
  expect(moving.transition).toBe('fade');
  expect(moving.animated).toBeGreaterThan(0);
});
