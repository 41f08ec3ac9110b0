/** The PDF: one 16:9 page per slide, real embedded TrueType text in reading order, vector charts. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { type ExportResult, exportPdf } from '../../scripts/lib/export-pdf.ts';
import { loadDeck } from '../../src/build/load-deck.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { OUR_SLIDES_DIR, SPEECH } from '../support/speech.ts';

/** `Page size:      1440 x 810 pts` */
const RE_PAGE_SIZE = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m;
const RE_PAGES = /^Pages:\s+(\d+)/m;
const RE_WHITESPACE = /\s+/g;

const deck = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT);
let dir: string;
let result: ExportResult;

/** A poppler tool's output for the PDF (pdftotext writes to stdout when given `-` after the file). */
function poppler(tool: string, ...args: string[]): string {
  return execFileSync(tool, [...args, result.file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deck-pdf-'));
  result = await exportPdf({ distDir: inject('distDir'), out: join(dir, 'deck.pdf') });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('one page per slide, at 16:9', () => {
  const info = poppler('pdfinfo');
  expect(Number(RE_PAGES.exec(info)?.[1])).toBe(deck.slides.length);
  expect(result.pages).toBe(deck.slides.length);
  const [, width, height] = RE_PAGE_SIZE.exec(info)!;
  expect(Number(width) / Number(height)).toBeCloseTo(16 / 9, 3);
});

test('every font is embedded, as TrueType/CID, none as Type 3', () => {
  // pdffonts: two header lines, then one line per font: name, type (one or two words), encoding, emb, sub, uni, object, id.
  const rows = poppler('pdffonts').trim().split('\n').slice(2);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row).not.toMatch(/Type 3/);
    expect(row).toMatch(/(CID TrueType|TrueType)\s/);
    const [emb] = row.trim().split(RE_WHITESPACE).slice(-5);
    expect(emb, row).toBe('yes');
  }
});

test('the text is real text: the headline, the title slide, and every priority title in reading order', () => {
  const text = poppler('pdftotext', '-layout').replace(RE_WHITESPACE, '');
  const strip = (s: string): string => s.replace(RE_WHITESPACE, '');
  expect(text).toContain(strip(SPEECH.headline.text));
  // Reading order: the title slide, then each priority's title after the previous one.
  let from = text.indexOf(strip(deck.slides[0]!.title));
  expect(from).toBeGreaterThanOrEqual(0);
  expect(SPEECH.priorities.length).toBeGreaterThan(0);
  for (const priority of SPEECH.priorities) {
    const at = text.indexOf(strip(priority.title.text), from);
    expect(at, priority.title.text).toBeGreaterThan(from);
    from = at;
  }
});

test('no raster image stands in for a chart: every image in the PDF is an image of the slides', () => {
  // pdfimages -list: two header lines, then one line per image, its page first.
  const images = poppler('pdfimages', '-list')
    .trim()
    .split('\n')
    .slice(2)
    .map((row) => Number(row.trim().split(RE_WHITESPACE)[0]));
  const chartPages = deck.slides.flatMap((slide, index) => (slide.chart ? [index + 1] : []));
  expect(images.filter((page) => chartPages.includes(page))).toEqual([]);
  const slideImages = (deck.html.match(/<img\b/g) ?? []).length;
  expect(images.length).toBeLessThanOrEqual(slideImages);
});

test('the document title is the headline', () => {
  expect(poppler('pdfinfo')).toMatch(new RegExp(`^Title:\\s+${SPEECH.headline.text}$`, 'm'));
});
