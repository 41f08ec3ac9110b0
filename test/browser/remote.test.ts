/**
 * The phone remote of `npm run present`: its 下一页 and 上一页 move every open copy of the deck; it
 * shows the slide's title, notes, the timer and the pace; without the run's token nothing moves.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { WebSocket } from 'ws';
import { type PresentServer, startPresentServer } from '../../scripts/lib/present-server.ts';
import { loadDeck } from '../../src/build/load-deck.ts';
import { PACE_UI, REMOTE_UI, SOCKET_PATH } from '../../src/contract/index.ts';
import { runAxe, seriousViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { cspViolations, currentSlide, hasMark, openRecordingPage, recordCspViolations, waitForMark } from '../support/deck-page.ts';
import { OUR_SLIDES_DIR } from '../support/speech.ts';
import { serveStatic } from '../support/static-server.ts';

const TOKEN = 'a-test-token-of-this-run';
const slides = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT).slides;
const indexOf = (id: string): number => slides.findIndex((s) => s.id === id);
let server: PresentServer;
let browser: Browser;

beforeAll(async () => {
  server = await startPresentServer({
    site: Promise.resolve(inject('distDir')),
    host: '127.0.0.1',
    port: 0,
    token: TOKEN,
    settings: { targetMinutes: 15 },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a copy of the deck from the present server at a slide, connected to the socket. */
async function openDeck(slideId: string): Promise<{ page: Page; problems: Awaited<ReturnType<typeof openRecordingPage>>['problems'] }> {
  const opened = await openRecordingPage(browser, new URL(server.deckUrl).origin);
  await recordCspViolations(opened.page);
  await opened.page.goto(`${server.deckUrl}#/${slideId}`);
  await waitForMark(opened.page, 'remoteLink');
  return opened;
}

/** Opens the remote at `url` on a phone held upright. */
async function openRemote(url: string): Promise<{ remote: Page; problems: Awaited<ReturnType<typeof openRecordingPage>>['problems'] }> {
  const { page: remote, problems } = await openRecordingPage(browser, new URL(server.deckUrl).origin, { width: 390, height: 844 });
  await recordCspViolations(remote);
  await remote.goto(url);
  return { remote, problems };
}

