/** `npm run export [-- --format pdf|pptx --out FILE --notes --slides FOLDER]`: the deck as a PDF or a PowerPoint file. */
import { resolveBuildOptions } from '../src/build/options.ts';
import { SlideError } from '../src/slides/errors.ts';
import { MissingBrowserError } from './lib/browser-path.ts';
import { type ExportArgs, parseExportArgs, USAGE, UsageError } from './lib/export-args.ts';
import { doneMessage } from './lib/export-messages.ts';
import { ExportError } from './lib/output-file.ts';

const onProgress = (message: string): void => console.error(`export: ${message}…`);

/**
 * Runs the export the arguments ask for; returns what was written. Each format's code is loaded only
 * when that format is asked for: the PowerPoint writer alone takes longer to load than a PDF to print.
 */
async function run(args: ExportArgs): Promise<{ file: string; pages: number; bytes: number }> {
  const slidesDir = resolveBuildOptions(args.slides ? { slidesDir: args.slides } : {}).slidesDir;
  if (args.format === 'pptx') {
    const { exportPptx } = await import('./lib/export-pptx.ts');
    return exportPptx({ out: args.out, slidesDir, onProgress });
  }
  const { exportPdf } = await import('./lib/export-pdf.ts');
  return exportPdf({ out: args.out, notes: args.notes, slidesDir, onProgress });
}

async function main(): Promise<number> {
  const started = performance.now();
  try {
    const args = parseExportArgs(process.argv.slice(2));
    if (args.help) {
      console.log(USAGE);
      return 0;
    }
    const result = await run(args);
    const unit = args.format === 'pptx' ? 'slide' : 'page';
    console.log(`${doneMessage(result, unit)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`export: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof ExportError || error instanceof MissingBrowserError || error instanceof SlideError) {
      // A broken slide stops the export with its own message (file, line, what to do).
      console.error(`export: ${error.message}`);
      return 1;
    }
    console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await main();
