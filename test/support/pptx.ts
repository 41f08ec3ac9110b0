/**
 * Reading an exported PowerPoint file in tests: its parts (unzipped), what LibreOffice Impress makes
 * of it (a PDF, its page count and text), and the deck's own headings and list items to look for.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { SOURCE_FONT_DIR, SOURCE_FONTS } from '../../src/build/fonts.ts';
import type { DeckModel } from '../../src/slides/deck.ts';
import { htmlToText } from '../../src/slides/markdown.ts';

const run = promisify(execFile);

/** The package's parts by path, as text (binary parts too: only their presence matters here). */
export async function readPackage(file: string): Promise<{ readonly paths: string[]; readonly text: (path: string) => Promise<string> }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const paths = Object.keys(zip.files).filter((path) => !zip.files[path]!.dir);
  return {
    paths,
    text: async (path) => {
      const part = zip.file(path);
      if (!part) throw new Error(`${basename(file)} has no part ${path}`);
      return part.async('string');
    },
  };
}

/** The slide parts, in slide order. */
export const slideParts = (paths: readonly string[], folder = 'ppt/slides', name = 'slide'): string[] =>
  paths
    .filter((path) => new RegExp(`^${folder}/${name}\\d+\\.xml$`).test(path))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));

/** LibreOffice's command, or an error saying how to install it (CI's .ci/run does). */
export function requireImpress(): string {
  const found = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'].find((path) => existsSync(path));
  if (!found) throw new Error('LibreOffice Impress is not installed: apt-get install --no-install-recommends libreoffice-impress');
  return found;
}

/**
 * A fontconfig file that adds the deck's font, and stands it in for 微软雅黑 as a receiver's system
 * would stand in its own Chinese font: for LibreOffice only, so the browser tests keep running on a
 * machine without any system CJK font.
 */
function writeFontconfig(dir: string): string {
  const fontDirs = Object.values(SOURCE_FONTS).map((file) => `<dir>${join(SOURCE_FONT_DIR, file, '..')}</dir>`);
  const alias = (family: string): string =>
    `<alias binding="same"><family>${family}</family><prefer><family>Noto Sans SC</family></prefer></alias>`;
  const path = join(dir, 'fonts.conf');
  writeFileSync(
    path,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>${fontDirs.join('')}` +
      `<cachedir>${join(dir, 'font-cache')}</cachedir>${alias('微软雅黑')}${alias('Microsoft YaHei')}</fontconfig>\n`,
  );
  return path;
}

/** Converts a PPTX to PDF with LibreOffice Impress (its own profile and fonts in `workDir`); returns the PDF's path. */
export async function convertWithImpress(pptx: string, workDir: string): Promise<string> {
  const soffice = requireImpress();
  mkdirSync(workDir, { recursive: true });
  const env = { ...process.env, FONTCONFIG_FILE: writeFontconfig(workDir), HOME: workDir };
  await run(
    soffice,
    ['--headless', `-env:UserInstallation=file://${join(workDir, 'profile')}`, '--convert-to', 'pdf', '--outdir', workDir, pptx],
    {
      env,
      timeout: 120_000,
    },
  );
  const pdf = join(workDir, basename(pptx).replace(/\.pptx$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${pptx}`);
  return pdf;
}

/** Each page's text (pdftotext), with the layout's whitespace and compatibility forms folded away. */
export async function pdfPageTexts(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 20_000_000 });
  return stdout
    .split('\f')
    .slice(0, -1)
    .map((page) => foldText(page));
}

/** Text as compared: NFKC (PDF text may come back with Kangxi radicals), without whitespace. */
export const foldText = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

/** The headings, list items, paragraphs and quotes each slide of the deck shows (tracker and chart text aside). */
export function deckTexts(deck: DeckModel): string[][] {
  return deck.slides.map((slide) => {
    const body = slide.html.replace(/<nav class="tracker"[\s\S]*?<\/nav>/, '').replace(/<figure[\s\S]*?<\/figure>/g, '');
    const blocks = [...body.matchAll(/<(li|p|h1|h2|h3)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => htmlToText(m[2]!).trim());
    return blocks.filter(Boolean);
  });
}
