import { defineConfig } from 'vitest/config';

/**
 * Tests in real clients (Chromium, LibreOffice Impress and Writer, the Nu HTML checker) and
 * its byte budgets: slow, so apart from the unit tests; the Chromium tests share one build of the deck, made once.
 */
const BROWSER_TESTS = [
  'test/browser/**/*.test.ts',
  'test/pptx/**/*.test.ts',
  'test/office/**/*.test.ts',
  'test/budgets.test.ts',
  'test/valid-html.test.ts',
];
/** Unit tests that replace a module with `vi.mock`: they get a module graph of their own. */
const MOCKING_TESTS = ['test/build-errors.test.ts'];

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
          exclude: [...BROWSER_TESTS, ...MOCKING_TESTS],
          // Pure modules hold no state between files, so the files of a worker share one module graph:
          // importing the grammar, the charts and the readers once per worker, not once per file.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'unit-mocking', include: MOCKING_TESTS },
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
