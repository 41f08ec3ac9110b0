/** The command line of `npm run export`: parsed into options, or a usage error. Pure. */

import { DEFAULT_PDF_FILE } from '../../src/contract/index.ts';

/** Where the PDF goes when `--out` is not given (relative to the working folder). */
export const DEFAULT_OUT = DEFAULT_PDF_FILE;

/** How to call the exporter, shown with `--help` and after a wrong argument. */
export const USAGE = `usage: npm run export [-- --out FILE] [-- --notes] [-- --slides FOLDER]
  --out FILE       where to write the PDF (default ${DEFAULT_OUT})
  --slides FOLDER  the deck folder to export (default slides)
  --notes      add a page of speaker notes after each slide that has notes
  --help       show this text
environment: CHROME_PATH=<executable> picks the browser (default: /usr/bin/chromium or another installed Chrome)`;

/** What the command line asked for. */
export interface ExportArgs {
  readonly out: string;
  /** The deck folder, when given with `--slides`. */
  readonly slides?: string;
  readonly notes: boolean;
  readonly help: boolean;
}

/** A command line the exporter does not understand. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parses `--out FILE`, `--out=FILE`, `--notes`, `--help`; throws a UsageError naming the bad argument. */
export function parseExportArgs(argv: readonly string[]): ExportArgs {
  let out = DEFAULT_OUT;
  let notes = false;
  let help = false;
  let slides: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--notes') notes = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--out' || arg === '-o') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('-')) throw new UsageError(`${arg} needs a file name, e.g. ${arg} handout.pdf`);
      out = value;
    } else if (arg === '--slides') {
      slides = argv[++i];
      if (slides === undefined || slides.startsWith('-')) throw new UsageError('--slides needs a folder, e.g. --slides decks/my-meeting');
    } else if (arg.startsWith('--slides=')) {
      slides = arg.slice('--slides='.length);
      if (!slides) throw new UsageError('--slides= needs a folder, e.g. --slides=decks/my-meeting');
    } else if (arg.startsWith('--out=')) {
      out = arg.slice('--out='.length);
      if (!out) throw new UsageError('--out= needs a file name, e.g. --out=handout.pdf');
    } else throw new UsageError(`unknown argument "${arg}"`);
  }
  return { out, notes, help, ...(slides !== undefined ? { slides } : {}) };
}
