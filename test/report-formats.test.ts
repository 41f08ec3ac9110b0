/**
 * The same report gives the same outline in every form people hold it in: text in each encoding,
 * a Word file (typed and automatic list numbers), a saved news page in UTF-8 and GBK, a PDF's bare
 * text layer. Each form is made here from the fixture's text. (The PDF printed by Chromium is in
 * test/browser/.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { docxOf, savedPageOf } from '../scripts/lib/report-documents.ts';
import { readReportFile } from '../src/input/index.ts';
import { parseSpeech } from '../src/speech/index.ts';
import { FIXTURE_SPEECHES } from './support/fixtures.ts';
import { pdfWithTextLayer } from './support/pdf-text-layer.ts';
import { encodeGb18030, encodeUtf16, outlineOf, reportParagraphs } from './support/report-formats.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'report-formats-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes bytes under a fresh name and reads them back as a report. */
let written = 0;
async function read(name: string, bytes: Uint8Array | string) {
  const path = join(dir, `${++written}-${name}`);
  writeFileSync(path, bytes);
  return readReportFile(path);
}

describe.each(FIXTURE_SPEECHES.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  const expected = outlineOf(fixture.source);
  const paragraphs = reportParagraphs(fixture.source);

  test('the outline has a headline and text (what the other forms are compared on)', () => {
    expect(expected.headline).not.toBe('');
    expect(paragraphs.join('').replace(/\s+/g, '')).toBe(expected.text.replace(/\n/g, ''));
  });

  test.each([
    ['UTF-8', () => fixture.source, 'utf-8'],
    ['UTF-8 with a byte-order mark', () => `\uFEFF${fixture.source}`, 'utf-8'],
    ['UTF-16 LE', () => encodeUtf16(fixture.source, 'le'), 'utf-16le'],
    ['UTF-16 BE', () => encodeUtf16(fixture.source, 'be'), 'utf-16be'],
    ['GB18030', () => encodeGb18030(fixture.source), 'gb18030'],
  ])('a .txt in %s', async (_encoding, bytes, encoding) => {
    const report = await read('report.txt', bytes());
    expect(report).toMatchObject({ format: 'txt', encoding, warnings: [] });
    expect(report.text).toBe(fixture.source);
  });

  test('a Word file', async () => {
    const report = await read('report.docx', await docxOf(paragraphs));
    expect(report).toMatchObject({ format: 'docx', warnings: [] });
    expect(report.text.split('\n\n')).toEqual(paragraphs);
    expect(outlineOf(report.text)).toEqual(expected);
  });

  test('a Word file with a footnote: the note and its mark are left out', async () => {
    const report = await read('noted.docx', await docxOf(paragraphs, { footnote: '本文根据会议记录整理。' }));
    expect(report.warnings).toEqual(['left out 1 footnote(s) or endnote(s) and their marks in the text']);
    expect(report.text.split('\n\n')).toEqual(paragraphs);
  });

  // A saved page sets the headline line as its <h1> and the rest as the article's paragraphs: made for
  // reports that open with their headline and carry no credit but the attribution (a caption, a
  // byline or an editor line is page furniture, which the page reader keeps or drops by its own rules).
  const speech = parseSpeech(fixture.source);
  const asSavedPage =
    !speech.headlineDerived && paragraphs[0] === speech.headline.text && speech.credits.every((c) => c === speech.attribution);

  test.runIf(asSavedPage).each(['utf-8', 'gbk'] as const)('a saved news page in %s', async (charset) => {
    const report = await read('report.html', savedPageOf(paragraphs, charset));
    expect(report.format).toBe('html');
    expect(report.encoding).toBe(charset);
    expect(report.text.split('\n\n')).toEqual(paragraphs);
    expect(outlineOf(report.text)).toEqual(expected);
    expect(report.warnings).toEqual(['left out lines around the article: "【责任编辑：王某】"']);
    for (const furniture of ['首页', '当前位置', '发布时间', '责任编辑', '分享到', '打印', '相关新闻', '文明交通劝导', '版权所有', 'ICP'])
      expect(report.text).not.toContain(furniture);
  });
});

test('the GB18030 test encoder writes what a GB18030 decoder reads, four-byte codes included', () => {
  const text = '会议指出：“十四五”开局 • € ⺟ 2021';
  expect(new TextDecoder('gb18030', { fatal: true }).decode(encodeGb18030(text))).toBe(text);
  expect(encodeGb18030('会').length).toBe(2);
  expect(encodeGb18030('•').length).toBe(4);
});

describe('Word lists numbered automatically keep their numbers', () => {
  const numbered = FIXTURE_SPEECHES.filter((f) => reportParagraphs(f.source).some((p) => /^（[一二三四五六七八九十]+）/.test(p)));

  test('some fixture numbers its items （一）（二）… at paragraph starts', () => {
    expect(numbered.length).toBeGreaterThan(0);
  });

  test.each(numbered.map((f) => [f.name, f] as const))('%s with its （一） typed by Word', async (_name, fixture) => {
    const paragraphs = reportParagraphs(fixture.source);
    const report = await read('numbered.docx', await docxOf(paragraphs, { autoNumber: true }));
    expect(report.warnings).toEqual([]);
    expect(report.text.split('\n\n')).toEqual(paragraphs);
    expect(outlineOf(report.text)).toEqual(outlineOf(fixture.source));
  });
});

