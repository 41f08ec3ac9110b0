/** The speaker view (S): the notes with the speech's text, the current and next slide, a timer; its keys move the deck. */

import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { loadDeck } from '../../src/build/load-deck.ts';
import { SPEAKER_VIEW_TARGET } from '../../src/contract/index.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { currentSlide, gotoSlide, openRecordingPage, waitForMark } from '../support/deck-page.ts';
import { useServedDeck } from '../support/served-deck.ts';
import { OUR_SLIDES_DIR } from '../support/speech.ts';

const deck = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT);
const served = useServedDeck('/some/path/deck/');

/** The slide id a preview frame of the speaker view shows. */
function previewSlide(speaker: Page, index: number): Promise<string> {
  return speaker.evaluate((i) => {
    const frame = document.querySelectorAll<HTMLIFrameElement>('.speaker-frame')[i]!;
    return frame.contentDocument?.querySelector('.slides > section.present')?.id ?? '';
  }, index);
}

test('S opens the speaker view, which follows the deck and moves it', async () => {
  const { page, problems } = await openRecordingPage(served.browser, new URL(served.server.url).origin);
  const target = deck.slides.findIndex((s) => s.priority === 2);
  await gotoSlide(page, served.server.url, String(target + 1));
  await waitForMark(page, 'speakerLink');

  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  // Its address names the target that keeps slide 1 from painting before the view is built.
  expect(new URL(speaker.url()).hash).toBe(`#${SPEAKER_VIEW_TARGET}`);
  await speaker.waitForFunction(() => (document.querySelector('.speaker-number')?.textContent ?? '') !== '');
  const slide = deck.slides[target]!;
  await expect.poll(() => speaker.locator('.speaker-number').textContent()).toBe(`${target + 1} / ${deck.slides.length}`);
  // The notes show the speech's own text of this priority, in the deck's font.
  const notes = await speaker.locator('.speaker-view-notes').textContent();
  expect(notes).toContain(deck.speech.priorities[1]!.body.text);
  expect(await speaker.evaluate(() => getComputedStyle(document.querySelector('.speaker-view-notes')!).fontFamily)).toMatch(
    /^"Deck Sans SC"/,
  );
  await expect.poll(() => previewSlide(speaker, 0)).toBe(slide.id);
  await expect.poll(() => previewSlide(speaker, 1)).toBe(deck.slides[target + 1]!.id);
  // Both previews loaded the deck at the deep link of the slide shown when the view opened, not at slide 1.
  const previewHashes = await speaker.evaluate(() =>
    [...document.querySelectorAll<HTMLIFrameElement>('.speaker-frame')].map((frame) => new URL(frame.src).hash),
  );
  expect(previewHashes).toEqual([`#/${slide.id}`, `#/${slide.id}`]);
  expect(await speaker.locator('.speaker-timer').textContent()).toMatch(/^\d+:\d\d$/);

  // A key in the speaker view moves the deck; the view follows.
  await speaker.keyboard.press('ArrowRight');
  await expect.poll(async () => (await currentSlide(page)).id).toBe(deck.slides[target + 1]!.id);
  await expect.poll(() => previewSlide(speaker, 0)).toBe(deck.slides[target + 1]!.id);
  await speaker.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await currentSlide(page)).id).toBe(slide.id);

  // Moving in the deck moves the view.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => speaker.locator('.speaker-number').textContent()).toBe(`${target + 2} / ${deck.slides.length}`);
  expect(problems).toEqual({ errors: [], failed: [], foreign: [] });
  await speaker.close();
  await page.close();
});
