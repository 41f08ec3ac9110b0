/**
 * Times the importer (parse, draft, build check) on our speech and on a text 100 times its length,
 * then each invented report of the genre, then reading our speech in each form a report comes in
 * (text in UTF-8 and GB18030, Word, a saved page, a PDF printed by Chromium, Word and PDF made by
 * LibreOffice Writer): median and range over RUNS reads of each file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CHARTS } from '../src/charts/index.ts';
import { importReport } from '../src/import/index.ts';
import { readReportFile } from '../src/input/index.ts';
import { buildDeck } from '../src/slides/deck.ts';
import { launchBrowser } from './lib/browser.ts';
import { flatOdtOf } from './lib/office-documents.ts';
import { docxOf, printableReportOf, savedPageOf } from './lib/report-documents.ts';
import { encodeGb18030, reportParagraphs } from './lib/report-text.ts';
import { convertWithOffice } from './lib/soffice.ts';

const ROOT = join(import.meta.dirname, '..');
/** How many copies of the speech's body the long text holds. */
const COPIES = 100;
/** How many times each form is read. */
const RUNS = 7;

/** Our speech with its body (between the headline and the attribution) repeated `copies` times. */
function repeated(source: string, copies: number): string {
  const lines = source.split('\n');
  const attributionAt = lines.findLastIndex((line) => line.trim() !== '');
  return [lines[0], ...Array.from({ length: copies }, () => lines.slice(1, attributionAt).join('\n')), ...lines.slice(attributionAt)].join(
    '\n',
  );
}

function time(label: string, source: string): void {
  const started = performance.now();
  const result = importReport(source, { charts: CHARTS });
  const imported = performance.now();
  const [speech, ...slides] = result.files;
  buildDeck({
    speech: { file: speech!.name, source: speech!.content },
    slides: slides.map((f) => ({ file: f.name, source: f.content })),
    charts: CHARTS,
    assetExists: () => false,
  });
  const checked = performance.now();
  console.log(
    `${label}: ${source.length} characters → ${slides.length} slides; import ${(imported - started).toFixed(0)} ms, build check ${(checked - imported).toFixed(0)} ms`,
  );
}

/** Our speech printed to PDF as an office prints it (A5, running header, page numbers). */
async function printedPdf(paragraphs: readonly string[]): Promise<Uint8Array> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const printable = await printableReportOf(paragraphs, '某区文明办工作简报');
    await page.setContent(printable.page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const footerTemplate = '<div style="font-size:10px;width:100%;text-align:center">- <span class="pageNumber"></span> -</div>';
    return await page.pdf({
      format: 'A5',
      displayHeaderFooter: true,
      headerTemplate: printable.header,
      footerTemplate,
      margin: { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' },
    });
  } finally {
    await browser.close();
  }
}

/** Reads a file once cold (the reader's libraries warming up), then RUNS times warm, and imports its text. */
async function timeReading(label: string, path: string): Promise<void> {
  const coldStart = performance.now();
  await readReportFile(path);
  const cold = performance.now() - coldStart;
  const times: number[] = [];
  let text = '';
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    text = (await readReportFile(path)).text;
    times.push(performance.now() - started);
  }
  const started = performance.now();
  importReport(text, { charts: CHARTS });
  const imported = performance.now() - started;
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `read ${label}: first ${cold.toFixed(0)} ms, then median ${median.toFixed(1)} ms (${times[0]!.toFixed(1)}–${times.at(-1)!.toFixed(1)} ms over ${RUNS}); import ${imported.toFixed(0)} ms`,
  );
}

/** Imports each invented report of the genre (test/fixtures/speeches) RUNS times: the median and the slowest. */
function timeFixtures(): void {
  const folder = join(ROOT, 'test', 'fixtures', 'speeches');
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(join(folder, name), 'utf8');
    const times = Array.from({ length: RUNS }, () => {
      const started = performance.now();
      importReport(text, { charts: CHARTS });
      return performance.now() - started;
    }).sort((a, b) => a - b);
    console.log(`${name}: import median ${times[Math.floor(RUNS / 2)]!.toFixed(1)} ms, slowest ${times.at(-1)!.toFixed(1)} ms`);
  }
}

const source = readFileSync(join(ROOT, 'slides', 'speech.txt'), 'utf8');
time('our speech', source);
time(`${COPIES}× our speech`, repeated(source, COPIES));
timeFixtures();

const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
try {
  const paragraphs = reportParagraphs(source);
  const forms: [label: string, name: string, bytes: Uint8Array | string][] = [
    ['.txt UTF-8', 'speech.txt', source],
    ['.txt GB18030', 'speech-gbk.txt', encodeGb18030(source)],
    ['.docx', 'speech.docx', await docxOf(paragraphs)],
    ['.html GBK', 'speech.html', savedPageOf(paragraphs, 'gbk')],
    ['.pdf', 'speech.pdf', await printedPdf(paragraphs)],
  ];
  for (const [label, name, bytes] of forms) {
    writeFileSync(join(dir, name), bytes);
    await timeReading(`${label} (${typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length} bytes)`, join(dir, name));
  }
  // The same report typed into a word processor, saved as Word and printed to PDF by LibreOffice Writer.
  const office = join(dir, 'office.fodt');
  writeFileSync(
    office,
    flatOdtOf(paragraphs, { autoNumber: true, header: '某区文明办工作简报', pageNumbers: 'of-total', footnote: '本文根据会议记录整理。' }),
  );
  for (const [label, format] of [
    ['.docx by LibreOffice', 'docx:MS Word 2007 XML'],
    ['.pdf by LibreOffice', 'pdf'],
  ] as const) {
    const path = await convertWithOffice(office, format, join(dir, 'office'), 'writer');
    await timeReading(`${label} (${statSync(path).size} bytes)`, path);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
