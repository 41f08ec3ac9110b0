/** With the deck's address known at build (DECK_URL), the closing slide shows a QR code that a phone reads as that address. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { QR_UI } from '../../src/contract/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildDeckSite } from '../support/build.ts';
import { gotoSlide, openRecordingPage, waitForStill } from '../support/deck-page.ts';
import { type StaticServer, serveStatic } from '../support/static-server.ts';

const DECK_URL = 'https://example.org/decks/2021/';
let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deck-qr-'));
  await buildDeckSite({ outDir: dir, siteUrl: DECK_URL, linkPreview: false });
  server = await serveStatic(dir, '/deck/');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What a QR reader finds in a PNG screenshot, or undefined. */
function readQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data;
}

test('the closing slide shows a QR code of DECK_URL, read from a screenshot of the slide as shown', async () => {
  const { page, problems } = await openRecordingPage(browser, new URL(server.url).origin);
  await gotoSlide(page, server.url, 'closing');
  await waitForStill(page);
  expect(readQr(await page.screenshot())).toBe(DECK_URL);
  expect(await page.locator('.present .closing-qr figcaption').textContent()).toBe(`${QR_UI.caption}${DECK_URL}`);
  // The code is drawn in the page (SVG made at build time), not fetched.
  expect(await page.locator('.present .closing-qr svg').count()).toBe(1);
  expect(problems).toEqual({ errors: [], failed: [], foreign: [] });
  await page.close();
});

test('without DECK_URL there is no QR code', async () => {
  expect(readFileSync(join(inject('distDir'), 'index.html'), 'utf8')).not.toContain('closing-qr');
  const plain = await serveStatic(inject('distDir'), '/deck/');
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await gotoSlide(page, plain.url, 'closing');
  await waitForStill(page);
  expect(await page.locator('.present h2').textContent()).not.toBe('');
  expect(readQr(await page.screenshot())).toBeUndefined();
  await page.close();
  await plain.close();
});
