/** The command line of `npm run present`: parsed with node:util's parseArgs into options, or a usage error. */
import { parseArgs } from 'node:util';
import { DEFAULT_SLIDES_DIR } from '../../src/contract/index.ts';
import { parsePaceNumber, RATE_RANGE, TARGET_MINUTES_RANGE } from '../../src/pace/plan.ts';

/** The port the deck is served on when `--port` is not given: the same each time, so a firewall rule keeps working. */
export const DEFAULT_PORT = 4180;

/** How to call `present`, shown with `--help` and after a wrong argument. */
export const USAGE = `usage: npm run present [-- --port N] [-- --host ADDRESS] [-- --slides FOLDER] [-- --duration MINUTES] [-- --rate N]
  --port N            the port to serve on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host ADDRESS      the address to serve on (default: this computer's address on the local network)
  --slides FOLDER     the deck folder to present (default ${DEFAULT_SLIDES_DIR})
  --duration MINUTES  the talk's target length, for the pace on the remote (${TARGET_MINUTES_RANGE.min}-${TARGET_MINUTES_RANGE.max})
  --rate N            the speaking rate in characters per minute, for the pace (${RATE_RANGE.min}-${RATE_RANGE.max}, default 220)
  --help              show this text`;

/** What the command line asked for. */
export interface PresentArgs {
  readonly port: number;
  readonly host?: string;
  readonly slides?: string;
  readonly targetMinutes?: number;
  readonly rate?: number;
  readonly help: boolean;
}

/** A command line `present` does not understand. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A number option's value, or a UsageError saying what it must be. */
function numberOption(name: string, text: string | undefined, range: { readonly min: number; readonly max: number }): number | undefined {
  if (text === undefined) return undefined;
  const value = parsePaceNumber(text, range);
  if (value === undefined) throw new UsageError(`--${name} must be a number from ${range.min} to ${range.max}, not "${text}"`);
  return value;
}

/** Parses the arguments after `npm run present --`; throws a UsageError naming the bad one. */
export function parsePresentArgs(argv: readonly string[]): PresentArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        slides: { type: 'string' },
        duration: { type: 'string' },
        rate: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // parseArgs names the argument it does not know, or the option that lacks its value.
    throw new UsageError((error as Error).message);
  }
  const text = (name: string): string | undefined => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const port = text('port') === undefined ? DEFAULT_PORT : Number(text('port'));
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UsageError(`--port must be a port number (0 to 65535), not "${text('port')}"`);
  if (text('host') === '') throw new UsageError('--host needs an address, e.g. --host 192.168.1.20');
  if (text('slides') === '') throw new UsageError('--slides needs a folder, e.g. --slides decks/my-meeting');
  const targetMinutes = numberOption('duration', text('duration'), TARGET_MINUTES_RANGE);
  const rate = numberOption('rate', text('rate'), RATE_RANGE);
  return {
    port,
    help: values.help === true,
    ...(text('host') !== undefined ? { host: text('host')! } : {}),
    ...(text('slides') !== undefined ? { slides: text('slides')! } : {}),
    ...(targetMinutes !== undefined ? { targetMinutes } : {}),
    ...(rate !== undefined ? { rate } : {}),
  };
}
