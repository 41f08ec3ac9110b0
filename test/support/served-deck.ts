/** The built deck served from a sub-path and a headless Chromium, for one browser test file. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

/** What a browser test drives: the server of the shared build, and the browser. Set before the file's tests run. */
export interface ServedDeck {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/** Serves the shared build at `mount` and launches a browser before the file's tests; closes both after them. */
export function useServedDeck(mount = '/some/path/deck/'): ServedDeck {
  const served = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    served.server = await serveStatic(inject('distDir'), mount);
    served.browser = await launchBrowser();
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}