/** Opens a socket to the present server as a script would, and says how the server answered. */
function tryConnect(query: string, origin = new URL(server.deckUrl).origin): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${server.deckUrl.replace('http:', 'ws:')}${SOCKET_PATH}?${query}`, { origin });
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.on('error', () => resolve(0));
  });
}

describe('with the run’s token', () => {
  test('下一页 and 上一页 on the remote move every open copy of the deck; the remote shows title, notes, timer and pace', async () => {
    const first = await openDeck('priority-1');
    const second = await openDeck('priority-1');
    const { remote, problems } = await openRemote(server.remoteUrl);
    const next = remote.getByRole('button', { name: REMOTE_UI.next });
    const prev = remote.getByRole('button', { name: REMOTE_UI.prev });
    await expect.poll(() => next.isEnabled()).toBe(true);
    await expect.poll(() => remote.locator('.remote-status').textContent()).toBe(`${REMOTE_UI.decks} 2`);
    await expect.poll(() => remote.locator('.remote-title').textContent()).toBe(slides[indexOf('priority-1')]!.title);

    await next.click();
    for (const deck of [first.page, second.page]) await expect.poll(async () => (await currentSlide(deck)).id).toBe('priority-2');
    const shown = slides[indexOf('priority-2')]!;
    await expect.poll(() => remote.locator('.remote-title').textContent()).toBe(shown.title);
    expect(await remote.locator('.remote-number').textContent()).toBe(`${indexOf('priority-2') + 1} / ${slides.length}`);
    expect(await remote.locator('.remote-notes').textContent()).toContain('原文');
    expect(await remote.locator('.remote-timer').textContent()).toMatch(/^\d+:\d\d$/);
    // The pace uses the settings `present` was given: a 15-minute talk.
    expect(await remote.locator('.pace-figure').nth(1).textContent()).toBe(`${PACE_UI.talkPlan}15:00`);

    await prev.click();
    for (const deck of [first.page, second.page]) await expect.poll(async () => (await currentSlide(deck)).id).toBe('priority-1');
    await expect.poll(() => remote.locator('.remote-title').textContent()).toBe(slides[indexOf('priority-1')]!.title);

    // The socket is the one connection the page's policy allows besides its own files: same origin, nothing else.
    const policy = await remote.evaluate(
      () => document.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]')!.content,
    );
    expect(policy).toContain("connect-src 'self';");
    // Big buttons with their names, text that reads on the dark page.
    expect(seriousViolations(await runAxe(remote))).toEqual([]);
    for (const page of [first.page, second.page, remote]) expect(await cspViolations(page)).toEqual([]);
    expect([problems, first.problems, second.problems]).toEqual(Array(3).fill({ errors: [], failed: [], foreign: [] }));
    await Promise.all([first.page.close(), second.page.close(), remote.close()]);
  });
});

describe('without it', () => {
  test('a remote with a wrong token moves nothing and says so', async () => {
    const deck = await openDeck('priority-3');
    const { remote } = await openRemote(`${new URL(server.deckUrl).origin}/remote#not-the-token`);
    await expect.poll(() => remote.locator('.remote-status').textContent()).toBe(REMOTE_UI.refused);
    const next = remote.getByRole('button', { name: REMOTE_UI.next });
    expect(await next.isDisabled()).toBe(true);
    await next.click({ force: true });
    expect((await currentSlide(deck.page)).id).toBe('priority-3');
    expect(server.hub.counts().remotes).toBe(0);
    await Promise.all([deck.page.close(), remote.close()]);
  });

  test('the socket refuses a wrong or missing token and pages of another origin', async () => {
    expect(await tryConnect(`role=remote&token=${TOKEN}`)).toBe(101);
    expect(await tryConnect('role=remote&token=not-the-token')).toBe(401);
    expect(await tryConnect('role=remote')).toBe(401);
    expect(await tryConnect(`role=remote&token=${TOKEN}`, 'http://evil.example')).toBe(403);
    expect(await tryConnect('role=deck', 'http://evil.example')).toBe(403);
    expect(await tryConnect('role=boss')).toBe(404);
  });

  test('a socket that says it is a deck cannot move the others', async () => {
    const deck = await openDeck('priority-3');
    const impostor = new WebSocket(`${server.deckUrl.replace('http:', 'ws:')}${SOCKET_PATH}?role=deck`, {
      origin: new URL(server.deckUrl).origin,
    });
    await new Promise((resolve) => impostor.once('open', resolve));
    impostor.send(JSON.stringify({ type: 'navigate', to: 'next' }));
    // Then a real remote's command: once it has arrived, the impostor's (sent before it) would have too.
    const { remote } = await openRemote(server.remoteUrl);
    await remote.getByRole('button', { name: REMOTE_UI.prev }).click();
    await expect.poll(async () => (await currentSlide(deck.page)).id).toBe('priority-2');
    impostor.close();
    await Promise.all([deck.page.close(), remote.close()]);
  });
});

test('served by a plain static host, the deck opens no socket', async () => {
  const plain = await serveStatic(inject('distDir'), '/deck/');
  const { page, problems } = await openRecordingPage(browser, new URL(plain.url).origin);
  await page.goto(`${plain.url}#/priority-1`);
  await waitForMark(page, 'painted');
  await waitForMark(page, 'speakerLink');
  expect(await hasMark(page, 'remoteLink')).toBe(false);
  expect(plain.requests.filter((path) => path.includes(SOCKET_PATH))).toEqual([]);
  expect(problems).toEqual({ errors: [], failed: [], foreign: [] });
  await page.close();
  await plain.close();
});
