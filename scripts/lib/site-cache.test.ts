import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { PROJECT_ROOT } from './project.ts';
import { siteKey } from './site-cache.ts';

const deck = mkdtempSync(join(tmpdir(), 'deck-key-'));
afterAll(() => rmSync(deck, { recursive: true, force: true }));

test('the site key follows every byte of the deck folder, and nothing else changes it', () => {
  const folder = relative(PROJECT_ROOT, deck);
  writeFileSync(join(deck, 'speech.txt'), '标题\n\n正文');
  writeFileSync(join(deck, '01-a.md'), '---\nid: a\nlayout: title\n---\n# 标题\n');
  const first = siteKey(folder);
  expect(siteKey(folder)).toBe(first);
  writeFileSync(join(deck, '01-a.md'), '---\nid: a\nlayout: title\n---\n# 标题！\n');
  const changed = siteKey(folder);
  expect(changed).not.toBe(first);
  writeFileSync(join(deck, '02-b.md'), '---\nid: b\nlayout: title\n---\n# 乙\n');
  expect(siteKey(folder)).not.toBe(changed);
});

test("the site key follows the deck's public address, which puts a QR code on the closing slide", () => {
  const folder = relative(PROJECT_ROOT, deck);
  writeFileSync(join(deck, 'speech.txt'), '标题\n\n正文');
  expect(siteKey(folder, 'https://example.org/d/')).not.toBe(siteKey(folder));
  expect(siteKey(folder, 'https://example.org/d/')).not.toBe(siteKey(folder, 'https://example.org/e/'));
  expect(siteKey(folder, undefined)).toBe(siteKey(folder));
});
