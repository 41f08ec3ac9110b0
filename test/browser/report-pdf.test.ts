/**
 * A report printed to PDF gives the same outline as its text: printed by Chromium in the deck's
 * font on A5 pages with a running header and page numbers, read back by the importer's PDF reader.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { printableReportOf } from '../../scripts/lib/report-documents.ts';
import { readReportFile } from '../../src/input/index.ts';
import { closeWideSpacing } from '../../src/input/line-join.ts';
import { readPdf } from '../../src/input/pdf.ts';
import { parseSpeech } from '../../src/speech/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { FIXTURE_SPEECHES } from '../support/fixtures.ts';
import { outlineOf, reportParagraphs } from '../support/report-formats.ts';
import { SPEECH_SOURCE } from '../support/speech.ts';

/** A running header as an office's briefing prints one. */
const RUNNING_HEADER = '某区文明办工作简报';
/** Radical code points (Kangxi, CJK Radicals Supplement) that a PDF's text may carry for ideographs. */
const RE_RADICAL = /[\u2e80-\u2fdf]/;

/**
 * The reports printed: each prints its first paragraph as the headline, so reports that have no
 * headline line (the title is taken from their lead) are left out; the PDF reader takes a PDF's
 * first line for its headline.
 */
const REPORTS = [...FIXTURE_SPEECHES, { name: 'our speech', source: SPEECH_SOURCE }].filter((r) => !parseSpeech(r.source).headlineDerived);

let browser: Browser;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Prints the report's paragraphs to a PDF file, as an office would (as a news site's page would, with a sidebar); returns its path. */
async function printReport(name: string, paragraphs: readonly string[], sidebar: readonly string[] = []): Promise<string> {
  const page = await browser.newPage();
  try {
    const printable = await printableReportOf(paragraphs, RUNNING_HEADER, sidebar);
    await page.setContent(printable.page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf({
      format: sidebar.length > 0 ? 'A4' : 'A5',
      margin: { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' },
      displayHeaderFooter: true,
      headerTemplate: printable.header,
      footerTemplate:
        '<div style="font-size:10px;width:100%;text-align:center;font-family:sans-serif">- <span class="pageNumber"></span> -</div>',
    });
    const path = join(dir, `${name}.pdf`);
    writeFileSync(path, pdf);
    return path;
  } finally {
    await page.close();
  }
}

describe.each(REPORTS.map((r) => [r.name, r] as const))('%s', (name, report) => {
  test('printed to PDF, it reads back as the same paragraphs and the same outline', async () => {
    const paragraphs = reportParagraphs(report.source);
    const path = await printReport(name, paragraphs);
    const read = await readReportFile(path);
    expect(read.format).toBe('pdf');
    // A PDF's text has no spaces beside Chinese characters (see closeWideSpacing): the ideographic
    // space between an intertitle's phrases is a gap between glyphs there too.
    expect(read.text.split('\n\n')).toEqual(paragraphs.map((p) => closeWideSpacing(p).replace(/(?<=\S)\u3000+(?=\S)/g, '')));
    expect(outlineOf(read.text)).toEqual(outlineOf(report.source));
    // Page furniture was there, on every page, and was left out (a short report fits one page).
    const dropped = read.warnings.join('\n');
    const pages = (readFileSync(path, 'latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    // The warning names the first page numbers (and says how many more).
    for (let n = 1; n <= Math.min(pages, 2); n++)
      expect(dropped).toMatch(new RegExp(`left out page numbers and running headers: .*"- ${n} -"`));
    expect(dropped).toContain(`"${RUNNING_HEADER}"`);
  });
});

test('a news page printed with a sidebar beside the article reads as the article alone; the sidebar is named in a warning', async () => {
  const sidebar = [
    '24小时热点',
    '1 临江“最美志愿者”名单公布',
    '2 我市12条公交线路5月起调整',
    '3 东湖区举办第三届邻里文化节',
    '4 南溪县柳塘村获评省级文明村',
    '5 市区新增6处“口袋公园”',
  ];
  const paragraphs = reportParagraphs(SPEECH_SOURCE);
  const read = await readReportFile(await printReport('sidebar', paragraphs, sidebar));
  expect(read.text.split('\n\n')[0]).toBe(paragraphs[0]);
  expect(outlineOf(read.text)).toEqual(outlineOf(SPEECH_SOURCE));
  expect(read.warnings.join('\n')).toContain('left out a narrow column beside the text (a sidebar): "24小时热点"');
});

test("the PDF's own text carries radical code points, and the reader maps them back", async () => {
  const paragraphs = reportParagraphs(SPEECH_SOURCE);
  const path = await printReport('radicals', paragraphs);
  const raw = await readPdf(path, new Uint8Array(readFileSync(path)));
  expect(raw.paragraphs.join('')).toMatch(RE_RADICAL);
  expect((await readReportFile(path)).text).not.toMatch(RE_RADICAL);
});

test('a PDF of pictures only (a scan) is refused with what to do', async () => {
  const page = await browser.newPage();
  try {
    // A page drawn without any text, as a scanner's PDF holds only images of the pages.
    await page.setContent('<div style="width:300px;height:400px;background:linear-gradient(#333,#ccc)"></div>');
    const path = join(dir, 'scan.pdf');
    writeFileSync(path, await page.pdf({ format: 'A5' }));
    await expect(readReportFile(path)).rejects.toThrow(
      /scan\.pdf: the PDF has no text, only pictures of pages \(a scan\): run it through text recognition \(OCR\)/,
    );
  } finally {
    await page.close();
  }
});
