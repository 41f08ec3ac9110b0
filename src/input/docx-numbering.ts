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

/** The body's paragraphs that carry their own list numbering (`w:numPr`; `w:numId` 0 switches it off), in order. */
function readListParagraphs(document: XmlElement): ListParagraph[] {
  const body = children(document, 'w:body')[0];
  if (!body) return [];
  return children(body, 'w:p').flatMap((p) => {
    const numPr = children(p, 'w:numPr')[0];
    const instance = numPr ? wordValue(numPr, 'w:numId') : undefined;
    return instance === undefined || instance === '0' ? [] : [{ instance, level: Number(numPr && wordValue(numPr, 'w:ilvl')) || 0 }];
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
  return listLabels(readListParagraphs(document), readDefinitions(await readXml(zip, 'word/numbering.xml')));
}
