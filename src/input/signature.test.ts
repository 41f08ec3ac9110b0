import { expect, test } from 'vitest';
import { hasPdfHeader, sniffFileKind } from './signature.ts';

const of = (...b: number[]): Uint8Array => new Uint8Array(b);
const text = (t: string): Uint8Array => new TextEncoder().encode(t);

test.each([
  [text('%PDF-1.7\n'), 'pdf'],
  [of(0x50, 0x4b, 0x03, 0x04, 0x14), 'zip'],
  [of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0), 'ole'],
  [text('{\\rtf1\\ansi'), 'rtf'],
  [of(0x89, 0x50, 0x4e, 0x47, 0x0d), 'png'],
  [of(0xff, 0xd8, 0xff, 0xe0), 'jpeg'],
  [text('GIF89a'), 'gif'],
  [of(0x1f, 0x8b, 0x08), 'gzip'],
  [text('  <!DOCTYPE html><html>'), 'html'],
  [of(0xef, 0xbb, 0xbf, ...text('<html lang="zh">')), 'html'],
  [text('某区会议召开\n'), undefined],
  [text('<p>a fragment</p>'), undefined],
  [of(), undefined],
])('%j is %s', (bytes, kind) => {
  expect(sniffFileKind(bytes)?.kind).toBe(kind);
});

test('a PDF header may follow up to a kilobyte of other bytes', () => {
  expect(hasPdfHeader(text(`${' '.repeat(500)}%PDF-1.4`))).toBe(true);
  expect(hasPdfHeader(text(`${' '.repeat(2000)}%PDF-1.4`))).toBe(false);
  expect(hasPdfHeader(text('% not a pdf'))).toBe(false);
});
