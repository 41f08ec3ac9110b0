/**
 * A report's text in the forms people hold it: its paragraphs, and its bytes in GB18030 and UTF-16.
 * Used by the importer's benchmark and by the tests that make every form of a report.
 */
import { parseSpeech } from '../../src/speech/index.ts';

/** Markers that open a paragraph of their own: `（一）`, `一、`, and bullets. */
const RE_PARAGRAPH_MARKER = /^[（一二三四五六七八九十].*[）、]$|^(——|[●◆■▲★▪•])$/;

/**
 * The report's paragraphs: each line before the body (column tag, caption, headline), then the
 * body cut where a paragraph would start (the lead with its byline, each part and its intertitle,
 * items numbered `（一）` or `一、`, opened by a bullet or standing as paragraphs), then each
 * credit line after it.
 */
export function reportParagraphs(source: string): string[] {
  const speech = parseSpeech(source);
  const text = speech.text;
  // A byline opens the lead's paragraph; lines before the body end with a line break.
  const bodyStart = Math.min(
    speech.lead.body.start,
    ...speech.credits.filter((c) => c.end <= speech.lead.body.start && text[c.end] !== '\n').map((c) => c.start),
  );
  const items = speech.lists.flatMap((l) => [...l.items, ...l.items.flatMap((i) => i.inner?.items ?? [])]);
  const paragraphItems = new Set(speech.lists.filter((l) => l.kind === 'paragraphs').flatMap((l) => l.items));
  const cuts = [
    ...speech.parts.map((p) => p.body.start),
    // An intertitle is a paragraph of its own, over the part it opens.
    ...speech.parts.flatMap((p) => (p.title ? [p.title.end] : [])),
    // Items numbered `（一）` or `一、`, or opened by a bullet (`——`, `●`), usually open a paragraph; `一是` items run on inside one.
    ...items.filter((i) => RE_PARAGRAPH_MARKER.test(i.marker.text) || paragraphItems.has(i)).map((i) => i.marker.start),
    ...speech.credits.filter((c) => c.start >= speech.body.end).map((c) => c.start),
  ];
  const starts = [...new Set([bodyStart, ...cuts.filter((c) => c > bodyStart)])].sort((a, b) => a - b);
  const body = starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length).trim()).filter((p) => p !== '');
  const head = text
    .slice(0, bodyStart)
    .split('\n')
    .map((line) => line.trim());
  return [...head, ...body].filter((p) => p !== '');
}

let gb18030Codes: Map<string, readonly number[]> | undefined;

/**
 * Every character of the Basic Multilingual Plane with its GB18030 bytes (two for GBK's range,
 * four for the rest), read from the platform's own GB18030 decoder.
 */
function gb18030Table(): Map<string, readonly number[]> {
  if (gb18030Codes) return gb18030Codes;
  const table = new Map<string, readonly number[]>();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const add = (bytes: readonly number[]): void => {
    let character: string;
    try {
      character = decoder.decode(new Uint8Array(bytes));
    } catch {
      return; // past the last four-byte code of the plane
    }
    if ([...character].length === 1 && !table.has(character)) table.set(character, bytes);
  };
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) add([lead, trail]);
  }
  // Four-byte codes from 81 30 81 30 to 84 31 A4 39 cover the rest of the plane.
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++) for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
  gb18030Codes = table;
  return table;
}

/** The text in GB18030 (ASCII as is, GBK's characters in two bytes, others in four). Throws for a character outside the plane. */
export function encodeGb18030(text: string): Uint8Array {
  const table = gb18030Table();
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const encoded = table.get(character);
      if (!encoded) throw new Error(`${character} (U+${code.toString(16)}) has no GB18030 code here`);
      bytes.push(...encoded);
    }
  }
  return new Uint8Array(bytes);
}

/** The text in UTF-16 of the given byte order, with its byte-order mark. */
export function encodeUtf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, order === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), order === 'le');
  return bytes;
}
