/** Prints the deck to PDF through headless Chromium and reveal's print view, modelled on Slidev's exporter. */
import { resolve } from 'node:path';
import { DEFAULT_PDF_FILE, DEFAULT_SLIDES_DIR, PDF_READY_EVENT, PRINT_PARAM, READY_CLASS, STAGE } from '../../src/contract/index.ts';
import { CHROMIUM_ARGS, requireBrowser } from './browser-path.ts';
import { type CdpPage, openCdpPage } from './cdp-page.ts';
import { launchCdpBrowser } from './cdp-pipe.ts';
import { checkWritable, ExportError, writeOutput } from './output-file.ts';
import { builtSite } from './site-cache.ts';
import { serveStatic } from './static-server.ts';

export { ExportError };

/** A page object in the PDF (not `/Pages`, the page tree). */
const RE_PDF_PAGE = /\/Type\s*\/Page(?![a-zA-Z])/g;
/** Besides the deck's usual flags, those of Playwright's that a print depends on: sRGB colours, no scrollbars, no throttling. */
const PRINT_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  '--force-color-profile=srgb',
  '--hide-scrollbars',
  '--disable-extensions',
  '--disable-dev-shm-usage',
  '--mute-audio',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
/**
 * In the page: resolves with the number of printed pages once reveal's print layout is done
 * (`data-pdf-ready`), the deck says its charts show (drawn at build time, they show at once) and
 * the fonts in use have loaded. Checked on every frame.
 */
const PRINT_VIEW_READY = `new Promise((resolve) => {
  const ready = () => document.documentElement.dataset.pdfReady === 'true' &&
    document.documentElement.classList.contains(${JSON.stringify(READY_CLASS.charts)});
  const check = () => (ready() ? document.fonts.ready.then(() => resolve(document.querySelectorAll('.pdf-page').length)) : requestAnimationFrame(check));
  check();
})`;
/** In the page: whether the print layout is done. */
const PRINT_VIEW_LAID_OUT = `document.documentElement.dataset.pdfReady === 'true'`;

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
function listenForPdfReady(event: string): string {
  return `document.addEventListener(${JSON.stringify(event)}, () => { document.documentElement.dataset.pdfReady = 'true'; });`;
}

/** Waits until reveal's print layout is done, the charts show, and the fonts in use have loaded; resolves with the page count. */
async function waitForPrintView(page: CdpPage, timeout: number): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), timeout);
  });
  try {
    const pages = await Promise.race([page.evaluate<number>(PRINT_VIEW_READY), expired]);
    if (pages !== 'expired') return pages;
  } finally {
    clearTimeout(timer);
  }
  if (!(await page.evaluate<boolean>(PRINT_VIEW_LAID_OUT)))
    throw new ExportError(`reveal's print view did not finish within ${timeout / 1000} s (no pdf-ready event)`);
  throw new ExportError(`the deck did not say its charts show (${READY_CLASS.charts}) within ${timeout / 1000} s`);
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

  // The browser starts while the site is looked up (or built) and served: neither waits for the other.
  onProgress(`starting ${executablePath}`);
  const opening = launchCdpBrowser(executablePath, PRINT_CHROMIUM_ARGS).then(async (browser) => ({
    browser,
    page: await openCdpPage(browser, STAGE).catch(async (error: unknown) => {
      await browser.close();
      throw error;
    }),
  }));
  try {
    const siteDir = distDir ?? (await builtSite(slidesDir, onProgress));
    const server = await serveStatic(siteDir, '/');
    try {
      const { page } = await opening;
      const errors = page.errors;
      await page.addInitScript(listenForPdfReady(PDF_READY_EVENT));
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
      await server.close();
    }
  } finally {
    // Closed however the export ended; a browser that failed to start has nothing to close.
    await opening.then(({ browser }) => browser.close()).catch(() => {});
  }
}

/** The number of pages in a PDF written by Chromium (its page objects are plain, not in object streams). */
export function countPdfPages(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString('latin1').match(RE_PDF_PAGE)?.length ?? 0;
}
