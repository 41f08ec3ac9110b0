/** Reading a built deck: which files it has, which ones slide 1 needs, their gzip sizes, its font faces. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export { filesForFirstPaint, gzipSize, gzipTotal, listFiles, RE_DECK_FILE } from '../../scripts/lib/site-files.ts';

/** Each weight's characters, read from the built page's `@font-face` rules. */
export function fontCharacters(distDir: string): Map<number, Set<string>> {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const byWeight = new Map<number, Set<string>>();
  for (const [, weight, range] of html.matchAll(/font-weight:(\d+);[^}]*unicode-range:([^}]+)}/g)) {
    const set = byWeight.get(Number(weight)) ?? new Set<string>();
    for (const part of range!.split(',')) {
      const [from, to] = part
        .trim()
        .replace(/^U\+/i, '')
        .split('-')
        .map((h) => parseInt(h, 16));
      for (let cp = from!; cp <= (to ?? from!); cp++) set.add(String.fromCodePoint(cp));
    }
    byWeight.set(Number(weight), set);
  }
  return byWeight;
}
