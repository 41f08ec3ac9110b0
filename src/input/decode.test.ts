import { describe, expect, test } from 'vitest';
import { decodeText } from './decode.ts';

const TEXT = '某区会议召开\n　　4月8日下午，会议指出，要做好工作。\n';
const utf16be = (text: string): Uint8Array => {
  const le = new Uint8Array(Buffer.from(text, 'utf16le'));
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};
/** `你好` and `会议` in GBK, typed from the code chart. */
const GBK_NIHAO_HUIYI = [0xc4, 0xe3, 0xba, 0xc3, 0xbb, 0xe1, 0xd2, 0xe9];
const bytes = (...parts: (readonly number[] | Uint8Array)[]): Uint8Array => new Uint8Array(parts.flatMap((p) => [...p]));

describe('text files are read in the encoding they are in', () => {
  test.each([
    ['UTF-8', new TextEncoder().encode(TEXT), 'utf-8'],
    ['UTF-8 with a byte-order mark', bytes([0xef, 0xbb, 0xbf], new TextEncoder().encode(TEXT)), 'utf-8'],
    ['UTF-16 LE with a byte-order mark', bytes([0xff, 0xfe], Buffer.from(TEXT, 'utf16le')), 'utf-16le'],
    ['UTF-16 BE with a byte-order mark', bytes([0xfe, 0xff], utf16be(TEXT)), 'utf-16be'],
    ['UTF-16 LE without a byte-order mark', new Uint8Array(Buffer.from(TEXT, 'utf16le')), 'utf-16le'],
    ['UTF-16 BE without a byte-order mark', utf16be(TEXT), 'utf-16be'],
  ])('%s', (_name, input, encoding) => {
    expect(decodeText('r.txt', input)).toEqual({ text: TEXT, encoding });
  });

  test('GBK bytes are read as GB18030', () => {
    expect(decodeText('r.txt', bytes(GBK_NIHAO_HUIYI, [0x0a]))).toEqual({ text: '你好会议\n', encoding: 'gb18030' });
  });

  test('a GB18030 byte-order mark names GB18030', () => {
    expect(decodeText('r.txt', bytes([0x84, 0x31, 0x95, 0x33], GBK_NIHAO_HUIYI))).toEqual({ text: '你好会议', encoding: 'gb18030' });
  });
});

describe('bytes that are not text are refused with the file and the line', () => {
  test.each([
    [
      'NUL and control bytes',
      bytes(new TextEncoder().encode('第一行\n第二行'), [0x00, 0x01, 0x02, 0x03, 0x1b]),
      /r\.txt:2: the file holds binary data/,
    ],
    [
      'bytes valid in no encoding',
      bytes(new TextEncoder().encode('一\n二\n'), [0xff, 0xff, 0xff]),
      /r\.txt:3: the file is neither UTF-8 nor GB18030/,
    ],
    [
      'GBK text cut short in its last line, in the middle of a character',
      bytes(GBK_NIHAO_HUIYI, [0x0d, 0x0a, 0x0d, 0x0a], GBK_NIHAO_HUIYI.slice(0, 3)),
      /r\.txt:3: the file is neither UTF-8 nor GB18030\/GBK text \(it reads as GB18030\/GBK up to an invalid byte on line 3\): it is cut short/,
    ],
    [
      'a UTF-16 mark before bytes that are not UTF-16',
      bytes([0xff, 0xfe], [0x00, 0xd8, 0x41]),
      /r\.txt: the file starts as UTF-16LE text but/,
    ],
  ])('%s', (_name, input, message) => {
    expect(() => decodeText('r.txt', input)).toThrow(message);
  });
});
