/**
 * `npm run import -- <report> [--out <folder>] [--force] [--dry-run]`: a meeting report of the genre,
 * as text, Word, PDF or a saved web page (read by src/input/), becomes a new deck folder (the
 * report's text as speech.txt in UTF-8, one .md file per slide). IO only: the deck is made by
 * src/import/, checked by the same build code as `vite build`, written into a temporary folder next
 * to the target and renamed into place, so a failure leaves nothing. What was found in the report
 * is printed first, so the presenter can check it; `--dry-run` stops there.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CHARTS } from '../src/charts/index.ts';
import type { ChartDefinition } from '../src/charts/types.ts';
import { DEFAULT_DECKS_DIR } from '../src/contract/index.ts';
import { type DeckFile, describeOutline, type ImportResult, importReport, outlineOf } from '../src/import/index.ts';
import { InputError, type ReportText, readReportFile } from '../src/input/index.ts';
import { buildDeck } from '../src/slides/deck.ts';
import { SlideError } from '../src/slides/errors.ts';
import { SpeechError } from '../src/speech/index.ts';

/** How to call the importer, shown with every usage error. */
export const USAGE = 'usage: npm run import -- <report .txt/.docx/.pdf/.html> [--out <folder>] [--force] [--dry-run]';
/** Where a deck goes when `--out` is not given: decks/<name of the speech file>. */
export { DEFAULT_DECKS_DIR } from '../src/contract/index.ts';

/** The most warnings printed one by one. */
const MAX_WARNINGS_SHOWN = 10;

/** A problem the user can fix: the message says which file, where, and what to do. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** The command line, read: the report, where the deck goes, and what may be done. */
export interface ImportArgs {
  readonly input: string;
  readonly out: string;
  readonly force: boolean;
  /** Print what was found in the report, and write nothing. */
  readonly dryRun: boolean;
}

