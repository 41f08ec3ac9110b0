/**
 * Reading a built site: its files, their gzip sizes, and which of them slide 1's first paint waits for.
 * Shared by the benchmark and the budget tests, so both count the same bytes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The built page. */
export const PAGE_FILE = 'index.html';
/** The files that make up the deck a browser can download (the whole-deck budget counts these). */
export const RE_DECK_FILE = /\.(html|js|css|woff2|svg)$/;

/**
 * Tags that make the browser fetch something as it loads the page, scripts aside: style sheets (they
 * block rendering), preloaded fonts (text in a `font-display: block` face stays invisible until they
 * arrive) and the icon; not what the page holds as `data:` URLs, nor a `disabled` sheet (fetched
 * only once a script enables it). Slide 1 is laid out by HTML and CSS alone; the deck writes its
 * style sheet and slide 1's glyphs into the page, so for it this finds the icon only.
 */
const RE_FIRST_PAINT_LOADS = [
  /<link\b(?=[^>]*\brel="stylesheet")(?![^>]*\bmedia="print")(?![^>]*\bdisabled\b)[^>]*\bhref="(?!data:)([^"]+)"/g,
  /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="font")[^>]*\bhref="(?!data:)([^"]+)"/g,
  /<link\b(?=[^>]*\brel="icon")[^>]*\bhref="(?!data:)([^"]+)"/g,
];

/** Every file of a built site, relative to its folder, with `/` separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path).map((f) => posix.join(name, f)) : [name];
  });
}

/** The size of a file as a server would send it gzip-compressed (level 9). */
export function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** The sum of the gzip sizes of files of a site. */
export function gzipTotal(siteDir: string, files: readonly string[]): number {
  return files.reduce((total, file) => total + gzipSize(join(siteDir, file)), 0);
}

/**
 * What a browser fetches to show slide 1 without running the deck's script: the page, its style
 * sheets, its icon and the font files it preloads, relative to the site. A browser test checks that
 * these are exactly the files fetched when the page loads with its script blocked.
 */
export function filesForFirstPaint(siteDir: string): string[] {
  const html = readFileSync(join(siteDir, PAGE_FILE), 'utf8');
  const refs = RE_FIRST_PAINT_LOADS.flatMap((re) => [...html.matchAll(re)].map((m) => m[1]!));
  return [PAGE_FILE, ...new Set(refs.map((ref) => posix.normalize(ref.replace(/^\.\//, ''))))];
}
