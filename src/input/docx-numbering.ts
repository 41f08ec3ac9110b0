/** Word's list definitions and numbered paragraphs, read from the .docx's XML for the labels mammoth leaves out. */
import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import { type ListDefinitions, type ListLevel, type ListParagraph, listLabels } from './list-numbers.ts';

/** The few DOM members read from the package's XML. */
interface XmlElement {
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

const children = (element: XmlElement, name: string): XmlElement[] => Array.from(element.getElementsByTagName(name));
const wordValue = (element: XmlElement, name: string): string | undefined => children(element, name)[0]?.getAttribute('w:val') ?? undefined;

async function readXml(zip: JSZip, path: string): Promise<XmlElement | undefined> {
  const source = await zip.file(path)?.async('string');
  return source === undefined ? undefined : (new DOMParser().parseFromString(source, 'text/xml') as unknown as XmlElement);
}

/** A list level that numbers every paragraph of a style (`w:pStyle` in a `w:lvl`: Word's outline numbering of headings). */
interface StyleLevel {
  readonly definition: string;
  readonly level: number;
}

/** The paragraph styles that a level of a list definition numbers, by style id. */
function readStyleLevels(numbering: XmlElement | undefined): Record<string, StyleLevel> {
  const byStyle: Record<string, StyleLevel> = {};
  for (const abstract of numbering ? children(numbering, 'w:abstractNum') : []) {
    for (const lvl of children(abstract, 'w:lvl')) {
      const style = wordValue(lvl, 'w:pStyle');
      const definition = abstract.getAttribute('w:abstractNumId') ?? '';
      if (style !== undefined && !(style in byStyle)) byStyle[style] = { definition, level: Number(lvl.getAttribute('w:ilvl') ?? 0) };
    }
  }
  return byStyle;
}

/** The list definitions of `word/numbering.xml`. */
function readDefinitions(numbering: XmlElement | undefined): ListDefinitions {
  const levels: Record<string, Record<number, ListLevel>> = {};
  const instances: Record<string, ListDefinitions['instances'][string]> = {};
  if (!numbering) return { levels, instances };
  for (const abstract of children(numbering, 'w:abstractNum')) {
    const byLevel: Record<number, ListLevel> = {};
    for (const lvl of children(abstract, 'w:lvl')) {
      byLevel[Number(lvl.getAttribute('w:ilvl') ?? 0)] = {
        format: wordValue(lvl, 'w:numFmt') ?? 'decimal',
        text: wordValue(lvl, 'w:lvlText') ?? '',
        start: Number(wordValue(lvl, 'w:start') ?? 1),
      };
    }
    levels[abstract.getAttribute('w:abstractNumId') ?? ''] = byLevel;
  }
  for (const num of children(numbering, 'w:num')) {
    const startOverrides: Record<number, number> = {};
    for (const override of children(num, 'w:lvlOverride')) {
      const start = wordValue(override, 'w:startOverride');
      if (start !== undefined) startOverrides[Number(override.getAttribute('w:ilvl') ?? 0)] = Number(start);
    }
    instances[num.getAttribute('w:numId') ?? ''] = { definition: wordValue(num, 'w:abstractNumId') ?? '', startOverrides };
  }
  return { levels, instances };
}

/**
 * The body's numbered paragraphs, in order, as mammoth finds them: by their own numbering
 * (`w:numPr`; `w:numId` 0 switches it off), else by their style when a list level names it (a
 * heading style's outline numbering, `numFmt="none"` in documents LibreOffice converts), through
 * the first instance of that level's definition.
 */
function readListParagraphs(document: XmlElement, lists: ListDefinitions, styleLevels: Record<string, StyleLevel>): ListParagraph[] {
  const body = children(document, 'w:body')[0];
  if (!body) return [];
  const instanceOf = (definition: string): string | undefined =>
    Object.entries(lists.instances).find(([, instance]) => instance.definition === definition)?.[0];
  return children(body, 'w:p').flatMap((p) => {
    const numPr = children(p, 'w:numPr')[0];
    const instance = numPr ? wordValue(numPr, 'w:numId') : undefined;
    if (instance !== undefined) return instance === '0' ? [] : [{ instance, level: Number(numPr && wordValue(numPr, 'w:ilvl')) || 0 }];
    const properties = children(p, 'w:pPr')[0];
    const byStyle = properties && styleLevels[wordValue(properties, 'w:pStyle') ?? ''];
    // Without an instance the paragraph still counts, as in mammoth, with no label.
    return byStyle ? [{ instance: instanceOf(byStyle.definition) ?? '', level: byStyle.level }] : [];
  });
}

/**
 * The labels of the document's numbered paragraphs, in order (`''` for bullets); undefined when
 * the package has no main document where Word keeps it.
 */
export async function readListLabels(bytes: Uint8Array): Promise<string[] | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await readXml(zip, 'word/document.xml');
  if (!document) return undefined;
  const numbering = await readXml(zip, 'word/numbering.xml');
  const lists = readDefinitions(numbering);
  return listLabels(readListParagraphs(document, lists, readStyleLevels(numbering)), lists);
}
