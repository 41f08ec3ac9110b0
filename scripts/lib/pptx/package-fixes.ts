/**
 * Mends what pptxgenjs 4.0.1 writes, part by part, as XML text. Pure. Each fix answers a known
 * defect that makes PowerPoint offer to repair the file (schema violations), or fills in what the
 * library cannot say: list-marker colours, the document's language, East Asian fonts on chart and
 * theme text, notes as paragraphs.
 */
import { escapeHtml } from '../../../src/slides/html.ts';
import { OFFICE_FONT, OFFICE_LANG } from './office.ts';

/** A paragraph; DrawingML paragraphs never nest. */
const RE_PARAGRAPH = /<a:p>([\s\S]*?)<\/a:p>/g;
/** A paragraph-properties element, empty or with children. */
const RE_PARAGRAPH_PROPERTIES = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;
/** A shape; shapes do not nest outside group shapes, which the export does not use. */
const RE_SHAPE = /<p:sp>[\s\S]*?<\/p:sp>/g;

/**
 * One `<a:pPr>` per paragraph, first: pptxgenjs writes one before every run of a paragraph of
 * several runs, which the schema forbids (PowerPoint 2016 reports the file as damaged). The first
 * holds the paragraph's real settings (marker, indent, spacing).
 */
export function keepFirstParagraphProperties(xml: string): string {
  return xml.replace(RE_PARAGRAPH, (_, inner: string) => {
    let seen = 0;
    const fixed = inner.replace(RE_PARAGRAPH_PROPERTIES, (properties: string, offset: number) =>
      seen++ === 0 && offset === 0 ? properties : '',
    );
    return `<a:p>${fixed}</a:p>`;
  });
}

/** Gives the list markers of a slide their colours, in document order (pptxgenjs has no marker colour). */
export function colourListMarkers(xml: string, colours: readonly string[]): string {
  let index = 0;
  return xml.replace(/(<a:buSzPct [^>]*\/>)?(<a:buFont [^>]*\/>)?(<a:bu(?:Char|AutoNum) [^>]*\/>)/g, (marker: string) => {
    const colour = colours[index++];
    return colour ? `<a:buClr><a:srgbClr val="${colour.replace('#', '').toUpperCase()}"/></a:buClr>${marker}` : marker;
  });
}

/** Every `lang="en-US"` (not the alternative language) becomes the document's language; so does a chart's. */
export function setLanguage(xml: string): string {
  return xml
    .replace(/(?<![A-Za-z])lang="en-US"/g, `lang="${OFFICE_LANG}"`)
    .replace(/<c:lang val="en-US"\/>/g, `<c:lang val="${OFFICE_LANG}"/>`);
}

/** A `<a:latin>` font without its East Asian partner (chart text, theme fonts) gets `<a:ea>` of the same face. */
export function addEastAsianFonts(xml: string): string {
  return xml
    .replace(
      /(<a:latin typeface="([^"]*)"[^>]*\/>)(?!\s*<a:ea\b)/g,
      (_, latin: string, face: string) => `${latin}<a:ea typeface="${face}"/>`,
    )
    .replace(/<a:ea typeface=""\/>/g, `<a:ea typeface="${OFFICE_FONT}"/>`);
}

/** A slide background needs `<a:effectLst/>` after its fill (schema); pptxgenjs leaves it out for colours. */
export function completeBackgrounds(xml: string): string {
  return xml.replace(/(<p:bgPr>(?:(?!<\/p:bgPr>)[\s\S])*?)(<\/p:bgPr>)/g, (match: string, body: string, end: string) =>
    body.includes('<a:effectLst') ? match : `${body}<a:effectLst/>${end}`,
  );
}

/** Shapes without text get an empty text body (PowerPoint repairs shapes without one), and no outline. */
export function completeShapes(xml: string): string {
  return xml.replace(RE_SHAPE, (shape) => {
    const outlined = shape.replace(/<a:ln><\/a:ln>/g, '<a:ln><a:noFill/></a:ln>');
    return outlined.includes('<p:txBody>')
      ? outlined
      : outlined.replace(
          /<\/p:sp>$/,
          `<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="${OFFICE_LANG}"/></a:p></p:txBody></p:sp>`,
        );
  });
}

/** A run of notes text in the office font and language. */
const notesRun = (text: string): string =>
  `<a:r><a:rPr lang="${OFFICE_LANG}" altLang="en-US" dirty="0"><a:latin typeface="${OFFICE_FONT}"/><a:ea typeface="${OFFICE_FONT}"/></a:rPr><a:t>${escapeHtml(text)}</a:t></a:r>`;

/** The notes placeholder's text as one paragraph per notes paragraph (pptxgenjs writes one run with line breaks). */
export function notesParagraphs(xml: string, paragraphs: readonly string[]): string {
  const body = paragraphs.length
    ? paragraphs.map((text) => `<a:p>${notesRun(text)}</a:p>`).join('')
    : `<a:p><a:endParaRPr lang="${OFFICE_LANG}"/></a:p>`;
  return xml.replace(
    /(<p:ph type="body" idx="1"\/>[\s\S]*?<p:txBody><a:bodyPr\/><a:lstStyle\/>)[\s\S]*?(<\/p:txBody>)/,
    (_, start: string, end: string) => `${start}${body}${end}`,
  );
}

/** The document's language in its core properties. */
export function addDocumentLanguage(xml: string): string {
  return xml.includes('<dc:language>')
    ? xml
    : xml.replace('</cp:coreProperties>', `<dc:language>${OFFICE_LANG}</dc:language></cp:coreProperties>`);
}

/** Drops content-type overrides for parts the package lacks (pptxgenjs names a slide master per layout; there is one). */
export function pruneContentTypes(xml: string, parts: readonly string[]): string {
  const present = new Set(parts.map((part) => `/${part}`));
  return xml.replace(/\s*<Override PartName="([^"]+)"[^>]*\/>/g, (override: string, part: string) => (present.has(part) ? override : ''));
}

/** A slide-jump link on a run, as pptxgenjs writes it (with or without a colour extension inside). */
const RE_RUN_SLIDE_LINK = /<a:hlinkClick r:id="(rId\d+)" action="ppaction:\/\/hlinksldjump"[^>]*?(?:\/>|>[\s\S]*?<\/a:hlinkClick>)/g;

/**
 * A text box whose every run jumps to the same slide jumps as a whole instead: the link moves from
 * the runs to the shape. pptxgenjs can only link runs, and LibreOffice lays a linked run that wraps
 * as a field whose lines overlap; a linked shape also needs no underline and is easier to click.
 */
export function linkShapesNotRuns(xml: string): string {
  return xml.replace(RE_SHAPE, (shape) => {
    const links = [...shape.matchAll(RE_RUN_SLIDE_LINK)];
    const runs = shape.match(/<a:r>/g)?.length ?? 0;
    const target = links[0]?.[1];
    if (!target || links.length !== runs || links.some((link) => link[1] !== target)) return shape;
    return shape
      .replace(RE_RUN_SLIDE_LINK, '')
      .replace(/(<p:cNvPr [^>]*?)(?:\/>|><\/p:cNvPr>)/, `$1><a:hlinkClick r:id="${target}" action="ppaction://hlinksldjump"/></p:cNvPr>`);
  });
}
