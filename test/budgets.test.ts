/** Size budgets of the built deck: deterministic byte counts, checked on every build. */

import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import subsetFont from 'subset-font';
import { describe, expect, inject, test } from 'vitest';
import { SOURCE_FONT_DIR, SOURCE_FONTS, SUBSET_OPTIONS } from '../src/build/fonts.ts';
import { filesForFirstPaint, fontCharacters, gzipTotal, listFiles, RE_DECK_FILE } from './support/dist.ts';

/**
 * Slide 1: what its first paint waits for (the page with every slide and chart, its style sheet and
 * slide 1's glyphs in it, and its icon), gzip. The benchmark counts the same files,
 * and a browser test checks that they are exactly what a browser fetches to paint slide 1 with the
 * script blocked.
 */
const FIRST_SLIDE_BUDGET = 50_000;
/** The whole deck: every html, js, css, woff2 and svg file of the build, gzip. */
const WHOLE_DECK_BUDGET = 200_000;
/**
 * The script the page loads by itself (its entry and the modules it preloads with it), gzip: reveal.js
 * and the deck's features (over 30 kB) are fetched once slide 1 is painted, so that the browser does
 * not compile them before it paints the title.
 */
const PAGE_SCRIPT_BUDGET = 5_000;
/** Font files for the whole deck, against one exact subset per weight. */
const FONT_OVERHEAD_BUDGET = 1.2;

const distDir = inject('distDir');

/** The fonts written into a page as data: URLs. */
const inlineFonts = (page: string): Buffer[] =>
  [...page.matchAll(/url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g)].map((match) => Buffer.from(match[1]!, 'base64'));
const files = listFiles(distDir);

test(`slide 1 needs at most ${FIRST_SLIDE_BUDGET.toLocaleString('en')} bytes (gzip): the page, with its style sheet and fonts inside`, () => {
  const first = filesForFirstPaint(distDir);
  expect(first[0]).toBe('index.html');
  // The style sheet and slide 1's glyphs are inside the page: the paint waits for no second request.
  expect(first.filter((f) => f.endsWith('.css') || f.endsWith('.woff2'))).toEqual([]);
  const page = readFileSync(join(distDir, 'index.html'), 'utf8');
  expect(page).toMatch(/<style>[^<]*\.reveal\b/);
  expect(inlineFonts(page).length).toBeGreaterThan(0);
  // The deck's script is not needed to paint slide 1.
  expect(first.filter((f) => f.endsWith('.js'))).toEqual([]);
  expect(gzipTotal(distDir, first)).toBeLessThanOrEqual(FIRST_SLIDE_BUDGET);
});

test(`the whole deck is at most ${WHOLE_DECK_BUDGET.toLocaleString('en')} bytes (gzip)`, () => {
  const deck = files.filter((f) => RE_DECK_FILE.test(f));
  expect(deck).toContain('index.html');
  expect(gzipTotal(distDir, deck)).toBeLessThanOrEqual(WHOLE_DECK_BUDGET);
});

test(`font files are within ${FONT_OVERHEAD_BUDGET}× of one exact subset per weight`, async () => {
  const fontFiles = files.filter((f) => f.endsWith('.woff2')).map((f) => readFileSync(join(distDir, f)));
  const fontBytes = [...fontFiles, ...inlineFonts(readFileSync(join(distDir, 'index.html'), 'utf8'))].reduce(
    (total, font) => total + font.length,
    0,
  );
  let single = 0;
  for (const [weight, characters] of fontCharacters(distDir)) {
    const source = readFileSync(join(SOURCE_FONT_DIR, SOURCE_FONTS[weight as 400 | 700]));
    single += (await subsetFont(source, [...characters].join(''), { ...SUBSET_OPTIONS, targetFormat: 'woff2' })).length;
  }
  expect(fontBytes).toBeLessThanOrEqual(single * FONT_OVERHEAD_BUDGET);
});

describe('the client bundle', () => {
  const scripts = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(distDir, f), 'utf8'));

  test(`the page's own script is at most ${PAGE_SCRIPT_BUDGET.toLocaleString('en')} bytes (gzip): the deck's code loads after slide 1's paint`, () => {
    const page = readFileSync(join(distDir, 'index.html'), 'utf8');
    const own = [...page.matchAll(/<(?:script type="module"[^>]*\bsrc|link rel="modulepreload"[^>]*\bhref)="\.\/([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(own.length).toBeGreaterThan(0);
    expect(gzipTotal(distDir, own)).toBeLessThanOrEqual(PAGE_SCRIPT_BUDGET);
  });

  test('every file a script fetches before one of its imports is in the build', () => {
    // Vite lists them in `__vite__mapDeps`; a sheet the build took into the page must not be among them.
    const missing: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      const listed = /__vite__mapDeps=[^[]*\[([^\]]*)\]/.exec(readFileSync(join(distDir, file), 'utf8'))?.[1];
      for (const dep of listed ? (JSON.parse(`[${listed}]`) as string[]) : []) {
        const path = posix.join(posix.dirname(file), dep);
        if (!files.includes(path)) missing.push(`${file} → ${path}`);
      }
    }
    // A module src/main.ts shares with a later chunk, left in the page's chunk, names its sheet here.
    expect(missing, 'is the module listed in PAGE_SHARED_MODULES (src/build/vite-config.ts)?').toEqual([]);
  });

  test('carries no markdown parser (slides are rendered at build time)', () => {
    for (const script of scripts) {
      expect(script).not.toContain('marked(): input parameter');
      expect(script).not.toContain('escapeTestNoEncode');
    }
  });

  test('carries no ECharts runtime: charts are drawn at build time', () => {
    // Strings the ECharts and zrender runtime cannot do without (the instance mark it sets on a chart's element, its
    // painters), and the attribute its SSR client reads.
    const runtime = /_echarts_instance_|registerPainter|getZr\b|zrender|ecmeta_ssr_type/;
    for (const script of scripts) expect(script).not.toMatch(runtime);
    // The one piece of chart code left: a click on a mark that names a slide opens it.
    expect(scripts.filter((script) => script.includes('.chart [data-slide]'))).toHaveLength(1);
  });
});
