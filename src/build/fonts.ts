/** The deck's Chinese font, cut at build time to the characters the deck shows. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

/** The family name the theme uses; it never matches a system font, so no system font is ever picked instead. */
export const FONT_FAMILY = 'Deck Sans SC';
/** Where the built page finds the font files, relative to the page. */
export const FONT_DIR = 'assets/fonts';
/** Printable ASCII: always in the subset, for page numbers, URLs and reveal's help screen. */
export const ASCII_PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

const RE_FACE = /@font-face\s*{([^}]*)}/g;
const RE_FILE = /url\(\.\/files\/([^)]+\.woff2)\)/;
const RE_RANGE = /unicode-range:\s*([^;]+);/;

export interface FontFile {
  readonly fileName: string;
  readonly source: Uint8Array;
}

export interface BuiltFonts {
  /** `@font-face` rules pointing at `files`, relative to the page. */
  readonly css: string;
  readonly files: readonly FontFile[];
}

/** One unicode-range slice of the source font. */
export interface SourceFace {
  readonly file: string;
  readonly ranges: readonly (readonly [number, number])[];
}

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
const subsetCache = new Map<string, Promise<Uint8Array>>();

/** The source faces of one weight: fontsource ships Noto Sans SC in ~100 unicode-range slices. */
export async function readSourceFaces(weight: number): Promise<SourceFace[]> {
  const css = await readFile(join(packageDir, `${weight}.css`), 'utf8');
  return [...css.matchAll(RE_FACE)].map(([, block]) => ({
    file: RE_FILE.exec(block!)![1]!,
    ranges: RE_RANGE.exec(block!)![1]!.split(',').map((range) => {
      const [from, to] = range.trim().replace(/^U\+/i, '').split('-').map((hex) => parseInt(hex, 16));
      return [from!, to ?? from!] as const;
    }),
  }));
}

/** The bytes of one source slice (woff2). */
export function readSourceFont(file: string): Promise<Buffer> {
  return readFile(join(packageDir, 'files', file));
}

/** `U+4e00,U+4e09-4e0a`: the unicode-range that covers exactly these code points. */
export function unicodeRange(codePoints: readonly number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i++;
    const to = sorted[i]!;
    parts.push(from === to ? `U+${from.toString(16)}` : `U+${from.toString(16)}-${to.toString(16)}`);
  }
  return parts.join(',');
}

/**
 * Cuts each weight of the font to the characters shown in it. Each fontsource slice that
 * holds some of them becomes one small woff2 whose unicode-range lists exactly those characters.
 */
export async function buildFonts(textByWeight: ReadonlyMap<number, string>): Promise<BuiltFonts> {
  const rules: string[] = [];
  const files: FontFile[] = [];
  for (const [weight, text] of textByWeight) {
    const wanted = [...new Set([...text + ASCII_PRINTABLE].map((c) => c.codePointAt(0)!))];
    const faces = await readSourceFaces(weight);
    for (const face of faces) {
      const inFace = wanted.filter((cp) => face.ranges.some(([from, to]) => cp >= from && cp <= to));
      if (inFace.length === 0) continue;
      const chars = String.fromCodePoint(...inFace);
      const key = `${face.file}:${chars}`;
      let subset = subsetCache.get(key);
      if (!subset) {
        subset = readSourceFont(face.file).then((font) => subsetFont(font, chars, { targetFormat: 'woff2' }));
        subsetCache.set(key, subset);
      }
      const source = await subset;
      const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
      const fileName = `${FONT_DIR}/deck-${weight}-${hash}.woff2`;
      files.push({ fileName, source });
      rules.push(
        `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${weight};font-display:block;` +
          `src:url(./${fileName}) format('woff2');unicode-range:${unicodeRange(inFace)}}`,
      );
    }
  }
  return { css: rules.join('\n'), files };
}
