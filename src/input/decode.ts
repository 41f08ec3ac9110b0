/**
 * Plain text in the encodings Chinese reports are saved in: UTF-8 (with or without a byte-order
 * mark), UTF-16 with a byte-order mark (Notepad's "Unicode"), and GB18030, which covers GBK and
 * GB2312 (older Windows' "ANSI"). Told apart by the bytes themselves, never by asking the user.
 */
import { InputError } from './errors.ts';

/** The encodings a report's text is read in, by their WHATWG labels. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A text file's text, and the encoding it was read in. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/** Byte-order marks, longest first: each names its encoding without doubt. */
const BYTE_ORDER_MARKS: readonly { readonly bytes: readonly number[]; readonly encoding: TextEncodingName }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'gb18030' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];
/** Control characters that text may hold: tab, line feed, form feed, carriage return. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/** The offset of the first control character that never occurs in text; -1 when there is none. */
function firstBinaryCharacter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 || code === 0x7f) && !TEXT_CONTROLS.has(code)) return i;
  }
  return -1;
}

/** The byte-order mark these bytes start with, if any. */
function byteOrderMarkOf(bytes: Uint8Array): (typeof BYTE_ORDER_MARKS)[number] | undefined {
  return BYTE_ORDER_MARKS.find((m) => m.bytes.every((b, i) => bytes[i] === b));
}

/** Whether the bytes start with a byte-order mark, which names their encoding. */
export function hasByteOrderMark(bytes: Uint8Array): boolean {
  return byteOrderMarkOf(bytes) !== undefined;
}

/** Decodes strictly; undefined when the bytes are not valid in that encoding. */
function tryDecode(bytes: Uint8Array, encoding: TextEncodingName): string | undefined {
  try {
    // ignoreBOM keeps a mark in the text: the caller has already stripped the one it recognised.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Characters a Chinese report is written in: ASCII, Latin, general and CJK punctuation, ideographs, full-width forms. */
const RE_REPORT_CHARACTER =
  /[\t\n\r\x20-\x7e\u00a0-\u024f\u2000-\u206f\u2e80-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/gu;
/** Share of such characters above which BOM-less bytes with NULs are taken as UTF-16 of that byte order. */
const UTF16_PLAUSIBLE_SHARE = 0.9;

/**
 * UTF-16 without a byte-order mark. Only text in UTF-16 holds NUL bytes (ASCII characters leave
 * one in every other byte); of the two byte orders, the one that reads as a report's characters wins.
 */
function utf16WithoutMark(bytes: Uint8Array): DecodedText | undefined {
  if (!bytes.includes(0)) return undefined;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = tryDecode(bytes, encoding);
    if (text !== undefined && (text.match(RE_REPORT_CHARACTER)?.length ?? 0) >= text.length * UTF16_PLAUSIBLE_SHARE)
      return { text, encoding };
  }
  return undefined;
}

/** The 1-based line of a byte offset: line feeds before it, plus one. */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * How many of the bytes read as text in the encoding before the first invalid byte. A character
 * cut short at the end of a prefix is not an error (streaming), so validity only shrinks as the
 * prefix grows: a binary search finds its end.
 */
function validPrefixLength(bytes: Uint8Array, encoding: TextEncodingName): number {
  let [valid, invalid] = [0, bytes.length + 1];
  while (invalid - valid > 1) {
    const middle = Math.floor((valid + invalid) / 2);
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      valid = middle;
    } catch {
      invalid = middle;
    }
  }
  return valid;
}

/** Refuses text with control characters: a binary file that happened to decode. */
function checkIsText(file: string, decoded: DecodedText): DecodedText {
  const at = firstBinaryCharacter(decoded.text);
  if (at !== -1) {
    const line = decoded.text.slice(0, at).split('\n').length;
    throw new InputError(file, 'the file holds binary data, not text: give the report as .txt, .docx, .pdf or a saved web page', line);
  }
  return decoded;
}

/**
 * Decodes a text file: a byte-order mark when there is one; else UTF-16 when NUL bytes and the
 * characters say so; else strict UTF-8; else strict GB18030. Throws an InputError for bytes that are none of these.
 */
export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  const bom = byteOrderMarkOf(bytes);
  if (bom) {
    const text = tryDecode(bytes.subarray(bom.bytes.length), bom.encoding);
    if (text === undefined)
      throw new InputError(
        file,
        `the file starts as ${bom.encoding.toUpperCase()} text but holds bytes that are not: it is damaged or not text`,
      );
    return checkIsText(file, { text, encoding: bom.encoding });
  }
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return checkIsText(file, utf16);
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    const text = tryDecode(bytes, encoding);
    if (text !== undefined) return checkIsText(file, { text, encoding });
  }
  // The encoding that reads further is the file's: the first byte it cannot read is where the damage is.
  const [utf8, gbk] = [validPrefixLength(bytes, 'utf-8'), validPrefixLength(bytes, 'gb18030')];
  const line = lineAtByte(bytes, Math.max(utf8, gbk));
  throw new InputError(
    file,
    `the file is neither UTF-8 nor GB18030/GBK text (it reads as ${gbk > utf8 ? 'GB18030/GBK' : 'UTF-8'} up to an invalid byte on line ${line}): it is cut short, damaged or binary; open it in an editor and save it as text`,
    line,
  );
}
