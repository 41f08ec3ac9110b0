/** The deck as a link: from a sub-path of a static host, as one file from file://, in link previews, and on a phone. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadDeck } from '../../src/build/load-deck.ts';
import { PREVIEW_SIZE } from '../../src/build/preview-image.ts';
import { SINGLE_FILE_NAME } from '../../src/build/single-file.ts';
import { buildDeckSite, PROJECT_ROOT } from '../support/build.ts';
import { currentSlide, gotoSlide, openRecordingPage, waitForDeck } from '../support/deck-page.ts';
import { useServedDeck } from '../support/served-deck.ts';
import { OUR_SLIDES_DIR, SPEECH } from '../support/speech.ts';

const MOUNT = '/some/path/deck/';
/** `<meta property="og:title" content="…">` and `<meta name="twitter:card" content="…">` */
const RE_META = /<meta (?:property|name)="([^"]+)" content="([^"]*)">/g;
const PNG_SIGNATURE = '89504e470d0a1a0a';

const expected = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT).slides;
const served = useServedDeck(MOUNT);

describe('the build under a sub-path', () => {
  test('loads with no error, no 404 and no request to another host; a deep link opens its slide', async () => {
    const origin = new URL(served.server.url).origin;
    const { page, problems } = await openRecordingPage(served.browser, origin);
    const last = expected.at(-1)!;
    await gotoSlide(page, served.server.url, last.id);
    expect(await currentSlide(page)).toEqual({ id: last.id, heading: last.title, index: expected.length - 1 });
    expect(problems).toEqual({ errors: [], failed: [], foreign: [] });
    expect(served.server.requests.every((path) => path.startsWith(MOUNT))).toBe(true);
    await page.close();
  });

  test('link previews: title, description, a 1200×630 image of the title slide, a favicon', async () => {
    const html = readFileSync(join(inject('distDir'), 'index.html'), 'utf8');
    const meta = new Map([...html.matchAll(RE_META)].map(([, key, value]) => [key!, value!]));
    expect(meta.get('og:title')).toBe(SPEECH.headline.text);
    expect(meta.get('twitter:title')).toBe(SPEECH.headline.text);
    expect(meta.get('og:description')).toBe(SPEECH.lead.sentences[0]!.text);
    expect(meta.get('twitter:card')).toBe('summary_large_image');
    const image = meta.get('og:image')!;
    expect(image).toMatch(/^\.\/assets\/preview-[0-9a-f]+\.png$/);
    expect(meta.get('twitter:image')).toBe(image);
    expect(meta.get('og:image:alt')).toContain(expected[0]!.title);

    const response = await fetch(new URL(image, served.server.url));
    expect(response.status).toBe(200);
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([PREVIEW_SIZE.width, PREVIEW_SIZE.height]);

    const favicon = /<link rel="icon" href="([^"]+)"/.exec(html)![1]!;
    expect((await fetch(new URL(favicon, served.server.url))).status).toBe(200);
  });

  test('without JavaScript: the outline of the deck, every slide heading in order', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(served.server.url);
    const outline = page.locator('.deck-outline');
    expect(await outline.isVisible()).toBe(true);
    expect(await outline.locator('h1').textContent()).toBe(SPEECH.headline.text);
    expect(await outline.locator('li').allTextContents()).toEqual(expected.map((slide) => slide.title));
    expect(await page.locator('.reveal').isVisible()).toBe(false);
    await context.close();
  });

  test.each([
    { width: 1920, height: 1080 },
    { width: 390, height: 844 },
  ])('without JavaScript the outline scrolls to its last heading, $width×$height', async (viewport) => {
    const context = await served.browser.newContext({ javaScriptEnabled: false, viewport });
    const page = await context.newPage();
    await page.goto(served.server.url);
    const last = page.locator('.deck-outline li').last();
    expect(await last.evaluate((item) => item.getBoundingClientRect().bottom > innerHeight)).toBe(true);
    // Scrolled as a reader scrolls: the wheel, not a script.
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, viewport.height);
    await expect.poll(() => last.evaluate((item) => item.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await context.close();
  });
});

describe('the single file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'deck-single-'));
    await buildDeckSite({ outDir: dir, singleFile: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('is one HTML file that opens from file:// with no request, every slide and chart drawn in our font', async () => {
    expect(readdirSync(dir)).toEqual([SINGLE_FILE_NAME]);
    const url = pathToFileURL(join(dir, SINGLE_FILE_NAME)).href;
    const { page, problems } = await openRecordingPage(served.browser, url);
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) requests.push(request.url());
    });
    await page.goto(url);
    await waitForDeck(page);
    for (const [index, slide] of expected.entries()) {
      await page.evaluate((i) => window.Reveal!.slide(i), index);
      expect(await currentSlide(page)).toEqual({ id: slide.id, heading: slide.title, index });
      // A chart is in the file, drawn: it shows with its slide.
      const state = await page.evaluate(() => ({
        undrawn: [...document.querySelectorAll('.present .chart')].filter((c) => c.querySelector('.chart-wide svg text') === null).length,
        fontsLoaded: [...document.fonts].some((face) => face.status === 'loaded'),
        fontsFailed: [...document.fonts].filter((face) => face.status === 'error').length,
      }));
      expect(state).toEqual({ undrawn: 0, fontsLoaded: true, fontsFailed: 0 });
    }
    expect(requests).toEqual([url]);
    expect(problems).toEqual({ errors: [], failed: [], foreign: [] });
    await page.close();
  });
});

describe('on a phone (390×844)', () => {
  test("reveal's scroll view shows every slide, inside its frame, with text of at least 14 px", async () => {
    const { page, problems } = await openRecordingPage(served.browser, new URL(served.server.url).origin, { width: 390, height: 844 });
    await page.goto(served.server.url);
    await waitForDeck(page);
    const report = await page.evaluate(() => {
      const scale = window.Reveal!.getScale();
      return {
        scrollView: document.querySelector('.reveal-viewport')?.classList.contains('reveal-scroll') ?? false,
        slides: [...document.querySelectorAll<HTMLElement>('.reveal .slides section')].map((section) => {
          const frame = section.getBoundingClientRect();
          const texts = [...section.querySelectorAll<HTMLElement>('.slide-frame h1, .slide-frame h2, .slide-frame p, .slide-frame li')];
          const smallest = Math.min(...texts.map((element) => parseFloat(getComputedStyle(element).fontSize) * scale));
          const outside = [...section.querySelectorAll<HTMLElement>('.slide-frame *')].filter((element) => {
            const box = element.getBoundingClientRect();
            if (box.width === 0 && box.height === 0) return false;
            return box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1;
          });
          return {
            id: section.id,
            visible: frame.width > 0 && frame.width <= window.innerWidth,
            legible: smallest >= 14,
            outside: outside.map((e) => e.tagName),
          };
        }),
      };
    });
    expect(report.scrollView).toBe(true);
    expect(report.slides).toEqual(expected.map((slide) => ({ id: slide.id, visible: true, legible: true, outside: [] })));
    expect(problems).toEqual({ errors: [], failed: [], foreign: [] });
    await page.close();
  });
});
