/** Draws the link-preview image to PNG at build time, without a browser: resvg with a TrueType cut of our font. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { ASCII_PRINTABLE } from './font-groups.ts';
import { SOURCE_FONT_DIR, SOURCE_FONTS, SUBSET_OPTIONS } from './fonts.ts';
import { type PreviewText, renderPreviewSvg } from './preview-image.ts';

/** The family name inside the Noto Sans SC files, which resvg matches against. */
const SOURCE_FAMILY = 'Noto Sans SC';
/** What the preview may draw besides its own text (the ellipsis of a cut line). */
const EXTRA_CHARACTERS = `…${ASCII_PRINTABLE}`;

/**
 * Cuts one weight of the font to `text` as TrueType and writes it into `dir` (resvg-js 2.6 reads
 * fonts only from files, and not woff2); returns the path.
 */
async function writeFontCuts(weight: 400 | 700, text: string, dir: string): Promise<string[]> {
  const source = await readFile(join(SOURCE_FONT_DIR, SOURCE_FONTS[weight]));
  const cut = await subsetFont(source, `${text}${EXTRA_CHARACTERS}`, { ...SUBSET_OPTIONS, targetFormat: 'truetype' });
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${weight}.ttf`);
  await writeFile(path, cut);
  return [path];
}

/** The title slide as a 1200×630 PNG, in the deck's font (no system font is used, so every machine draws the same). */
export async function renderPreviewPng(text: PreviewText): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'deck-preview-'));
  try {
    // The cuts of both weights carry the same family name and resvg does not tell them apart by weight,
    // so each weight is drawn in its own pass: the bold title first, then laid under the regular text.
    const render = (svg: string, fontFiles: string[]): Uint8Array =>
      new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: SOURCE_FAMILY }, logLevel: 'error' }).render().asPng();
    const bold = render(
      renderPreviewSvg(text, SOURCE_FAMILY, { weight: 700, background: false }),
      await writeFontCuts(700, text.title, join(dir, '700')),
    );
    const image = `data:image/png;base64,${Buffer.from(bold).toString('base64')}`;
    return render(
      renderPreviewSvg(text, SOURCE_FAMILY, { weight: 400, image }),
      await writeFontCuts(400, `${text.kicker}${text.subtitle}`, join(dir, '400')),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