/** The options the command takes. */
const OPTIONS = { out: { type: 'string' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' } } as const;

/** What is wrong with the command line, from parseArgs' error, in the command's words. */
function argumentProblem(error: Error & { code?: string }): string {
  const option = /'(--?[\w-]+)/.exec(error.message)?.[1] ?? 'an option';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return option === '--out' ? '--out needs a folder name' : `${option} takes no value`;
  return error.message;
}

/** Reads the command line (after `--`). */
export function parseImportArgs(argv: readonly string[]): ImportArgs {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ImportError(`${argumentProblem(error as Error & { code?: string })}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new ImportError(`one report at a time (got ${positionals.join(' and ')})\n${USAGE}`);
  const [input] = positionals;
  if (!input) throw new ImportError(`which report? give the report's file\n${USAGE}`);
  if (values.out !== undefined && (values.out === '' || values.out.startsWith('--')))
    throw new ImportError(`--out needs a folder name\n${USAGE}`);
  return {
    input,
    out: values.out ?? join(DEFAULT_DECKS_DIR, basename(input, extname(input))),
    force: values.force ?? false,
    dryRun: values['dry-run'] ?? false,
  };
}

/** Reads the report in whichever format it comes (src/input/); an unreadable file is the user's to fix. */
async function readReport(path: string): Promise<ReportText> {
  try {
    return await readReportFile(path);
  } catch (e) {
    if (e instanceof InputError) throw new ImportError(e.message);
    throw e;
  }
}

/** How the report was read, and what the reader left out, for the terminal. */
function describeReading(path: string, report: ReportText): string[] {
  const how = [report.format, report.encoding].filter(Boolean).join(', ');
  return [`read ${path} (${how})`, ...report.warnings.map((w) => `warning: ${w}`)];
}

/** Builds the generated deck with the build's own code, so a deck that would not build is never written. */
function checkDeck(result: ImportResult, charts: Readonly<Record<string, ChartDefinition>>): void {
  const [speech, ...slides] = result.files;
  buildDeck({
    speech: { file: speech!.name, source: speech!.content },
    slides: slides.map((f) => ({ file: f.name, source: f.content })),
    charts,
    assetExists: () => false,
  });
}

/** The file writer, replaceable in tests to fail part-way. */
export type WriteFile = (path: string, content: string) => void;

/**
 * Writes the files into `out` atomically: into a temporary sibling folder, then renamed.
 * An existing `out` is replaced only with `force`, and only once the new deck is complete.
 */
export function writeDeckFolder(
  out: string,
  files: readonly DeckFile[],
  force: boolean,
  writeFile: WriteFile = (p, c) => writeFileSync(p, c),
): void {
  const target = resolve(out);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new ImportError(`${out} exists and is a file: choose another --out`);
    if (!force) throw new ImportError(`${out} already exists: choose another --out, or add --force to replace it`);
  }
  const parent = dirname(target);
  const createdParent = mkdirSync(parent, { recursive: true });
  const temporary = mkdtempSync(join(parent, `.${basename(target)}.importing-`));
  try {
    for (const file of files) writeFile(join(temporary, file.name), file.content);
    if (existsSync(target)) {
      const replaced = `${temporary}.replaced`;
      renameSync(target, replaced);
      try {
        renameSync(temporary, target);
      } catch (error) {
        renameSync(replaced, target);
        throw error;
      }
      rmSync(replaced, { recursive: true, force: true });
    } else {
      renameSync(temporary, target);
    }
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    if (createdParent) rmSync(createdParent, { recursive: true, force: true });
    throw error;
  }
}

/** What the import found and made, for the terminal: the outline first, then the charts and the warnings of drafting. */
export function describeImport(result: ImportResult): string[] {
  const speechWarnings = new Set(result.speech.warnings.map((w) => `line ${w.line}: ${w.message}`));
  const drafting = result.warnings.filter((w) => !speechWarnings.has(w));
  return [
    ...describeOutline(outlineOf(result.speech)).map((line) => `  ${line}`),
    `  charts: ${result.charts.length > 0 ? result.charts.join(', ') : 'none'}`,
    ...result.skippedCharts.map((skipped) => `    no ${skipped.name} chart: ${skipped.reason}`),
    ...drafting.slice(0, MAX_WARNINGS_SHOWN).map((w) => `  warning: ${w}`),
    ...(drafting.length > MAX_WARNINGS_SHOWN ? [`  … and ${drafting.length - MAX_WARNINGS_SHOWN} more warnings`] : []),
  ];
}

/** What a test may replace: the chart registry, where lines go, how files are written. */
export interface RunOptions {
  readonly charts?: Readonly<Record<string, ChartDefinition>>;
  readonly log?: (line: string) => void;
  readonly error?: (line: string) => void;
  readonly writeFile?: WriteFile;
}

/** Parses the report and drafts the deck; a report that cannot be read is an ImportError naming the file and line. */
function importFile(input: string, source: string, charts: Readonly<Record<string, ChartDefinition>>): ImportResult {
  try {
    return importReport(source, { charts });
  } catch (e) {
    if (e instanceof SpeechError) throw new ImportError(`${input}${e.line !== undefined ? `:${e.line}` : ''}: ${e.message}`);
    throw e;
  }
}

/** Runs the importer; resolves to the exit code. */
export async function runImport(argv: readonly string[], options: RunOptions = {}): Promise<number> {
  const { charts = CHARTS, log = console.log, error = console.error } = options;
  try {
    const args = parseImportArgs(argv);
    const report = await readReport(args.input);
    const result = importFile(args.input, report.text, charts);
    for (const line of describeReading(args.input, report)) log(line);
    log(`found in ${args.input}:`);
    for (const line of describeImport(result)) log(line);
    if (args.dryRun) {
      log(`dry run: ${result.files.length - 1} slides would be written to ${args.out}; nothing was written`);
      return 0;
    }
    if (existsSync(args.out) && !args.force)
      throw new ImportError(`${args.out} already exists: choose another --out, or add --force to replace it`);
    try {
      checkDeck(result, charts);
    } catch (e) {
      if (e instanceof SlideError)
        throw new ImportError(
          `the generated deck does not build (${e.message}); nothing was written. Please report this with the report's file`,
        );
      throw e;
    }
    writeDeckFolder(args.out, result.files, args.force, options.writeFile);
    log(`imported ${args.input} → ${args.out} (${result.files.length - 1} slides and speech.txt)`);
    log(`next: npm run dev -- --slides ${args.out}    (or DECK_SLIDES=${args.out} npm run dev)`);
    return 0;
  } catch (e) {
    if (e instanceof ImportError) {
      error(`import: ${e.message}`);
      return 1;
    }
    error(`import: ${(e as Error).message}`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  runImport(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
