/** Copies of our deck in temporary folders, for tests that break or change a deck, and small editors for its files. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { OUR_SLIDES_DIR } from './speech.ts';

/** A function that copies our deck into a new temporary folder (`…/slides`); every copy is removed after each test. */
export function useDeckCopies(): () => string {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-copy-'));
    folders.push(dir);
    cpSync(OUR_SLIDES_DIR, join(dir, 'slides'), { recursive: true });
    return join(dir, 'slides');
  };
}

/** A file of a deck folder. */
export function readDeckFile(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** Replaces text in a deck file; fails the test when the text is not there (the fixture changed). */
export function editDeckFile(dir: string, file: string, from: string | RegExp, to: string): void {
  const text = readDeckFile(dir, file);
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${file} has no ${String(from)}: the test's fixture needs updating`);
  writeFileSync(join(dir, file), changed);
}

/** The 1-based line of the first line of a deck file that contains `needle`. */
export function lineOf(dir: string, file: string, needle: string): number {
  const index = readDeckFile(dir, file)
    .split('\n')
    .findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`${file} has no line with ${needle}`);
  return index + 1;
}

/** The id a slide file declares. */
export function idOf(dir: string, file: string): string {
  return /^id: (.+)$/m.exec(readDeckFile(dir, file))![1]!;
}
