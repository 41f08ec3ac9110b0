/** The pace plan and the rehearsal in the speaker view: plan, time spent, ahead or behind; a rehearsal's times as CSV. */

import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { loadDeck } from '../../src/build/load-deck.ts';
import { PACE_UI } from '../../src/contract/index.ts';
import { CSV_HEADER } from '../../src/deck/pace/rehearsal-csv.ts';
import { DEFAULT_RATE, formatDuration, planPace } from '../../src/pace/plan.ts';
import { paceItems } from '../../src/slides/pace-items.ts';
import { runAxe, seriousViolations } from '../support/axe.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { currentSlide, waitForDeck, waitForMark } from '../support/deck-page.ts';
import { useServedDeck } from '../support/served-deck.ts';
import { OUR_SLIDES_DIR } from '../support/speech.ts';

const deck = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT);
const items = paceItems(deck);
const served = useServedDeck('/deck/');
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

/**
 * Opens the deck at `query` and slide `slideId`, then its speaker view, with the pages' clock
 * stopped and the view's timer at 0:00: from then on the test moves time by hand.
 */
async function openSpeakerView(query: string, slideId: string): Promise<{ page: Page; speaker: Page }> {
  context = await served.browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.clock.install();
  const page = await context.newPage();
  await page.goto(`${served.server.url}${query}#/${slideId}`);
  await waitForDeck(page);
  await waitForMark(page, 'speakerLink');
  const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await speaker.waitForFunction((id) => document.querySelector('.speaker-number')?.textContent !== '' && id !== '', slideId);
  await expect.poll(() => speaker.locator('.pace-figure').first().textContent()).not.toMatch(/–$/);
  await context.clock.pauseAt((await speaker.evaluate(() => Date.now())) + 1000);
  await speaker.locator('.speaker-timer').click();
  return { page, speaker };
}

/** What the pace panel says: the status in words, its colour, and the figures. */
function paceShown(speaker: Page): Promise<{ status: string; state: string; colour: string; figures: string[] }> {
  return speaker.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('.pace')!;
    const status = panel.querySelector('.pace-status')!;
    return {
      status: status.textContent ?? '',
      state: panel.dataset.pace ?? '',
      colour: getComputedStyle(status).color,
      figures: [...panel.querySelectorAll('.pace-figure')].map((row) => row.textContent ?? ''),
    };
  });
}

/** Restarts the view's timer, lets `seconds` pass, and reads the pace panel. */
async function afterSeconds(speaker: Page, seconds: number): Promise<Awaited<ReturnType<typeof paceShown>>> {
  await speaker.locator('.speaker-timer').click();
  await context!.clock.fastForward(seconds * 1000);
  return paceShown(speaker);
}

test('the speaker view shows the plan for a target length, the time spent, and ahead, on time or behind in colour and words', async () => {
  const { speaker } = await openSpeakerView('?duration=15', 'priority-3');
  const plan = planPace(items, { rate: DEFAULT_RATE, targetMinutes: 15 });
  const slide = plan.slides[deck.slides.findIndex((s) => s.id === 'priority-3')]!;
  const [early, during, late] = [
    Math.floor(slide.start) - 90,
    Math.round(slide.start + slide.seconds / 2),
    Math.ceil(slide.start + slide.seconds) + 75,
  ];

  const ahead = await afterSeconds(speaker, early);
  expect(await speaker.locator('.speaker-timer').textContent()).toBe(formatDuration(early));
  expect(ahead).toMatchObject({ state: 'ahead', status: `${PACE_UI.ahead} ${formatDuration(slide.start - early)}` });
  expect(ahead.figures).toEqual([
    `${PACE_UI.slidePlan}${formatDuration(Math.round(slide.seconds))}`,
    `${PACE_UI.talkPlan}15:00`,
    `${PACE_UI.rehearsed}${PACE_UI.noRehearsal}`,
  ]);
  const onTime = await afterSeconds(speaker, during);
  expect(onTime).toMatchObject({ state: 'on-time', status: PACE_UI.onTime });
  const behind = await afterSeconds(speaker, late);
  expect(behind).toMatchObject({ state: 'behind', status: `${PACE_UI.behind} ${formatDuration(late - slide.start - slide.seconds)}` });
  // Three states, three colours.
  expect(new Set([ahead.colour, onTime.colour, behind.colour]).size).toBe(3);
});

