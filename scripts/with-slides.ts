/**
 * `npm run dev -- --slides <folder>` (and `build`, `preview`): takes `--slides <folder>` off the
 * command line, sets DECK_SLIDES=<folder> — the one way a deck folder is chosen — and runs the
 * rest of the command (vite, with its own options) with it. Plain vite rejects unknown options.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { BUILD_ENV } from '../src/build/options.ts';

/** The option this wrapper understands. */
export const SLIDES_OPTION = '--slides';

/** Splits `--slides <folder>` (or `--slides=<folder>`) from the other arguments, kept as given; throws when the folder is missing. */
export function takeSlidesOption(argv: readonly string[]): { slides?: string; rest: string[] } {
  // Not strict: every other argument is vite's, passed on untouched; only the `--slides` tokens are taken out.
  const { tokens } = parseArgs({
    args: [...argv],
    options: { slides: { type: 'string' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const taken = new Set<number>();
  let slides: string | undefined;
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name !== 'slides') continue;
    if (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-'))) {
      throw new Error(`${SLIDES_OPTION} needs a folder, e.g. ${SLIDES_OPTION} decks/my-meeting`);
    }
    slides = token.value;
    taken.add(token.index);
    if (!token.inlineValue) taken.add(token.index + 1);
  }
  const rest = argv.filter((_, index) => !taken.has(index));
  return slides !== undefined ? { slides, rest } : { rest };
}

function main(): void {
  let parsed: ReturnType<typeof takeSlidesOption>;
  try {
    parsed = takeSlidesOption(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const [command, ...args] = parsed.rest;
  if (!command) {
    console.error('usage: tsx scripts/with-slides.ts <command> [args…] [--slides <folder>]');
    process.exit(1);
  }
  if (parsed.slides !== undefined && !(existsSync(parsed.slides) && statSync(parsed.slides).isDirectory())) {
    console.error(`${parsed.slides}: no such folder: give a deck folder (speech.txt and *.md), e.g. one made by npm run import`);
    process.exit(1);
  }
  const env = parsed.slides !== undefined ? { ...process.env, [BUILD_ENV.slidesDir]: parsed.slides } : process.env;
  const child = spawn(command, args, { stdio: 'inherit', env });
  // Ctrl-C reaches the child through the terminal; pass on a kill from elsewhere.
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (error) => {
    console.error(`cannot run ${command}: ${error.message}`);
    process.exit(1);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
