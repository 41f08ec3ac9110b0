/** Reading a built deck: which files it has, which ones slide 1 needs, their gzip sizes, its font faces. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every file of a built site, relative to its folder. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path).map((f) => join(name, f)) : [name];
  });
}

/** The size of a file as a server would send it gzip-compressed (level 9). */
export function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** Attribute values of tags in the page that make the browser fetch something as it loads the page. */
const RE_PAGE_LOADS = [
  /<script\b[^>]*\bsrc="([^"]+)"/g,
  /<link\b[^>]*\brel="(?:stylesheet|modulepreload|preload)"[^>]*\bhref="([^"]+)"/g,
  /<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="(?:stylesheet|modulepreload|preload)"/g,
];

/** The files index.html makes the browser fetch before slide 1 can show (scripts, styles, preloads), and itself. */
export function filesForFirstSlide(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = RE_PAGE_LOADS.flatMap((re) => [...html.matchAll(re)].map((m) => m[1]!));
  return ['index.html', ...new Set(refs.map((ref) => relative('.', ref.replace(/^\.\//, ''))))];
}

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
