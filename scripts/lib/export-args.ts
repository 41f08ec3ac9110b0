/** The command line of `npm run export`: parsed (node:util parseArgs) into options, or a usage error. Pure. */
import { parseArgs } from 'node:util';
import { DEFAULT_PDF_FILE, DEFAULT_PPTX_FILE } from '../../src/contract/index.ts';

/** The formats the exporter writes, and the file each writes when `--out` is not given. */
export const FORMATS = { pdf: DEFAULT_PDF_FILE, pptx: DEFAULT_PPTX_FILE } as const;
export type ExportFormat = keyof typeof FORMATS;

/** Where the PDF goes when neither `--format` nor `--out` is given (relative to the working folder). */
export const DEFAULT_OUT = DEFAULT_PDF_FILE;

/** How to call the exporter, shown with `--help` and after a wrong argument. */
export const USAGE = `usage: npm run export [-- --format pdf|pptx] [-- --out FILE] [-- --notes] [-- --slides FOLDER]
  --format pdf|pptx  pdf: one page per slide (default); pptx: a PowerPoint file to edit, with notes
  --out FILE         where to write it (default ${FORMATS.pdf}, or ${FORMATS.pptx} for pptx)
  --slides FOLDER    the deck folder to export (default slides)
  --notes            PDF only: add a page of speaker notes after each slide that has notes
  --help             show this text
environment: CHROME_PATH=<executable> picks the browser for the PDF (default: /usr/bin/chromium or another installed Chrome)`;

/** What the command line asked for. */
export interface ExportArgs {
  readonly format: ExportFormat;
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

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  slides: { type: 'string' },
  notes: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** What each option's value looks like, for the message when it is missing. */
const EXAMPLES: Readonly<Record<string, string>> = {
  format: 'a format, e.g. --format pptx',
  out: 'a file name, e.g. --out handout.pdf',
  slides: 'a folder, e.g. --slides decks/my-meeting',
};

/** What parseArgs' messages quote: the argument it refused. */
const RE_QUOTED = /'([^']*)'/;
/** The long name of an option in parseArgs' messages (`'-o, --out <value>'`). */
const RE_LONG_OPTION = /--([\w-]+)/;

/** parseArgs' error → our usage error, in our words. */
function usageErrorOf(error: unknown): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const name = RE_LONG_OPTION.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && EXAMPLES[name]) return new UsageError(`--${name} needs ${EXAMPLES[name]}`);
  const argument = RE_QUOTED.exec(message)?.[1] ?? message;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new UsageError(`--${name} takes no value`);
  return new UsageError(`unknown argument "${argument}"`);
}

function isFormat(value: string): value is ExportFormat {
  return Object.hasOwn(FORMATS, value);
}

/** Parses the command line; throws a UsageError naming the bad argument and what it needs. */
export function parseExportArgs(argv: readonly string[]): ExportArgs {
  let values: { format?: string; out?: string; slides?: string; notes?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw usageErrorOf(error);
  }
  for (const [name, example] of Object.entries(EXAMPLES)) {
    const value = values[name as keyof typeof EXAMPLES & keyof typeof values];
    if (value === '' || (typeof value === 'string' && value.startsWith('-'))) throw new UsageError(`--${name} needs ${example}`);
  }
  const format = values.format ?? 'pdf';
  if (!isFormat(format)) throw new UsageError(`unknown format "${format}": use --format pdf or --format pptx`);
  if (values.notes && format !== 'pdf') throw new UsageError('--notes is for the PDF: a PowerPoint file always carries the notes');
  return {
    format,
    out: values.out ?? FORMATS[format],
    notes: values.notes ?? false,
    help: values.help ?? false,
    ...(values.slides !== undefined ? { slides: values.slides } : {}),
  };
}
