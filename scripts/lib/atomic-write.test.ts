import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { writeFileAtomic } from './atomic-write.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atomic-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('replaces the file with the whole new content and leaves nothing else', async () => {
  const file = join(dir, 'deck.pdf');
  writeFileSync(file, 'old');
  await writeFileAtomic(file, new TextEncoder().encode('new content'));
  expect(readFileSync(file, 'utf8')).toBe('new content');
  expect(readdirSync(dir)).toEqual(['deck.pdf']);
});

test('when the rename fails, the temporary file is removed and the error comes through', async () => {
  // A non-empty folder at the target: the data is written, then rename() refuses.
  const target = join(dir, 'deck.pdf');
  mkdirSync(target);
  writeFileSync(join(target, 'keep'), 'x');
  await expect(writeFileAtomic(target, new Uint8Array(10))).rejects.toMatchObject({
    code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST)$/),
  });
  expect(readdirSync(dir)).toEqual(['deck.pdf']);
});

test('a missing folder fails before anything is written', async () => {
  await expect(writeFileAtomic(join(dir, 'nope', 'deck.pdf'), new Uint8Array(1))).rejects.toMatchObject({ code: 'ENOENT' });
  expect(readdirSync(dir)).toEqual([]);
});
