/** A Word document's text through mammoth, with the numbers of Word's automatic lists written in. */

import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { blockTexts } from './blocks.ts';
import { readListLabels } from './docx-numbering.ts';
import { InputError } from './errors.ts';

/** What was read from a .docx: its paragraphs, and what the user should know. */
export interface DocxText {
  readonly paragraphs: readonly string[];
  readonly warnings: readonly string[];
}

/** The part of mammoth's document model walked here: elements with children; paragraphs may be in a list. */
interface DocumentElement {
  readonly type: string;
  children?: DocumentElement[];
  readonly numbering?: { readonly isOrdered: boolean } | null;
  readonly value?: string;
}

/** Every paragraph that mammoth put in a list, in document order. */
function listParagraphs(element: DocumentElement): DocumentElement[] {
  const own = element.type === 'paragraph' && element.numbering ? [element] : [];
  return [...own, ...(element.children ?? []).flatMap(listParagraphs)];
}

/** Footnotes and endnotes as mammoth writes them: the list after the text, and the `[1]` marks in it. */
const NOTE_SELECTORS = { notes: 'li[id^="footnote-"], li[id^="endnote-"]', marks: 'a[id^="footnote-ref-"], a[id^="endnote-ref-"]' };

/**
 * The paragraphs of mammoth's HTML without footnotes and endnotes: a note is not the report's
 * text, and after the last paragraph it would hide the closing attribution.
 */
function paragraphsWithoutNotes(html: string): { paragraphs: string[]; notes: number; tables: number } {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const notes = [...document.querySelectorAll(NOTE_SELECTORS.notes)];
  for (const element of [...notes, ...document.querySelectorAll(NOTE_SELECTORS.marks)]) element.remove();
  const tables = [...document.querySelectorAll('table')].filter(isDataTable);
  for (const table of tables) table.remove();
  return { paragraphs: blockTexts(document.body), notes: notes.length, tables: tables.length };
}

/** An element of the page mammoth's HTML is parsed into. */
type PageElement = NonNullable<ReturnType<ReturnType<typeof parseHTML>['document']['querySelector']>>;

/** The fewest rows of two or more filled cells that make a table of figures rather than a frame around text. */
const MIN_DATA_ROWS = 2;

/**
 * True for a table of figures (rows of two or more filled cells: `雁江区 | 54.2 | 28.1`): its cells,
 * read one by one, are no sentences of the report. A table that frames the text (one cell a row,
 * as templates set a report in one) is read as paragraphs.
 */
function isDataTable(table: PageElement): boolean {
  const rows: PageElement[] = Array.from(table.querySelectorAll('tr'));
  const filledCells = (row: PageElement): number =>
    Array.from(row.querySelectorAll('td, th') as ArrayLike<PageElement>).filter((cell) => (cell.textContent ?? '').trim() !== '').length;
  const filled = rows.filter((row) => filledCells(row) >= 2);
  return filled.length >= MIN_DATA_ROWS;
}

/** mammoth's message when a zip holds no Word document. */
const RE_NOT_WORD = /could not find main document part|can't find end of central directory|corrupted zip/i;

/**
 * Reads a .docx. Word's automatic list numbers are not in the paragraphs' text (mammoth's raw text
 * drops them): they are counted from the document's list definitions and written before each list
 * paragraph, as Word shows them. When the two readings do not agree on the list paragraphs, the
 * numbers are left out with a warning.
 */
export async function readDocx(file: string, bytes: Uint8Array): Promise<DocxText> {
  const warnings: string[] = [];
  let labels: string[] | undefined;
  try {
    labels = await readListLabels(bytes);
  } catch (error) {
    if (!(error instanceof Error) || !RE_NOT_WORD.test(error.message)) throw error;
  }
  const writeLabels = (document: DocumentElement): DocumentElement => {
    const numbered = listParagraphs(document);
    if (numbered.length === 0) return document;
    if (!labels || labels.length !== numbered.length) {
      warnings.push(
        `${numbered.length} paragraphs are numbered by Word's automatic lists, and their numbers could not be read: type the numbers into the text if they matter`,
      );
      return document;
    }
    numbered.forEach((paragraph, i) => {
      if (labels[i]) paragraph.children = [{ type: 'text', value: labels[i] }, ...(paragraph.children ?? [])];
    });
    return document;
  };
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { transformDocument: writeLabels })).value;
  } catch (error) {
    if (error instanceof Error && RE_NOT_WORD.test(error.message))
      throw new InputError(
        file,
        'the file is a zip archive but not a Word document: give the report as .docx (Word 2007 or later), .pdf, .txt or a saved web page',
      );
    throw error;
  }
  const { paragraphs, notes, tables } = paragraphsWithoutNotes(html);
  if (notes > 0) warnings.push(`left out ${notes} footnote(s) or endnote(s) and their marks in the text`);
  if (tables > 0)
    warnings.push(
      `left out ${tables} table(s) of figures: their cells are no sentences of the report; put what matters on a slide of your own`,
    );
  return { paragraphs, warnings };
}
