/**
 * Reading an exported PowerPoint file in tests: its parts (unzipped), what LibreOffice Impress makes
 * of it (a PDF, its page count and text), and the deck's own headings and list items to look for.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { convertWithOffice, requireOffice } from '../../scripts/lib/soffice.ts';
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

/** LibreOffice's command, or an error saying how to install Impress (CI's .ci/run does). */
export const requireImpress = (): string => requireOffice('impress');

/** Converts a PPTX to PDF with LibreOffice Impress (its own profile and fonts in `workDir`); returns the PDF's path. */
export const convertWithImpress = (pptx: string, workDir: string): Promise<string> => convertWithOffice(pptx, 'pdf', workDir, 'impress');

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
