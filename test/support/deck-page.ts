/** Opening the built deck in Chromium and reading what reveal shows. */

import type { Browser, Page } from 'playwright-core';
import { READY_CLASS } from '../../src/contract/index.ts';

export interface PageProblems {
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** Requests that failed or answered 4xx/5xx. */
  readonly failed: string[];
  /** Requests to any other origin than the deck's. */
  readonly foreign: string[];
}

/** Opens a page that records console errors, failed and foreign requests. */
export async function openRecordingPage(
  browser: Browser,
  origin: string,
  viewport = { width: 1920, height: 1080 },
): Promise<{ page: Page; problems: PageProblems }> {
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

/** A readiness mark's name in the contract. */
type ReadyMark = keyof typeof READY_CLASS;

/** Waits until the deck sets one of its readiness marks on `<html>`. */
export async function waitForMark(page: Page, mark: ReadyMark): Promise<void> {
  await page.waitForFunction((name) => document.documentElement.classList.contains(name), READY_CLASS[mark]);
}

/** Whether `<html>` carries one of the deck's readiness marks now. */
export function hasMark(page: Page, mark: ReadyMark): Promise<boolean> {
  return page.evaluate((name) => document.documentElement.classList.contains(name), READY_CLASS[mark]);
}

/** Waits until reveal is ready and the fonts in use have loaded. */
export async function waitForDeck(page: Page): Promise<void> {
  await waitForMark(page, 'deck');
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

/** What a chart element shows: the variant in view, its box, the frame it was drawn for, what it drew and how large it reads. */
export interface ChartFacts {
  readonly name: string;
  readonly slide: string;
  /** The drawing shown: `wide` (16:9 and print) or `phone`. */
  readonly variant: string | undefined;
  /** The chart's box, in px of the stage. */
  readonly box: { readonly width: number; readonly height: number };
  /** The size the drawing was laid out for (its viewBox). */
  readonly frame: { readonly width: number; readonly height: number } | undefined;
  /** How large the drawing is shown against its frame, on the stage (1: as drawn). */
  readonly scale: number;
  /** Drawn shapes with a visible fill or stroke. */
  readonly marks: number;
  /** Text elements with text. */
  readonly texts: number;
  /** The smallest label as seen on the screen, in CSS px. */
  readonly smallestText: number;
  /** Hover titles in the drawing. */
  readonly titles: number;
}

/** The facts of every chart in the elements matched by `scope` (default: the current slide). */
export function chartFacts(page: Page, scope = '.slides section.present'): Promise<ChartFacts[]> {
  return page.evaluate((scope) => {
    const stageScale = window.Reveal?.getScale() ?? 1;
    return [...document.querySelectorAll<HTMLElement>(`${scope} .chart`)].map((chart) => {
      const variant = [...chart.querySelectorAll<HTMLElement>('[data-variant]')].find((v) => getComputedStyle(v).display !== 'none');
      const svg = variant?.querySelector('svg') ?? null;
      const shapes = svg ? [...svg.querySelectorAll('path, rect')] : [];
      const visible = shapes.filter((shape) => {
        const fill = shape.getAttribute('fill');
        const stroke = shape.getAttribute('stroke');
        return (fill && fill !== 'none' && fill !== 'transparent') || (stroke && stroke !== 'none');
      });
      const [, , width = 0, height = 0] = (svg?.getAttribute('viewBox') ?? '').split(' ').map(Number);
      const rect = svg?.getBoundingClientRect();
      const seen = rect && width && height ? Math.min(rect.width / width, rect.height / height) : 0;
      const texts = svg ? [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '') : [];
      const sizes = texts.map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * seen);
      return {
        name: chart.dataset.chart ?? '',
        slide: chart.closest('section')?.id ?? '',
        variant: variant?.dataset.variant,
        box: { width: chart.clientWidth, height: chart.clientHeight },
        frame: svg ? { width, height } : undefined,
        scale: seen / stageScale,
        marks: visible.length,
        texts: texts.length,
        smallestText: Math.min(...sizes),
        titles: svg ? svg.querySelectorAll('title').length : 0,
      };
    });
  }, scope);
}

/** Waits until the deck says its charts show (`charts-ready` on <html>: drawn at build time, they show with their slide). */
export async function waitForCharts(page: Page): Promise<void> {
  await page.waitForFunction((name) => document.documentElement.classList.contains(name), READY_CLASS.charts);
}

/** Starts recording the page's Content-Security-Policy violations (before any of its scripts run). */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
}

/** The CSP violations recorded on the page so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as { cspViolations?: string[] }).cspViolations ?? [])]);
}

/** Waits until no CSS transition or animation runs on the page (reveal's slide fade, fragments). */
export async function waitForStill(page: Page): Promise<void> {
  await page.evaluate(() => new Promise(requestAnimationFrame));
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}

/** What is wrong with the layout of one slide as shown: elements outside it, text boxes overlapping, charts not filling their box. */
export function slideLayoutProblems(page: Page, slideId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const section = document.getElementById(id)!;
    const frame = section.querySelector('.slide-frame')!.getBoundingClientRect();
    const problems: string[] = [];
    const describe = (element: Element): string =>
      `${id} ${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? '').trim().slice(0, 16)}"`;
    const shown = (element: Element): boolean => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && !element.closest('.visually-hidden') && getComputedStyle(element).visibility !== 'hidden';
    };
    for (const element of section.querySelectorAll('.slide-frame *')) {
      if (!shown(element)) continue;
      const box = element.getBoundingClientRect();
      if (box.left < frame.left - 1 || box.top < frame.top - 1 || box.right > frame.right + 1 || box.bottom > frame.bottom + 1)
        problems.push(`outside: ${describe(element)}`);
    }
    // Text boxes: no two overlap unless one holds the other.
    const boxes = [...section.querySelectorAll('.slide-frame :is(h1, h2, h3, p, li, blockquote, figure, .kicker, .tracker a)')].filter(
      shown,
    );
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        if (a.contains(b) || b.contains(a)) continue;
        const p = a.getBoundingClientRect();
        const q = b.getBoundingClientRect();
        const overlapX = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const overlapY = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (overlapX > 1 && overlapY > 1) problems.push(`overlap: ${describe(a)} and ${describe(b)}`);
      }
    }
    // A chart fills its figure, and what it drew fills the chart.
    for (const chart of section.querySelectorAll<HTMLElement>('.chart')) {
      const box = chart.getBoundingClientRect();
      const figure = chart.closest('figure')!.getBoundingClientRect();
      if (box.width < 50 || box.height < 50 || Math.abs(box.width - figure.width) > 2 || Math.abs(box.height - figure.height) > 2)
        problems.push(`chart box: ${describe(chart)} ${box.width}×${box.height} in ${figure.width}×${figure.height}`);
      // The drawing shown: a chart holds one per stage, and CSS hides the other.
      const drawn = [...chart.querySelectorAll('svg')].map((svg) => svg.getBoundingClientRect()).find((box) => box.width > 0);
      if (drawn && (Math.abs(drawn.width - box.width) > 2 || Math.abs(drawn.height - box.height) > 2))
        problems.push(`chart drawing: ${describe(chart)} ${drawn.width}×${drawn.height} in ${box.width}×${box.height}`);
    }
    return problems;
  }, slideId);
}

/** True when reveal shows its scroll view (narrow screens): every slide on one long page. Waits for it to be built. */
export async function isScrollView(page: Page): Promise<boolean> {
  await page.waitForFunction(() => !document.querySelector('.loading-scroll-mode'));
  return page.evaluate(() => document.querySelector('.reveal-viewport')?.classList.contains('reveal-scroll') ?? false);
}
