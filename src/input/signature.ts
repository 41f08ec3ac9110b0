/** What a file holds, told by its first bytes (its "magic number") rather than its name. */

/** A kind of file recognised by its first bytes, and how to name it to the user. */
export interface FileKind {
  readonly kind: 'pdf' | 'zip' | 'ole' | 'rtf' | 'png' | 'jpeg' | 'gif' | 'gzip' | 'html';
  readonly description: string;
}

/** Byte signatures at offset 0 (after a UTF-8 byte-order mark for the textual ones). */
const SIGNATURES: readonly { readonly bytes: readonly number[]; readonly kind: FileKind }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: { kind: 'pdf', description: 'a PDF file' } },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: { kind: 'zip', description: 'a zip archive (a .docx or another Office file)' } },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    kind: { kind: 'ole', description: 'an old-style Office file (Word 97–2003 .doc, .wps or .xls)' },
  },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: { kind: 'rtf', description: 'an RTF document' } },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: { kind: 'png', description: 'a PNG image' } },
  { bytes: [0xff, 0xd8, 0xff], kind: { kind: 'jpeg', description: 'a JPEG image' } },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: { kind: 'gif', description: 'a GIF image' } },
  { bytes: [0x1f, 0x8b], kind: { kind: 'gzip', description: 'a gzip archive' } },
];
/** The start of an HTML page: a doctype or an `<html` tag, after optional blanks. */
const RE_HTML_START = /^\s*<(!doctype\s+html|html[\s>])/i;
/** How far into the file a PDF header may start: readers accept leading junk up to 1 KB. */
const PDF_HEADER_WINDOW = 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean => prefix.every((b, i) => bytes[at + i] === b);

/** The kind of file these bytes are, when their first bytes say so; undefined for plain text and the unknown. */
export function sniffFileKind(bytes: Uint8Array): FileKind | undefined {
  const offset = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  const found = SIGNATURES.find((s) => startsWith(bytes, s.bytes, offset));
  if (found) return found.kind;
  const head = String.fromCharCode(...bytes.subarray(offset, offset + 64));
  if (RE_HTML_START.test(head)) return { kind: 'html', description: 'a web page (HTML)' };
  return undefined;
}

/** Whether a PDF header (`%PDF-`) starts within the first kilobyte, where PDF readers look for it. */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  const window = bytes.subarray(0, PDF_HEADER_WINDOW + 5);
  for (let i = window.indexOf(0x25); i !== -1; i = window.indexOf(0x25, i + 1))
    if (startsWith(window, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return true;
  return false;
}
