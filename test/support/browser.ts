/** Launching the system Chromium for tests, the exporter and the benchmark. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Where a Chrome or Chromium may be installed, tried in order after CHROME_PATH. */
export const BROWSER_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'];

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
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return BROWSER_CANDIDATES.find((path) => existsSync(path));
}

/** Launches headless Chromium; throws with how to install one when none is found. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findBrowser();
  if (!executablePath) {
    throw new Error('no Chrome or Chromium found: install one (Debian: apt-get install chromium) or set CHROME_PATH to its executable');
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, ...options });
}
