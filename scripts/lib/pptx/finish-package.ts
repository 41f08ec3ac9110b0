/**
 * Opens the package pptxgenjs wrote, applies the fixes of package-fixes.ts to its parts, puts the
 * chart pictures' PNGs in place of pptxgenjs' broken SVG previews (it draws them only in a
 * browser), and zips it again.
 */
import JSZip from 'jszip';
import type { ChartPicture } from './chart-picture.ts';
import * as fix from './package-fixes.ts';

/** What the fixes need to know of each slide, in order. */
export interface SlideFacts {
  /** The colours of the slide's list markers, in document order. */
  readonly markerColours: readonly string[];
  readonly notes: readonly string[];
}

const RE_SLIDE_PART = /^ppt\/slides\/slide(\d+)\.xml$/;
const RE_NOTES_PART = /^ppt\/notesSlides\/notesSlide(\d+)\.xml$/;
/** A picture's PNG preview and its SVG, by relationship id, inside one `<a:blip>`. */
const RE_SVG_BLIP = /<a:blip r:embed="(rId\d+)">[\s\S]*?<asvg:svgBlip [^>]*r:embed="(rId\d+)"/g;

/** The target of a relationship id in a part's .rels file, as a path in the package. */
function relationshipTarget(rels: string, id: string, partFolder: string): string | undefined {
  const target =
    new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (!target) return undefined;
  const parts = [...partFolder.split('/'), ...target.split('/')];
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === '..') resolved.pop();
    else if (part && part !== '.') resolved.push(part);
  }
  return resolved.join('/');
}

async function fixPart(zip: JSZip, path: string, fix: (xml: string) => string): Promise<void> {
  const file = zip.file(path);
  if (file) zip.file(path, fix(await file.async('string')));
}

/** Replaces each SVG picture's PNG preview with the PNG drawn from the same SVG. */
async function placePicturePngs(zip: JSZip, slidePath: string, pictures: readonly ChartPicture[]): Promise<void> {
  const xml = await zip.file(slidePath)!.async('string');
  const relsPath = slidePath.replace(/slides\/(slide\d+\.xml)$/, 'slides/_rels/$1.rels');
  const rels = (await zip.file(relsPath)?.async('string')) ?? '';
  for (const [, pngId, svgId] of xml.matchAll(RE_SVG_BLIP)) {
    const pngPath = relationshipTarget(rels, pngId!, 'ppt/slides');
    const svgPath = relationshipTarget(rels, svgId!, 'ppt/slides');
    const svg = svgPath ? await zip.file(svgPath)?.async('string') : undefined;
    const picture = pictures.find((p) => p.svg === svg);
    if (!pngPath || !picture) throw new Error(`no PNG drawn for the picture ${svgPath ?? svgId} of ${slidePath}`);
    zip.file(pngPath, picture.png);
  }
}

/** Mends the package: every part's fixes, the slides' marker colours and notes, the pictures' PNGs. */
export async function finishPackage(
  data: Uint8Array,
  slides: readonly SlideFacts[],
  pictures: readonly ChartPicture[],
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const xmlParts = Object.keys(zip.files).filter((path) => path.endsWith('.xml'));
  for (const path of xmlParts) {
    const slide = RE_SLIDE_PART.exec(path);
    const notes = RE_NOTES_PART.exec(path);
    const facts = slides[Number((slide ?? notes)?.[1] ?? 0) - 1];
    await fixPart(zip, path, (xml) => {
      let fixed = fix.addEastAsianFonts(fix.setLanguage(fix.completeBackgrounds(xml)));
      if (path.startsWith('ppt/slides/') || path.startsWith('ppt/slideLayouts/') || path.startsWith('ppt/slideMasters/')) {
        fixed = fix.linkShapesNotRuns(fix.completeShapes(fix.keepFirstParagraphProperties(fixed)));
      }
      if (slide && facts) fixed = fix.colourListMarkers(fixed, facts.markerColours);
      if (notes && facts) fixed = fix.notesParagraphs(fixed, facts.notes);
      if (path === 'docProps/core.xml') fixed = fix.addDocumentLanguage(fixed);
      if (path === '[Content_Types].xml') fixed = fix.pruneContentTypes(fixed, Object.keys(zip.files));
      return fixed;
    });
    if (slide) await placePicturePngs(zip, path, pictures);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
