/**
 * A real client opens the PowerPoint file: LibreOffice Impress converts it to PDF without error, one
 * page per slide, and every heading, list item, paragraph and quote of the deck is text on its page.
 * The same for a deck imported from a fixture report with `npm run import`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadDeck } from '../../src/build/load-deck.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { FIXTURE_SPEECHES } from '../support/fixtures.ts';
import { convertWithImpress, deckTexts, foldText, pdfPageTexts, requireImpress } from '../support/pptx.ts';
import { OUR_SLIDES_DIR } from '../support/speech.ts';

const run = promisify(execFile);
const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
let dir: string;

beforeAll(() => {
  requireImpress();
  dir = mkdtempSync(join(tmpdir(), 'deck-impress-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Exports a deck folder with `npm run export -- --format pptx`, converts it with Impress, and checks every page. */
async function exportAndOpen(slidesDir: string, name: string): Promise<void> {
  const pptx = join(dir, `${name}.pptx`);
  await run(TSX, ['scripts/export.ts', '--format', 'pptx', '--slides', slidesDir, '--out', pptx], { cwd: PROJECT_ROOT });
  const pages = await pdfPageTexts(await convertWithImpress(pptx, join(dir, `${name}-impress`)));
  const deck = loadDeck(slidesDir, PROJECT_ROOT);
  expect(pages).toHaveLength(deck.slides.length);
  for (const [i, texts] of deckTexts(deck).entries()) {
    for (const text of texts) expect(pages[i], `${deck.slides[i]!.file}: "${text}"`).toContain(foldText(text));
  }
}

test('our deck opens in Impress: one page per slide, every heading and list item as text', async () => {
  await exportAndOpen(OUR_SLIDES_DIR, 'ours');
});

test('an imported deck opens in Impress the same way', async () => {
  const fixture = FIXTURE_SPEECHES.find((f) => f.name === 'ten-priorities.txt') ?? FIXTURE_SPEECHES[0]!;
  const slidesDir = join(dir, 'imported');
  await run(TSX, ['scripts/import.ts', fixture.path, '--out', slidesDir], { cwd: PROJECT_ROOT });
  await exportAndOpen(slidesDir, 'imported');
});
