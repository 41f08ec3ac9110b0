/**
 * Finding the system Chromium and the flags it runs with, for the exporter and the tests. Kept apart
 * from Playwright (browser.ts) so that the exporter, which drives Chromium itself, does not load it.
 */
import { existsSync } from 'node:fs';
import { missingBrowserMessage } from './export-messages.ts';

/** Where a Chrome or Chromium may be installed, tried in order after CHROME_PATH. */
export const BROWSER_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

/**
 * Flags for headless Chromium on a build machine: no sandbox (tests run as root in CI), and no
 * background traffic (the machine has no internet; Chromium would otherwise keep trying).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
  '--font-render-hinting=none',
];

/** The browser to drive: CHROME_PATH, else the first installed candidate; undefined when there is none. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return BROWSER_CANDIDATES.find((path) => existsSync(path));
}

/** A browser is needed but none is installed where we look. */
export class MissingBrowserError extends Error {
  override name = 'MissingBrowserError';
}

/** The browser to drive, or a MissingBrowserError saying how to install one or set CHROME_PATH. */
export function requireBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const path = findBrowser(env);
  if (!path) throw new MissingBrowserError(missingBrowserMessage(env.CHROME_PATH || undefined, BROWSER_CANDIDATES));
  return path;
}