test('a target length set in the speaker view remakes the plan; a wrong one in the address is named, not used', async () => {
  const { speaker } = await openSpeakerView('?duration=soon', 'title');
  expect(await speaker.locator('.pace-warning').textContent()).toBe(`${PACE_UI.badParameter}duration=soon`);
  const natural = planPace(items, { rate: DEFAULT_RATE });
  expect((await paceShown(speaker)).figures[1]).toBe(`${PACE_UI.talkPlan}${formatDuration(Math.round(natural.totalSeconds))}`);
  await speaker.getByLabel(PACE_UI.target).fill('20');
  await speaker.getByLabel(PACE_UI.target).press('Enter');
  await speaker.getByLabel(PACE_UI.target).blur();
  const plan = planPace(items, { rate: DEFAULT_RATE, targetMinutes: 20 });
  await expect
    .poll(async () => (await paceShown(speaker)).figures)
    .toEqual([
      `${PACE_UI.slidePlan}${formatDuration(Math.round(plan.slides[0]!.seconds))}`,
      `${PACE_UI.talkPlan}20:00`,
      `${PACE_UI.rehearsed}${PACE_UI.noRehearsal}`,
    ]);
  // The fields and buttons have their names; the colours read on the dark page. (axe runs on timers: time flows again.)
  await context!.clock.resume();
  expect(seriousViolations(await runAxe(speaker))).toEqual([]);
});

test('a rehearsal records the time on each slide, shows it beside the plan, keeps it, and downloads it as CSV', async () => {
  const { page, speaker } = await openSpeakerView('', 'priority-3');
  const index = deck.slides.findIndex((s) => s.id === 'priority-3');
  const [first, second] = [deck.slides[index]!, deck.slides[index + 1]!];
  await speaker.getByRole('button', { name: PACE_UI.startRehearsal }).click();
  await context!.clock.fastForward(20_000);
  await speaker.keyboard.press('ArrowRight');
  await expect.poll(async () => (await currentSlide(page)).id).toBe(second.id);
  await context!.clock.fastForward(35_000);
  await speaker.getByRole('button', { name: PACE_UI.stopRehearsal }).click();
  expect((await paceShown(speaker)).figures[2]).toBe(`${PACE_UI.rehearsed}0:35 / 0:55`);

  const [download] = await Promise.all([
    speaker.waitForEvent('download'),
    speaker.getByRole('button', { name: PACE_UI.downloadCsv }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^rehearsal-\d{4}-\d\d-\d\d\.csv$/);
  const rows = readFileSync(await download.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(rows[0]).toBe(CSV_HEADER.join(','));
  expect(rows).toHaveLength(deck.slides.length + 1);
  const plan = planPace(items, { rate: DEFAULT_RATE });
  expect(rows[index + 1]).toBe(`${index + 1},${first.id},${first.title},${Math.round(plan.slides[index]!.seconds)},20`);
  expect(rows[index + 2]).toBe(`${index + 2},${second.id},${second.title},${Math.round(plan.slides[index + 1]!.seconds)},35`);
  expect(rows[1]).toMatch(/,$/);

  // Kept in the browser: a speaker view opened again shows the last rehearsal.
  await speaker.close();
  await context!.clock.resume();
  const [again] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  await expect.poll(async () => (await paceShown(again)).figures[2]).toBe(`${PACE_UI.rehearsed}0:35 / 0:55`);
});
