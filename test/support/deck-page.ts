/** Opening the built deck in Chromium and reading what reveal shows. */
import type { Browser, Page } from 'playwright-core';

export interface PageProblems {
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** Requests that failed or answered 4xx/5xx. */
  readonly failed: string[];
  /** Requests to any other origin than the deck's. */
  readonly foreign: string[];
}

/** Opens a page that records console errors, failed and foreign requests. */
export async function openRecordingPage(browser: Browser, origin: string, viewport = { width: 1920, height: 1080 }): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage({ viewport });
  const problems: PageProblems = { errors: [], failed: [], foreign: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  page.on('requestfailed', (request) => problems.failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failed.push(`${response.url()} ${response.status()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.foreign.push(url);
  });
  return { page, problems };
}

/** Waits until reveal is ready and the fonts in use have loaded. */
export async function waitForDeck(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.classList.contains('deck-ready'));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Goes to a deep link (`#/5`, `#/priority-1`) and waits for reveal to show it. */
export async function gotoSlide(page: Page, deckUrl: string, hash: string): Promise<void> {
  await page.goto(`${deckUrl}#/${hash}`);
  await waitForDeck(page);
}

/** The current slide's id and heading text. */
export function currentSlide(page: Page): Promise<{ id: string; heading: string; index: number }> {
  return page.evaluate(() => {
    const section = document.querySelector<HTMLElement>('.slides > section.present')!;
    const all = [...document.querySelectorAll('.slides > section')];
    return { id: section.id, heading: section.querySelector('h1, h2')?.textContent?.trim() ?? '', index: all.indexOf(section) };
  });
}

/** Elements of the current slide whose box lies outside the slide (by more than a pixel), described. */
export function elementsOutsideSlide(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const section = document.querySelector<HTMLElement>('.slides > section.present')!;
    const frame = section.getBoundingClientRect();
    const outside: string[] = [];
    for (const element of section.querySelectorAll<HTMLElement>('.slide-frame *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < frame.left - 1 || box.top < frame.top - 1 || box.right > frame.right + 1 || box.bottom > frame.bottom + 1) {
        outside.push(`${section.id} ${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? '').slice(0, 20)}"`);
      }
    }
    return outside;
  });
}

/** Starts recording the page's Content-Security-Policy violations (before any of its scripts run). */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
}

/** The CSP violations recorded on the page so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { cspViolations?: string[] }).cspViolations ?? []]);
}

/** Waits until no CSS transition or animation runs on the page (reveal's slide fade, fragments). */
export async function waitForStill(page: Page): Promise<void> {
  await page.evaluate(() => new Promise(requestAnimationFrame));
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}
