/** A PDF's text through pdf.js: the text runs of every page, laid out as the report's paragraphs. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { InputError } from './errors.ts';
import { layoutPdfText, type PdfPageText } from './pdf-layout.ts';
import { isRepeatedGlyphText } from './text-layer.ts';

const require = createRequire(import.meta.url);
/** pdf.js's own data: the Adobe CMaps that PDFs with predefined Chinese encodings (GB-EUC-H, UniGB-UCS2-H…) need. */
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));

/** What was read from a PDF: its paragraphs, and the page furniture and footnotes left out. */
export interface PdfText {
  readonly paragraphs: readonly string[];
  readonly dropped: readonly string[];
  /** Sidebars beside the text left out. */
  readonly asides: readonly string[];
  /** Footnotes left out. */
  readonly notes: readonly string[];
  readonly pages: number;
}

/** A text run placed upright on the page: pdf.js gives its transform `[a, b, c, d, x, y]`. */
function runOf(item: TextItem): PdfPageText['runs'][number] {
  const [a = 0, b = 0, , d = 0, x = 0, y = 0] = item.transform as number[];
  return { text: item.str, x, y, width: item.width, fontSize: Math.abs(d) || Math.hypot(a, b) };
}

/** How much of the text layer an error quotes. */
const QUOTED_CHARS = 8;

/** The pdf.js failures a user can act on, by the name pdf.js gives them. */
const PDFJS_PROBLEMS: Readonly<Record<string, string>> = {
  PasswordException: 'the PDF is protected by a password: open it, save a copy without the password, and import that',
  InvalidPDFException: 'the file is damaged or not a real PDF: open it in a PDF reader and save or print it as PDF again',
};

/** Reads a PDF's text. Throws an InputError for a protected, damaged or image-only PDF, or one whose text layer is not text. */
export async function readPdf(file: string, bytes: Uint8Array): Promise<PdfText> {
  const loading = getDocument({
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    cMapUrl: join(PDFJS_DIR, 'cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts/'),
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const document = await loading.promise;
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      pages.push({ runs: content.items.filter((item): item is TextItem => 'str' in item).map(runOf) });
    }
    const layout = layoutPdfText(pages);
    if (layout.paragraphs.join('').trim() === '')
      throw new InputError(
        file,
        'the PDF has no text, only pictures of pages (a scan): run it through text recognition (OCR) in WPS or Acrobat, or import the original document',
      );
    const text = layout.paragraphs.join('');
    if (isRepeatedGlyphText(text))
      throw new InputError(
        file,
        `the PDF's fonts have no usable mapping to text: its text reads "${[...text].slice(0, QUOTED_CHARS).join('')}…", the same character over and over: export it to PDF again on a computer that has its Chinese fonts, with the fonts embedded, or import the Word document it was made from`,
      );
    return { ...layout, pages: document.numPages };
  } catch (error) {
    // pdf.js names its own failures `…Exception`; anything else is ours and not the file's fault.
    if (!(error instanceof Error) || !error.name.endsWith('Exception')) throw error;
    throw new InputError(
      file,
      PDFJS_PROBLEMS[error.name] ?? `the PDF cannot be read (${error.message}): print it to PDF again, or import the original document`,
    );
  } finally {
    await loading.destroy();
  }
}
