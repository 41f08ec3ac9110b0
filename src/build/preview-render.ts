/** Draws the link-preview image to PNG at build time, without a browser: resvg with a TrueType cut of our font. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { ASCII_PRINTABLE, readSourceFaces, readSourceFont } from './fonts.ts';
import { renderPreviewSvg, type PreviewText } from './preview-image.ts';

/** The family name inside fontsource's Noto Sans SC files, which resvg matches against. */
const SOURCE_FAMILY = 'Noto Sans SC';
/** What the preview may draw besides its own text (the ellipsis of a cut line). */
const EXTRA_CHARACTERS = `…${ASCII_PRINTABLE}`;

/**
 * Cuts every slice of one weight that holds some of `text` to TrueType and writes them into `dir`
 * (resvg-js 2.6 reads fonts only from files, and not woff2); returns the paths.
 */
async function writeFontCuts(weight: number, text: string, dir: string): Promise<string[]> {
  const wanted = [...new Set([...text + EXTRA_CHARACTERS].map((c) => c.codePointAt(0)!))];
  const paths: string[] = [];
  for (const face of await readSourceFaces(weight)) {
    const inFace = wanted.filter((cp) => face.ranges.some(([from, to]) => cp >= from && cp <= to));
    if (inFace.length === 0) continue;
    const cut = await subsetFont(await readSourceFont(face.file), String.fromCodePoint(...inFace), { targetFormat: 'truetype' });
    const path = join(dir, `${weight}-${paths.length}.ttf`);
    await writeFile(path, cut);
    paths.push(path);
  }
  return paths;
}

/** The title slide as a 1200×630 PNG, in the deck's font (no system font is used, so every machine draws the same). */
export async function renderPreviewPng(text: PreviewText): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'deck-preview-'));
  try {
    const fontFiles = [...(await writeFontCuts(700, text.title, dir)), ...(await writeFontCuts(400, `${text.kicker}${text.subtitle}`, dir))];
    const svg = renderPreviewSvg(text, SOURCE_FAMILY);
    const resvg = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: SOURCE_FAMILY }, logLevel: 'error' });
    return resvg.render().asPng();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
