/** The deck's Chinese font, cut at build time into small files of exactly the glyphs the deck shows. */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { FONT_DIR, FONT_FAMILY } from '../contract/index.ts';
import type { FontGroup, Weight } from './font-groups.ts';

/**
 * Noto Sans SC as Google Fonts ships it: one TrueType-outline file per weight. TrueType outlines
 * embed in Chromium's PDFs as CID fonts (CFF-outline CJK fonts come out as Type 3), and one file
 * per weight lets each group of glyphs become a single font file.
 */
export const SOURCE_FONTS: Readonly<Record<Weight, string>> = {
  400: '400Regular/NotoSansSC_400Regular.ttf',
  700: '700Bold/NotoSansSC_700Bold.ttf',
};

export interface FontFile {
  readonly fileName: string;
  readonly source: Uint8Array;
  readonly group: FontGroup;
}

export interface BuiltFonts {
  /** `@font-face` rules pointing at `files`, relative to the page. */
  readonly css: string;
  readonly files: readonly FontFile[];
}

/**
 * OpenType features kept: kerning, composition, marks and the CJK punctuation spacing that
 * `text-spacing-trim` uses. Substitution-only glyphs (vertical forms, alternates) are left out: by
 * default harfbuzz keeps every glyph a feature could reach, which doubles a small subset.
 */
export const SUBSET_OPTIONS = {
  keepFeatures: ['kern', 'ccmp', 'locl', 'mark', 'mkmk', 'chws', 'halt', 'palt'],
  noLayoutClosure: true,
} as const;

const require = createRequire(import.meta.url);
/** The folder of the source fonts. */
export const SOURCE_FONT_DIR = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
const cacheDir = join(dirname(require.resolve('subset-font/package.json')), '..', '.cache', 'deck-fonts');
const memoryCache = new Map<string, Promise<Uint8Array>>();

const sha = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Memoised in memory and on disk: parsing a 10 MB font takes most of a second. The key covers the options. */
function cached(what: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const key = `${JSON.stringify(SUBSET_OPTIONS)}:${what}`;
  let result = memoryCache.get(key);
  if (!result) {
    const file = join(cacheDir, `${sha(key)}.bin`);
    result = readFile(file).catch(async () => {
      const made = await make();
      await mkdir(cacheDir, { recursive: true });
      await writeFile(file, made);
      return made;
    });
    memoryCache.set(key, result);
  }
  return result;
}

/** `U+4e00,U+4e09-4e0a`: the unicode-range that covers exactly these characters. */
export function unicodeRange(characters: string): string {
  const sorted = [...new Set([...characters].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
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
 * Makes one woff2 per group. Each weight is first cut to all of its groups' characters (one
 * slow pass over the full font), and the groups are then cut from that small font.
 */
export async function buildFonts(groups: readonly FontGroup[]): Promise<BuiltFonts> {
  const files: FontFile[] = [];
  for (const weight of Object.keys(SOURCE_FONTS).map(Number) as Weight[]) {
    const ofWeight = groups.filter((g) => g.weight === weight);
    if (ofWeight.length === 0) continue;
    const all = ofWeight.map((g) => g.characters).join('');
    const sourcePath = join(SOURCE_FONT_DIR, SOURCE_FONTS[weight]);
    const deckFont = await cached(`deck:${weight}:${all}`, async () =>
      subsetFont(await readFile(sourcePath), all, { ...SUBSET_OPTIONS, targetFormat: 'sfnt' }),
    );
    for (const group of ofWeight) {
      const source = await cached(`group:${sha(deckFont)}:${group.characters}`, () =>
        subsetFont(deckFont, group.characters, { ...SUBSET_OPTIONS, targetFormat: 'woff2' }),
      );
      files.push({ fileName: `${FONT_DIR}/deck-${weight}-${sha(source).slice(0, 10)}.woff2`, source, group });
    }
  }
  const css = files
    .map(
      ({ fileName, group }) =>
        `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${group.weight};font-display:block;` +
        `src:url(./${fileName}) format('woff2');unicode-range:${unicodeRange(group.characters)}}`,
    )
    .join('\n');
  return { css, files };
}
