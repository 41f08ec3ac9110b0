/** Prints the deck to PDF through headless Chromium and reveal's print view, modelled on Slidev's exporter. */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_PDF_FILE, DEFAULT_SLIDES_DIR, PDF_READY_EVENT, PRINT_PARAM, READY_CLASS, STAGE } from '../../src/contract/index.ts';
import { launchBrowser, requireBrowser } from './browser.ts';
import { checkWritable, ExportError, writeOutput } from './output-file.ts';
import { builtSite } from './site-cache.ts';
import { serveStatic } from './static-server.ts';

export { ExportError };

/** A page object in the PDF (not `/Pages`, the page tree). */
const RE_PDF_PAGE = /\/Type\s*\/Page(?![a-zA-Z])/g;

export interface ExportOptions {
  /** Where the PDF goes, relative to the working folder. Default `deck.pdf`. */
  readonly out?: string;
  /** Add a page of speaker notes after each slide that has notes. Default false. */
  readonly notes?: boolean;
  /** A built site to print. Default: the deck built from `slidesDir`, rebuilt only when an input changed. */
  readonly distDir?: string;
  /** The deck folder to build when `distDir` is not given. Default `slides`. */
  readonly slidesDir?: string;
  /** The browser's executable. Default: CHROME_PATH, else an installed Chromium or Chrome. */
  readonly browserPath?: string;
  /** Called with a line for each step. Default: silent. */
  readonly onProgress?: (message: string) => void;
  /** How long to wait for the print layout and the charts, in ms. Default 60 s. */
  readonly timeout?: number;
}

export interface ExportResult {
  /** The absolute path of the PDF. */
  readonly file: string;
  readonly pages: number;
  readonly bytes: number;
  readonly slides: number;
}

/** Marks `<html data-pdf-ready>` when reveal says the print layout is done; installed before the page's scripts run. */
function listenForPdfReady(event: string): void {
  document.addEventListener(event, () => {
    document.documentElement.dataset.pdfReady = 'true';
  });
}

/** Waits until reveal's print layout is done, the charts show, and the fonts in use have loaded. */
async function waitForPrintView(page: Page, timeout: number): Promise<number> {
  await page
    .waitForFunction(() => document.documentElement.dataset.pdfReady === 'true', undefined, { timeout })
    .catch(() => {
      throw new ExportError(`reveal's print view did not finish within ${timeout / 1000} s (no pdf-ready event)`);
    });
  // The chart contract: the deck marks <html> with charts-ready once its charts show (drawn at build time, at once).
  await page
    .waitForFunction((mark) => document.documentElement.classList.contains(mark), READY_CLASS.charts, { timeout })
    .catch(() => {
      throw new ExportError(`the deck did not say its charts show (${READY_CLASS.charts}) within ${timeout / 1000} s`);
    });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(() => document.querySelectorAll('.pdf-page').length);
}

/** Builds (unless given a site), serves and prints the deck; the browser, server and temporary files are always cleaned up. */
export async function exportPdf({
  out = DEFAULT_PDF_FILE,
  notes = false,
  distDir,
  slidesDir = DEFAULT_SLIDES_DIR,
  browserPath,
  onProgress = () => {},
  timeout = 60_000,
}: ExportOptions = {}): Promise<ExportResult> {
  const file = resolve(out);
  await checkWritable(file, 'the PDF');
  const executablePath = browserPath ?? requireBrowser();

  const siteDir = distDir ?? (await builtSite(slidesDir, onProgress));
  const server = await serveStatic(siteDir, '/');
  try {
    onProgress(`starting ${executablePath}`);
    const browser = await launchBrowser({ executablePath });
    try {
      const page = await browser.newPage({ viewport: STAGE });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(listenForPdfReady, PDF_READY_EVENT);
      const query = notes ? `?${PRINT_PARAM}&showNotes=separate-page` : `?${PRINT_PARAM}`;
      onProgress(`laying out the slides for print${notes ? ' with notes' : ''}`);
      await page.goto(`${server.url}${query}`);
      const slides = await waitForPrintView(page, timeout).catch((error: unknown) => {
        throw errors.length > 0 && error instanceof Error
          ? new ExportError(`${error.message}; the page reported: ${errors.join('; ')}`)
          : error;
      });
      onProgress(`printing ${slides} slides`);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      onProgress(`writing ${file}`);
      await writeOutput(file, pdf, 'the PDF');
      return { file, pages: countPdfPages(pdf), bytes: pdf.byteLength, slides };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

/** The number of pages in a PDF written by Chromium (its page objects are plain, not in object streams). */
export function countPdfPages(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString('latin1').match(RE_PDF_PAGE)?.length ?? 0;
}
