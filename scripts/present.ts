/**
 * `npm run present`: serves the deck on the local network with a phone remote. Prints the deck's
 * link and the remote's link first, then the remote's link as a QR code to scan; builds the deck
 * when needed while the links are already up (pages wait for the build).
 */
import { randomBytes } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import { resolveBuildOptions } from '../src/build/options.ts';
import { pickLanAddress } from './lib/lan-address.ts';
import { type PresentArgs, parsePresentArgs, USAGE, UsageError } from './lib/present-args.ts';
import { type PresentServer, startPresentServer } from './lib/present-server.ts';
import { builtSite } from './lib/site-cache.ts';

/** A problem that stops `present`, with what to do about it. */
class PresentError extends Error {
  override name = 'PresentError';
}

/** Where to serve: the address asked for, or this computer's address on the local network. */
function hostFor(args: PresentArgs): string {
  const host = args.host ?? pickLanAddress(networkInterfaces());
  if (!host) {
    throw new PresentError(
      'this computer is on no local network, so phones cannot reach it: join the room’s network (Wi-Fi or cable), or pass --host 127.0.0.1 to present on this computer only',
    );
  }
  return host;
}

async function listen(args: PresentArgs, site: Promise<string>): Promise<PresentServer> {
  const host = hostFor(args);
  try {
    return await startPresentServer({
      site,
      host,
      port: args.port,
      // A new secret for each run: a remote link from an earlier talk drives nothing.
      token: randomBytes(18).toString('base64url'),
      settings: {
        ...(args.rate !== undefined ? { rate: args.rate } : {}),
        ...(args.targetMinutes !== undefined ? { targetMinutes: args.targetMinutes } : {}),
      },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new PresentError(`port ${args.port} is in use: pass --port <another>, or --port 0 for any free one`);
    if (code === 'EADDRNOTAVAIL')
      throw new PresentError(`${host} is not an address of this computer: pass --host with one of its addresses`);
    throw error;
  }
}

async function main(): Promise<number> {
  let args: PresentArgs;
  try {
    args = parsePresentArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`present: ${error.message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const { slidesDir } = resolveBuildOptions(args.slides !== undefined ? { slidesDir: args.slides } : {});
  // The build starts once the links are printed: they come first, and pages asked for meanwhile wait for it.
  let startBuild: () => void = () => undefined;
  const site = new Promise<void>((resolve) => {
    startBuild = resolve;
  }).then(() => builtSite(slidesDir, (message) => console.log(`present: ${message}…`)));
  site.catch(() => undefined);
  let server: PresentServer;
  try {
    server = await listen(args, site);
  } catch (error) {
    if (!(error instanceof PresentError)) throw error;
    console.error(`present: ${error.message}`);
    return 1;
  }
  // The two links come first, exactly so: tools and people read them from the top.
  console.log(`deck: ${server.deckUrl}`);
  console.log(`remote: ${server.remoteUrl}`);
  console.log(await QRCode.toString(server.remoteUrl, { type: 'terminal', small: true }));
  startBuild();
  try {
    await site;
  } catch (error) {
    console.error(`present: the deck did not build: ${error instanceof Error ? error.message : String(error)}`);
    await server.close();
    return 1;
  }
  console.log('present: ready. Open the deck link on the projector’s computer and the remote link on your phone; Ctrl+C stops.');
  await new Promise<void>((resolve) => process.once('SIGINT', resolve).once('SIGTERM', resolve));
  await server.close();
  return 0;
}

process.exitCode = await main();
