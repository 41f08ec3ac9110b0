import { defineConfig } from 'vitest/config';

/**
 * Tests of the built deck (in Chromium, the byte budgets and the HTML check of the build): they
 * share one build of the deck, made once before any of them runs.
 */
const BROWSER_TESTS = ['test/browser/**/*.test.ts', 'test/budgets.test.ts', 'test/valid-html.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: one Chromium per worker is what the machine holds without starving the build.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: BROWSER_TESTS,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER_TESTS,
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
    ],
  },
});
