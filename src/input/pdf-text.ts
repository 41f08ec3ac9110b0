/** The text a PDF gives, as pdf.js places it: what the layout and the notes reader both read. */

/** A run of text as the PDF places it (PDF units, y upwards from the page's bottom). */
export interface PdfTextRun {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
}

/** One page's text runs. */
export interface PdfPageText {
  readonly runs: readonly PdfTextRun[];
}
