/**
 * `npm run import -- <report> [--out <folder>] [--force]`: a meeting report of the genre, as text,
 * Word, PDF or a saved web page (read by src/input/), becomes a new deck folder (the report's
 * text as speech.txt in UTF-8, one .md file per slide). IO only: the
 * deck is made by src/import/, checked by the same build code as `vite build`, written into
 * a temporary folder next to the target and renamed into place, so a failure leaves nothing.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHARTS } from '../src/charts/index.ts';
import type { ChartDefinition } from '../src/charts/types.ts';
import { DEFAULT_DECKS_DIR } from '../src/contract/index.ts';
import { type DeckFile, type ImportResult, importReport } from '../src/import/index.ts';
import { InputError, type ReportText, readReportFile } from '../src/input/index.ts';
import { buildDeck } from '../src/slides/deck.ts';
import { SlideError } from '../src/slides/errors.ts';
import { SpeechError } from '../src/speech/index.ts';

/** How to call the importer, shown with every usage error. */
export const USAGE = 'usage: npm run import -- <report .txt/.docx/.pdf/.html> [--out <folder>] [--force]';
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

export interface ImportArgs {
  readonly input: string;
  readonly out: string;
  readonly force: boolean;
}

/** Reads the command line (after `--`). */
export function parseImportArgs(argv: readonly string[]): ImportArgs {
  let input: string | undefined;
  let out: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--force') force = true;
    else if (arg === '--out') {
      out = argv[++i];
      if (!out || out.startsWith('--')) throw new ImportError(`--out needs a folder name\n${USAGE}`);
    } else if (arg.startsWith('--')) throw new ImportError(`unknown option ${arg}\n${USAGE}`);
    else if (input) throw new ImportError(`one speech file at a time (got ${input} and ${arg})\n${USAGE}`);
    else input = arg;
  }
  if (!input) throw new ImportError(`which report? give the speech file\n${USAGE}`);
  return { input, out: out ?? join(DEFAULT_DECKS_DIR, basename(input, extname(input))), force };
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

/** `会议认为, 会议指出 ×3`: each verb once, in order, with its count when it repeats. */
function partCounts(verbs: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const verb of verbs) counts.set(verb, (counts.get(verb) ?? 0) + 1);
  return [...counts].map(([verb, n]) => `会议${verb}${n > 1 ? ` ×${n}` : ''}`).join(', ');
}

/** A one-paragraph account of what was found, for the terminal. */
export function describeImport(result: ImportResult): string {
  const { speech } = result;
  const lead = speech.lead;
  const found = [
    `headline "${speech.headline.text}"`,
    `lead (${[lead.date ? `date ${lead.date.text}` : 'no date', `${lead.speakers.length} speaker(s)`, `${lead.presiders.length} presider(s)`, `${lead.attendance.length} attending unit(s)`].join(', ')})`,
    speech.parts.length > 0 ? `parts ${partCounts(speech.parts.map((p) => p.verb))}` : 'no 会议… parts',
    `${speech.priorities.length} priorities marked ${speech.priorities[0]!.marker.text}…${speech.priorities.at(-1)!.marker.text}`,
    speech.attribution ? `attribution ${speech.attribution.text}` : 'no attribution',
  ];
  const lines = [`found: ${found.join('; ')}`];
  lines.push(`charts: ${result.charts.length > 0 ? result.charts.join(', ') : 'none'}`);
  for (const skipped of result.skippedCharts) lines.push(`  no ${skipped.name} chart: ${skipped.reason}`);
  for (const warning of result.warnings.slice(0, MAX_WARNINGS_SHOWN)) lines.push(`warning: ${warning}`);
  if (result.warnings.length > MAX_WARNINGS_SHOWN) lines.push(`… and ${result.warnings.length - MAX_WARNINGS_SHOWN} more warnings`);
  return lines.join('\n');
}

export interface RunOptions {
  readonly charts?: Readonly<Record<string, ChartDefinition>>;
  readonly log?: (line: string) => void;
  readonly error?: (line: string) => void;
  readonly writeFile?: WriteFile;
}

/** Runs the importer; resolves to the exit code. */
export async function runImport(argv: readonly string[], options: RunOptions = {}): Promise<number> {
  const { charts = CHARTS, log = console.log, error = console.error } = options;
  try {
    const args = parseImportArgs(argv);
    if (existsSync(args.out) && !args.force)
      throw new ImportError(`${args.out} already exists: choose another --out, or add --force to replace it`);
    const report = await readReport(args.input);
    let result: ImportResult;
    try {
      result = importReport(report.text, { charts });
    } catch (e) {
      if (e instanceof SpeechError) throw new ImportError(`${args.input}${e.line !== undefined ? `:${e.line}` : ''}: ${e.message}`);
      throw e;
    }
    try {
      checkDeck(result, charts);
    } catch (e) {
      if (e instanceof SlideError)
        throw new ImportError(
          `the generated deck does not build (${e.message}); nothing was written. Please report this with the speech file`,
        );
      throw e;
    }
    writeDeckFolder(args.out, result.files, args.force, options.writeFile);
    const shown = args.out;
    log(`imported ${args.input} → ${shown} (${result.files.length - 1} slides and speech.txt)`);
    for (const line of describeReading(args.input, report)) log(line);
    log(describeImport(result));
    log(`next: npm run dev -- --slides ${shown}    (or DECK_SLIDES=${shown} npm run dev)`);
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
