/** `npm run export [-- --out FILE --notes]`: the deck as a PDF, one page per slide. */
import { resolveBuildOptions } from '../src/build/options.ts';
import { MissingBrowserError } from './lib/browser-path.ts';
import { parseExportArgs, USAGE, UsageError } from './lib/export-args.ts';
import { doneMessage } from './lib/export-messages.ts';
import { ExportError, exportPdf } from './lib/export-pdf.ts';

async function main(): Promise<number> {
  const started = performance.now();
  try {
    const args = parseExportArgs(process.argv.slice(2));
    if (args.help) {
      console.log(USAGE);
      return 0;
    }
    const result = await exportPdf({
      out: args.out,
      notes: args.notes,
      slidesDir: resolveBuildOptions(args.slides ? { slidesDir: args.slides } : {}).slidesDir,
      onProgress: (message) => console.error(`export: ${message}…`),
    });
    console.log(`${doneMessage(result)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`export: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof ExportError || error instanceof MissingBrowserError) {
      console.error(`export: ${error.message}`);
      return 1;
    }
    // A broken slide stops the build with its own message (file, line, what to do).
    console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await main();
