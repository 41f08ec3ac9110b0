/** Launching the system Chromium through Playwright, for the tests and the benchmark. */
import { type Browser, chromium, type LaunchOptions } from 'playwright-core';
import { CHROMIUM_ARGS, requireBrowser } from './browser-path.ts';

export * from './browser-path.ts';

/** Launches headless Chromium (default: the one `requireBrowser` finds). */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: options.executablePath ?? requireBrowser(), headless: true, args: CHROMIUM_ARGS, ...options });
}