/** A paragraph set in lines of `width` characters. */
function setInLines(paragraph: string, width: number): string[] {
  const chars = [...paragraph];
  return Array.from({ length: Math.ceil(chars.length / width) }, (_, i) => chars.slice(i * width, (i + 1) * width).join(''));
}

// Real text passes the check of a PDF's text layer: each fixture drawn in a font whose map reads its own characters.
test.each(FIXTURE_SPEECHES.map((f) => [f.name, f] as const))('%s as a PDF text layer reads as its text', async (_name, fixture) => {
  const paragraphs = reportParagraphs(fixture.source);
  const lines = paragraphs.flatMap((p) => setInLines(p, 30));
  const report = await read('report.pdf', pdfWithTextLayer(lines));
  expect(report.text.replace(/\s+/g, '')).toBe(paragraphs.join('').replace(/\s+/g, ''));
});

describe('tables in a Word file', () => {
  const paragraphs = reportParagraphs(FIXTURE_SPEECHES[0]!.source);

  test('a table of figures is left out, with a warning; the paragraphs read as without it', async () => {
    const table = [
      ['区县', '实地考察', '问卷调查'],
      ['雁江区', '54.2', '28.1'],
      ['安岳县', '52.8', '27.6'],
    ];
    const report = await read('scores.docx', await docxOf(paragraphs, { table }));
    expect(report.text.split('\n\n')).toEqual(paragraphs);
    expect(report.warnings).toEqual([expect.stringMatching(/^left out 1 table\(s\) of figures/)]);
  });

  test('a table that frames text, one cell a row, is read as paragraphs', async () => {
    const report = await read('framed.docx', await docxOf(paragraphs, { table: [['（县文明办供稿）']] }));
    expect(report.text.split('\n\n')).toEqual([paragraphs[0], paragraphs[1], '（县文明办供稿）', ...paragraphs.slice(2)]);
    expect(report.warnings).toEqual([]);
  });
});

describe('files that are not a report say what is wrong and what to do', () => {
  // As on a machine without LibreOffice (test/office reads .doc and .odt files through it).
  beforeEach(() => {
    vi.stubEnv('SOFFICE_PATH', '');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  test.each([
    ['empty.txt', '', /empty\.txt: the file is empty: put the report's text in it/],
    ['blank.txt', '\n \u3000\n', /blank\.txt: the file is empty/],
    ['report.pdf', 'just text', /report\.pdf: the file is named as a PDF but is not one/],
    ['report.docx', '%PDF-1.7\n', /report\.docx: the file is named as a Word document but is a PDF file: give it the right extension/],
    ['report.txt', '%PDF-1.7\n', /report\.txt: the file is named as a text file but is a PDF file/],
    ['report.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), /report\.html: the file is named as a web page but is a PNG image/],
    ['report.doc', 'x', /report\.doc: the file is an old-style Word file \(\.doc\): open it in Word or WPS and save it as \.docx/],
    ['report.odt', 'x', /save it as \.docx, then import that \(or install LibreOffice/],
    ['report.xlsx', 'x', /report\.xlsx: files ending in \.xlsx are not read: give the report as \.txt, \.docx, \.pdf, \.html or \.htm/],
    ['report', 'x', /files without an extension are not read/],
    ['report.pdf', '%PDF-1.7\n1 0 obj << >> endobj\n', /report\.pdf: the PDF cannot be read|the file is damaged or not a real PDF/],
    [
      'links.html',
      '<!DOCTYPE html><html><head><title>某区文明网</title></head><body><ul><li><a href="/1">首页</a></li><li><a href="/2">工作动态</a></li></ul></body></html>',
      /links\.html: no article found in the page.*copy the report's text into a \.txt file/,
    ],
  ])('%s', async (name, bytes, message) => {
    await expect(read(name, bytes)).rejects.toThrow(message);
  });

  test('a zip that is not a Word document', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip().file('xl/workbook.xml', '<workbook/>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(read('book.docx', bytes)).rejects.toThrow(/book\.docx: the file is a zip archive but not a Word document/);
  });

  test('a PDF whose fonts read every character as the same one', async () => {
    // As LibreOffice prints a report on a computer without a Chinese font: one character for the headline's font, one for the body's.
    const lines = ['我'.repeat(16), `5月22${'月'.repeat(25)}`, ...Array<string>(8).fill('月'.repeat(30)), '月'.repeat(12)];
    await expect(read('report.pdf', pdfWithTextLayer(lines))).rejects.toThrow(
      /report\.pdf: the PDF's fonts have no usable mapping to text: its text reads "我我我我我我我我…".*export it to PDF again .*with the fonts embedded, or import the Word document/,
    );
  });

  test('a missing file', async () => {
    await expect(readReportFile(join(dir, 'nope.pdf'))).rejects.toThrow(/nope\.pdf: no such file/);
  });
});
