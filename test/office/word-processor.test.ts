/**
 * Reports as a word processor makes them give the same outline as their text: each fixture typed
 * into a document (automatic Chinese list numbers, a running header, page numbers, a footnote, a
 * paragraph in a table, a caption in a text box, bullets; or indents typed as full-width spaces), saved as
 * Word by LibreOffice Writer and printed to PDF by it in the deck's font.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { flatOdtOf, type OfficeReportOptions } from '../../scripts/lib/office-documents.ts';
import { convertAllWithOffice, requireOffice } from '../../scripts/lib/soffice.ts';
import { readReportFile } from '../../src/input/index.ts';
import { FIXTURE_SPEECHES } from '../support/fixtures.ts';
import { outlineOf, reportParagraphs } from '../support/report-formats.ts';

const HEADER = '某县文明办工作简报';
const FOOTNOTE = '本文根据会议记录整理。';
/** Two ways offices lay a report out. */
const LAYOUTS: Readonly<Record<string, OfficeReportOptions>> = {
  briefing: {
    autoNumber: true,
    header: HEADER,
    pageNumbers: 'of-total',
    footnote: FOOTNOTE,
    leadInTable: true,
    captionInTextBox: true,
    headlinePoints: 26,
    page: 'A5',
  },
  typed: { typedIndent: true, pageNumbers: 'dashed', headlinePoints: 22, page: 'A4' },
};
/** Fixtures whose items open with `——`, again with `●`: a mark the word processor's bullet lists set (and Word files keep as a symbol font's character). */
const BULLETED = FIXTURE_SPEECHES.filter((f) => /^\s*——/m.test(f.source)).map((f) => ({
  ...f,
  name: f.name.replace(/\.txt$/, '-bullets.txt'),
  source: f.source.replace(/^(\s*)——/gm, '$1●'),
}));
const CASES = [...FIXTURE_SPEECHES, ...BULLETED].flatMap((fixture) => Object.keys(LAYOUTS).map((layout) => ({ fixture, layout })));
const nameOf = (fixture: string, layout: string): string => `${fixture.replace(/\.txt$/, '')}-${layout}`;

let dir: string;
beforeAll(async () => {
  requireOffice('writer');
  dir = mkdtempSync(join(tmpdir(), 'word-processor-'));
  const sources = CASES.map(({ fixture, layout }) => {
    const path = join(dir, `${nameOf(fixture.name, layout)}.fodt`);
    writeFileSync(path, flatOdtOf(reportParagraphs(fixture.source), LAYOUTS[layout]));
    return path;
  });
  // One LibreOffice run per format: starting it is most of the time.
  await convertAllWithOffice(sources, 'docx:MS Word 2007 XML', dir, 'writer');
  // LibreOffice 7.4 prints its own .docx files without the full-width punctuation that ends a full line: printed from the document itself.
  await convertAllWithOffice(sources, 'pdf', dir, 'writer');
}, 300_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(CASES.map((c) => [nameOf(c.fixture.name, c.layout), c] as const))('%s', (name, { fixture, layout }) => {
  const expected = outlineOf(fixture.source);
  const briefing = layout === 'briefing';

  test('saved as Word by LibreOffice: the same outline', async () => {
    const read = await readReportFile(join(dir, `${name}.docx`));
    expect(outlineOf(read.text)).toEqual(expected);
    expect(read.warnings).toEqual(briefing ? ['left out 1 footnote(s) or endnote(s) and their marks in the text'] : []);
    expect(read.text).not.toContain(FOOTNOTE);
  });

  test('printed to PDF by LibreOffice: the same outline, page furniture and the footnote left out', async () => {
    const read = await readReportFile(join(dir, `${name}.pdf`));
    expect(outlineOf(read.text)).toEqual(expected);
    const warnings = read.warnings.join('\n');
    expect(warnings).toMatch(briefing ? /left out page numbers and running headers: .*"第1页共\d页"/ : /"- ?1 ?-"/);
    if (briefing) {
      expect(warnings).toContain(`"${HEADER}"`);
      expect(warnings).toContain('left out 1 footnote(s) and their marks in the text');
    }
    expect(read.text).not.toContain(FOOTNOTE);
  });
});

test('some fixture has bullet items', () => {
  expect(BULLETED.length).toBeGreaterThan(0);
});

test("Word's automatic Chinese numbers are what the Word files carry (not typed text)", async () => {
  const fixture = FIXTURE_SPEECHES.find((f) => f.name.startsWith('sections-'))!;
  const zip = await JSZip.loadAsync(readFileSync(join(dir, `${nameOf(fixture.name, 'briefing')}.docx`)));
  const document = await zip.file('word/document.xml')!.async('string');
  const numbering = await zip.file('word/numbering.xml')!.async('string');
  expect(document).not.toMatch(/（一）|一、/);
  // LibreOffice writes its 一, 二, 三 as Taiwanese counting.
  expect(numbering).toMatch(/w:numFmt w:val="taiwaneseCountingThousand"/);
  const read = await readReportFile(join(dir, `${nameOf(fixture.name, 'briefing')}.docx`));
  expect(read.text).toContain('\n\n二、突出工作重点\n\n（一）深化文明城市创建。');
});

describe('documents in the formats LibreOffice converts (.doc, .odt, .rtf) read as the Word file they become', () => {
  let saved: { doc: string; odt: string; rtf: string };
  const paragraphs = reportParagraphs(FIXTURE_SPEECHES[0]!.source);
  beforeAll(async () => {
    const source = join(dir, 'old.fodt');
    writeFileSync(source, flatOdtOf(paragraphs));
    const [doc] = await convertAllWithOffice([source], 'doc:MS Word 97', dir, 'writer');
    const [odt] = await convertAllWithOffice([source], 'odt', dir, 'writer');
    const [rtf] = await convertAllWithOffice([source], 'rtf', dir, 'writer');
    saved = { doc: doc!, odt: odt!, rtf: rtf! };
  }, 120_000);
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  test.each(['doc', 'odt', 'rtf'] as const)(
    'a .%s, with LibreOffice on the machine',
    async (kind) => {
      const read = await readReportFile(saved[kind]);
      expect(read.format).toBe('docx');
      expect(read.warnings).toEqual([`converted from .${kind} to .docx by LibreOffice`]);
      expect(read.text.split('\n\n')).toEqual(paragraphs);
    },
    120_000,
  );

  test.each([
    [
      'doc',
      /old\.doc: the file is an old-style Word file \(\.doc\): open it in Word or WPS and save it as \.docx, then import that \(or install LibreOffice/,
    ],
    ['odt', /old\.odt: the file is an OpenDocument file: open it in LibreOffice or WPS and save it as \.docx/],
  ] as const)('a .%s, without LibreOffice: how to save it', async (kind, message) => {
    vi.stubEnv('SOFFICE_PATH', '');
    await expect(readReportFile(saved[kind])).rejects.toThrow(message);
  });

  test('a .doc renamed to .docx', async () => {
    const renamed = join(dir, 'renamed.docx');
    writeFileSync(renamed, readFileSync(saved.doc));
    await expect(readReportFile(renamed)).rejects.toThrow(
      /renamed\.docx: the file is named as a Word document but is an old-style Office file \(Word 97–2003 \.doc, \.wps or \.xls\)/,
    );
  });

  test('a .docx renamed to .doc: named for what it is not', async () => {
    const renamed = join(dir, 'renamed.doc');
    writeFileSync(renamed, readFileSync(saved.odt));
    await expect(readReportFile(renamed)).rejects.toThrow(
      /renamed\.doc: the file is named as an old-style Word file \(\.doc\) but is a zip archive/,
    );
  });
});
