/** The built page runs under a strict Content-Security-Policy, and nothing on any slide, in print or in the speaker view breaks it. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { loadDeck } from '../../src/build/load-deck.ts';
import { PRINT_LAYOUT_CLASS, PRINT_PARAM } from '../../src/contract/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { cspViolations, gotoSlide, openRecordingPage, recordCspViolations, waitForMark } from '../support/deck-page.ts';
import { OUR_SLIDES_DIR } from '../support/speech.ts';
import { type StaticServer, serveStatic } from '../support/static-server.ts';

const slides = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT).slides;
const RE_CSP_META = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/;
let server: StaticServer;
let browser: Browser;
let html: string;

beforeAll(async () => {
  html = readFileSync(join(inject('distDir'), 'index.html'), 'utf8');
  server = await serveStatic(inject('distDir'), '/deck/');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the built page carries a policy with no eval and no inline script, before anything it governs', () => {
  const policy = RE_CSP_META.exec(html)?.[1];
  expect(policy).toBeDefined();
  const directives = new Map(
    policy!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );
  expect(directives.get('default-src')).toEqual(["'none'"]);
  expect(directives.get('script-src')![0]).toBe("'self'");
  expect(policy).not.toMatch(/unsafe-eval|\*|https?:/);
  // 'unsafe-inline' only for style attributes (ECharts' SVG labels), never for scripts or style sheets.
  expect([...directives].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([name]) => name)).toEqual(['style-src-attr']);
  expect(
    directives
      .get('script-src')!
      .slice(1)
      .every((source) => source.startsWith("'sha256-")),
  ).toBe(true);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  // The page itself has no inline script: every <script> loads a file.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/\ssrc="/);
    expect(body!.trim()).toBe('');
  }
  // A meta policy governs only what follows it.
  expect(html.indexOf(RE_CSP_META.exec(html)![0])).toBeLessThan(Math.min(html.indexOf('<style'), html.indexOf('<script')));
});

test('no slide reports a policy violation', async () => {
  const { page, problems } = await openRecordingPage(browser, new URL(server.url).origin);
  await recordCspViolations(page);
  const violations: string[] = [];
  await gotoSlide(page, server.url, '1');
  for (const index of slides.keys()) {
    await page.evaluate((i) => window.Reveal!.slide(i), index);
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  // Overview and help use reveal's own markup.
  await page.keyboard.press('o');
  await page.keyboard.press('Escape');
  violations.push(...(await cspViolations(page)));
  expect(violations).toEqual([]);
  expect(problems.errors).toEqual([]);
  await page.close();
});

test('the print view (PDF export) reports no policy violation', async () => {
  const { page, problems } = await openRecordingPage(browser, new URL(server.url).origin);
  await recordCspViolations(page);
  await page.goto(`${server.url}?${PRINT_PARAM}`);
  await page.waitForFunction(
    (layout) => document.documentElement.classList.contains(layout) && document.querySelectorAll('.pdf-page').length > 0,
    PRINT_LAYOUT_CLASS,
  );
  expect(await cspViolations(page)).toEqual([]);
  // reveal's page-size sheet was applied, not refused.
  const pageRule = await page.evaluate(() =>
    [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .some((rule) => rule.cssText.startsWith('@page') && rule.cssText.includes('1920px 1080px')),
  );
  expect(pageRule).toBe(true);
  expect(problems.errors).toEqual([]);
  await page.close();
});

test('the speaker view (S) opens and runs under the same policy', async () => {
  const { page } = await openRecordingPage(browser, new URL(server.url).origin);
  await gotoSlide(page, server.url, 'priority-1');
  await waitForMark(page, 'speakerLink');
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  const refused: string[] = [];
  popup.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  // The speaker view is the deck's own page: its policy is the deck's, and its script built the view.
  await popup.waitForFunction(() => document.querySelectorAll('.speaker-frame').length === 2);
  expect(await popup.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]') !== null)).toBe(true);
  expect(await popup.evaluate(() => document.querySelector<HTMLIFrameElement>('.speaker-frame')!.src)).toContain(server.url);
  // It received the deck's position and shows that slide's notes, with the speech's text under 原文.
  await popup.waitForFunction(() => (document.querySelector('.speaker-view-notes')?.textContent ?? '').includes('原文'));
  expect(refused).toEqual([]);
  await popup.close();
  await page.close();
});
