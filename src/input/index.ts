/**
 * Reading a report in the forms people hold it: plain text in any of its encodings, a Word
 * document, a PDF, a saved news page. Each gives the report's text: the headline on the first
 * line, then the body, as the speech parser reads it.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeText } from './decode.ts';
import { readDocx } from './docx.ts';
import { InputError } from './errors.ts';
import { readHtml } from './html.ts';
import { convertToDocx, findOffice } from './office.ts';
import { readPdf } from './pdf.ts';
import { unifyRadicals } from './radicals.ts';
import { type FileKind, hasPdfHeader, sniffFileKind } from './signature.ts';

/** The error for a report file that cannot be read. */
export { InputError } from './errors.ts';

/** The formats a report is read from. */
export type ReportFormat = 'txt' | 'docx' | 'pdf' | 'html';

/** A report's text, and how it was read. */
export interface ReportText {
  /** The headline on the first line, then the body; paragraphs apart by a blank line. */
  readonly text: string;
  readonly format: ReportFormat;
  /** The character encoding of a text file or a page. */
  readonly encoding?: string;
  /** What the user should know: page furniture left out, numbers that could not be read… */
  readonly warnings: readonly string[];
}

/** The formats by file extension. */
export const REPORT_EXTENSIONS: Readonly<Record<string, ReportFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.docx': 'docx',
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
};
/** Office files read once LibreOffice has converted them to .docx: what they are, the kind of their bytes, and how to save them without it. */
const OFFICE_EXTENSIONS: Readonly<Record<string, { readonly what: string; readonly kind: FileKind['kind']; readonly save: string }>> = {
  '.doc': { what: 'an old-style Word file (.doc)', kind: 'ole', save: 'open it in Word or WPS and save it as .docx' },
  '.wps': { what: 'a WPS file', kind: 'ole', save: 'open it in WPS and save it as .docx' },
  '.rtf': { what: 'an RTF file', kind: 'rtf', save: 'open it in Word or WPS and save it as .docx' },
  '.odt': { what: 'an OpenDocument file', kind: 'zip', save: 'open it in LibreOffice or WPS and save it as .docx' },
};
/** What to do with a file of a kind that is not read, by extension. */
const OTHER_EXTENSIONS: Readonly<Record<string, string>> = {
  '.mht': 'a web archive: open it in a browser and save it as "Web page, HTML only"',
  '.mhtml': 'a web archive: open it in a browser and save it as "Web page, HTML only"',
};
const ACCEPTED = '.txt, .docx, .pdf, .html or .htm';
/** The kinds of file each format may be; a text file or a page has no signature of its own. */
const EXPECTED_KINDS: Readonly<Record<ReportFormat, readonly (FileKind['kind'] | undefined)[]>> = {
  txt: [undefined],
  docx: ['zip'],
  pdf: ['pdf'],
  html: [undefined, 'html'],
};
const FORMAT_NAMES: Readonly<Record<ReportFormat, string>> = {
  txt: 'a text file',
  docx: 'a Word document',
  pdf: 'a PDF',
  html: 'a web page',
};

/** The format named by a file's extension; an InputError for one that is not read. */
function formatOf(file: string): ReportFormat {
  const extension = extname(file).toLowerCase();
  const format = REPORT_EXTENSIONS[extension];
  if (format) return format;
  const other = OTHER_EXTENSIONS[extension];
  if (other) throw new InputError(file, `the file is ${other}, then import that`);
  throw new InputError(
    file,
    `${extension ? `files ending in ${extension}` : 'files without an extension'} are not read: give the report as ${ACCEPTED}`,
  );
}

/** Refuses a file whose bytes are of another kind than its name says, naming what it is. */
function checkKind(file: string, format: ReportFormat, bytes: Uint8Array): void {
  const kind = sniffFileKind(bytes);
  const expected = EXPECTED_KINDS[format];
  if (expected.includes(kind?.kind) || (format === 'pdf' && hasPdfHeader(bytes))) return;
  throw new InputError(
    file,
    kind
      ? `the file is named as ${FORMAT_NAMES[format]} but is ${kind.description}: give it the right extension, or export the report as ${ACCEPTED}`
      : `the file is named as ${FORMAT_NAMES[format]} but is not one (it may be damaged, or text renamed): give the report as ${ACCEPTED}`,
  );
}

/** The report's text from its paragraphs: the headline first, a blank line between paragraphs. */
const fromParagraphs = (paragraphs: readonly string[]): string => paragraphs.join('\n\n');

