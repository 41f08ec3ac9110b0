/** Builds the deck once for all browser tests, into a temporary folder, and tells the tests where. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { buildDeckSite } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built deck (the slides/ folder), shared by the browser tests. */
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const outDir = mkdtempSync(join(tmpdir(), 'deck-dist-'));
  await buildDeckSite({ outDir });
  project.provide('distDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
