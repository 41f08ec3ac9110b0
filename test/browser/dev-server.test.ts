/** The dev server shows a broken slide in Vite's error overlay (file, line, what to do) and recovers when it is fixed. */

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { resolveBuildOptions } from '../../src/build/options.ts';
import { deckViteConfig } from '../../src/build/vite-config.ts';
import { launchBrowser } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { waitForDeck } from '../support/deck-page.ts';
import { OUR_SLIDES_DIR } from '../support/speech.ts';

const SLIDE = '04-context.md';
let folder: string;
let slidesDir: string;
let original: string;
let server: ViteDevServer;
let url: string;
let browser: Browser;

/** A free port on 127.0.0.1 (Vite wants a number up front). */
async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The text of Vite's error overlay, read from its shadow DOM; empty when there is none. */
function overlayText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
}

/**
 * Writes the slide and waits until the dev server has seen the change (its own handler runs first). The file
 * watcher drops a second change of a file that comes within a few milliseconds of the first: write again then.
 */
async function changeSlide(text: string): Promise<void> {
  let seen = false;
  const onChange = (): void => {
    seen = true;
  };
  server.watcher.on('change', onChange);
  try {
    for (let attempt = 0; !seen && attempt < 20; attempt++) {
      writeFileSync(join(slidesDir, SLIDE), text);
      await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
    }
  } finally {
    server.watcher.off('change', onChange);
  }
  expect(seen, 'the dev server never saw the change').toBe(true);
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'deck-dev-'));
  slidesDir = join(folder, 'slides');
  cpSync(OUR_SLIDES_DIR, slidesDir, { recursive: true });
  original = readFileSync(join(slidesDir, SLIDE), 'utf8');
  const config = deckViteConfig(resolveBuildOptions({ slidesDir }, {}));
  server = await createServer({
    ...config,
    root: PROJECT_ROOT,
    configFile: false,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: await freePort(), strictPort: true },
  });
  await server.listen();
  url = server.resolvedUrls!.local[0]!;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test('a slide broken while the deck is open shows in the overlay with its file and line, and the deck comes back when fixed', async () => {
  const page = await browser.newPage();
  await page.goto(`${url}#/context`);
  await waitForDeck(page);
  expect(await overlayText(page)).toBe('');

  const broken = original.replace(/^layout: .+$/m, 'layout: two-columns');
  expect(broken).not.toBe(original);
  const line = broken.split('\n').indexOf('layout: two-columns') + 1;
  await changeSlide(broken);
  await page.waitForFunction(() => (document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '').length > 0);
  const shown = await overlayText(page);
  expect(shown).toContain(`${join(slidesDir, SLIDE)}:${line}`);
  expect(shown).toMatch(/unknown layout "two-columns": use one of title, section, bullets, chart, bullets-chart, closing/);

  // The fix reloads the page: the overlay is gone and the slide is back.
  const reloaded = page.waitForEvent('load');
  await changeSlide(original);
  await reloaded;
  await waitForDeck(page);
  expect(await page.evaluate(() => document.querySelector('vite-error-overlay'))).toBeNull();
  await page.waitForFunction(() => document.querySelector('.slides > section.present')?.id === 'context');
  await page.close();
});

test('a deck already broken when the page opens shows the overlay, not a blank deck', async () => {
  const broken = original.replace(/^(# .+)$/m, '$1\n\n- 全面提升城市文明程度和市民素质');
  expect(broken).not.toBe(original);
  const line = broken.split('\n').indexOf('- 全面提升城市文明程度和市民素质') + 1;
  await changeSlide(broken);
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '').length > 0);
  const shown = await overlayText(page);
  expect(shown).toContain(`${join(slidesDir, SLIDE)}:${line}`);
  expect(shown).toMatch(/"全面提升城市文明程度和市民素质" is not in the speech/);

  const reloaded = page.waitForEvent('load');
  await changeSlide(original);
  await reloaded;
  await waitForDeck(page);
  expect(await page.evaluate(() => document.querySelectorAll('.slides section').length)).toBeGreaterThan(0);
  await page.close();
});
