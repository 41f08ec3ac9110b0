/**
 * Text files as Windows users have them: saved by Notepad in "ANSI" (code page 936, GBK) or
 * "Unicode" (UTF-16 LE), with CRLF line ends and paragraphs indented by full-width spaces, holding
 * characters GB2312 lacks (names such as 喆, 堃, 玥, 镕) and the euro sign as code page 936's single
 * byte 0x80. The encoding is found from the bytes, and the outline is the text's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readReportFile } from '../src/input/index.ts';
import { FIXTURE_SPEECHES } from './support/fixtures.ts';
import { encodeGb18030, encodeUtf16, outlineOf } from './support/report-formats.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'notepad-text-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let written = 0;
async function read(bytes: Uint8Array) {
  const path = join(dir, `${++written}-report.txt`);
  writeFileSync(path, bytes);
  return readReportFile(path);
}

/** The text as Notepad keeps it: CRLF line ends, each paragraph indented by two full-width spaces. */
const asNotepad = (source: string): string =>
  source
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : `\u3000\u3000${line.trim()}`))
    .join('\r\n');

describe.each(FIXTURE_SPEECHES.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  const notepad = asNotepad(fixture.source);

  test('Notepad "ANSI" (GBK), CRLF, full-width indents: the outline of the text', async () => {
    const report = await read(encodeGb18030(notepad));
    expect(report.encoding).toBe('gb18030');
    expect(report.text).toBe(notepad);
    expect(outlineOf(report.text)).toEqual(outlineOf(fixture.source));
  });

  test('Notepad "Unicode" (UTF-16 LE), CRLF: the outline of the text', async () => {
    const report = await read(encodeUtf16(notepad, 'le'));
    expect(report.encoding).toBe('utf-16le');
    expect(outlineOf(report.text)).toEqual(outlineOf(fixture.source));
  });
});

test('GBK beyond GB2312, and the euro sign as code page 936 writes it, read back whole', async () => {
  const text =
    '县文明办召开工作例会\r\n\r\n\u3000\u30003月2日，县文明办主任王喆主持召开工作例会，刘堃、李玥、朱镕参加会议。\r\n\r\n\u3000\u3000会议要求，志愿服务项目经费每项不超过5000€。\r\n';
  const [before = '', after = ''] = text.split('€');
  const bytes = [...encodeGb18030(before), 0x80, ...encodeGb18030(after)];
  // Each of the names' characters takes two bytes, as in GBK (GB2312 has none of them).
  expect(encodeGb18030('喆堃玥镕')).toHaveLength(8);
  const report = await read(new Uint8Array(bytes));
  expect(report.encoding).toBe('gb18030');
  expect(report.text).toBe(text);
});
