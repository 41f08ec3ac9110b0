/** Launching the system Chromium: the exporter's own code, re-exported for tests. */
export * from '../../scripts/lib/browser.ts';