/** The most distinct lines a warning quotes. */
const MAX_QUOTED_LINES = 6;

/** The lines left out, named for the user: each distinct line once, with how often it was left out. */
function droppedNote(what: string, lines: readonly string[]): string[] {
  if (lines.length === 0) return [];
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  const quoted = [...counts].slice(0, MAX_QUOTED_LINES).map(([line, n]) => `"${line}"${n > 1 ? ` ×${n}` : ''}`);
  const more = counts.size > MAX_QUOTED_LINES ? ` and ${counts.size - MAX_QUOTED_LINES} more` : '';
  return [`left out ${what}: ${quoted.join(', ')}${more}`];
}

/** Reads the file in the format its extension names. */
async function readFormat(file: string, format: ReportFormat, bytes: Uint8Array): Promise<Omit<ReportText, 'format'>> {
  switch (format) {
    case 'txt': {
      return { ...decodeText(file, bytes), warnings: [] };
    }
    case 'docx': {
      const docx = await readDocx(file, bytes);
      return { text: fromParagraphs(docx.paragraphs), warnings: docx.warnings };
    }
    case 'pdf': {
      const pdf = await readPdf(file, bytes);
      const notes = pdf.notes.length > 0 ? [`left out ${pdf.notes.length} footnote(s) and their marks in the text`] : [];
      return {
        text: fromParagraphs(pdf.paragraphs),
        warnings: [
          ...droppedNote('page numbers and running headers', pdf.dropped),
          ...droppedNote('a narrow column beside the text (a sidebar)', pdf.asides),
          ...notes,
        ],
      };
    }
    case 'html': {
      const page = readHtml(file, bytes);
      return {
        text: fromParagraphs(page.paragraphs),
        encoding: page.encoding,
        warnings: [...page.warnings, ...droppedNote('lines around the article', page.dropped)],
      };
    }
  }
}

/** The file's bytes; an InputError for a missing or empty file. */
async function readBytes(file: string): Promise<Uint8Array> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new InputError(file, `no such file: give the path of the report (${ACCEPTED})`);
  const bytes = new Uint8Array(await readFile(file));
  if (bytes.length === 0) throw new InputError(file, "the file is empty: put the report's text in it");
  return bytes;
}

/** A file in a format the readers parse, once its bytes are checked to be of that kind. */
async function readChecked(file: string, format: ReportFormat): Promise<Omit<ReportText, 'format'>> {
  const bytes = await readBytes(file);
  checkKind(file, format, bytes);
  return readFormat(file, format, bytes);
}

/** An office file LibreOffice converts, read as the Word document it becomes; without LibreOffice, an InputError saying how to save it. */
async function readConverted(file: string, extension: string): Promise<Omit<ReportText, 'format'>> {
  const office = OFFICE_EXTENSIONS[extension]!;
  const command = findOffice(process.env);
  if (!command)
    throw new InputError(
      file,
      `the file is ${office.what}: ${office.save}, then import that (or install LibreOffice, which the import converts it with)`,
    );
  const bytes = await readBytes(file);
  const kind = sniffFileKind(bytes);
  if (kind?.kind !== office.kind)
    throw new InputError(
      file,
      `the file is named as ${office.what} but is ${kind ? kind.description : 'not one (it may be damaged, or text renamed)'}: give the report as ${ACCEPTED}`,
    );
  const docx = await convertToDocx(command, bytes, extension);
  if (!docx)
    throw new InputError(file, `LibreOffice could not convert the file (it may be damaged or protected): ${office.save}, then import that`);
  const read = await readFormat(file, 'docx', docx);
  return { ...read, warnings: [`converted from ${extension} to .docx by LibreOffice`, ...read.warnings] };
}

/**
 * Reads a report file of any of the formats into text: an office file through LibreOffice when the
 * machine has it. Throws an InputError naming the file and what to do for a missing, empty,
 * unreadable or mislabelled file.
 */
export async function readReportFile(file: string): Promise<ReportText> {
  const extension = extname(file).toLowerCase();
  const converted = extension in OFFICE_EXTENSIONS;
  const format: ReportFormat = converted ? 'docx' : formatOf(file);
  const read = converted ? await readConverted(file, extension) : await readChecked(file, format);
  const text = unifyRadicals(read.text);
  if (text.trim() === '')
    throw new InputError(
      file,
      format === 'txt' ? "the file is empty: put the report's text in it" : 'the file holds no text: check that it is the report',
    );
  // Warnings quote the lines left out: they read as the text does.
  return { ...read, text, format, warnings: read.warnings.map(unifyRadicals) };
}
