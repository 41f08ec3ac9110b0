/**
 * A report as an office worker types it in a word processor: a Flat ODT (LibreOffice's own format,
 * one XML file) with the headline, body paragraphs justified and indented two characters, items
 * numbered by the word processor's automatic Chinese lists, a running header, page numbers in the
 * footer, a footnote, a paragraph in a table and a caption in a text box. LibreOffice then saves it
 * as Word or prints it to PDF (scripts/lib/soffice.ts), as the people who send us reports do.
 */

/** How the document is laid out; every option is something real reports carry. */
export interface OfficeReportOptions {
  /** Paragraphs that open with `一、`, `（一）`, `（1）` or a bullet `●` are numbered by the word processor's lists, not typed. */
  readonly autoNumber?: boolean;
  /** Indents typed as two ideographic spaces (`　　`) at each paragraph's start, instead of a first-line indent. */
  readonly typedIndent?: boolean;
  /** A running header on every page. */
  readonly header?: string;
  /** Page numbers in the footer: `- 3 -`, or `第 3 页 共 5 页`. */
  readonly pageNumbers?: 'dashed' | 'of-total';
  /** A footnote at the end of the first paragraph after the headline. */
  readonly footnote?: string;
  /** The first paragraph after the headline set inside a one-cell table, as a boxed lead. */
  readonly leadInTable?: boolean;
  /** Paragraphs before the headline (a photo caption) set in a text box, in an empty paragraph above the headline (where the photo goes). */
  readonly captionInTextBox?: boolean;
  /** The headline's size in points: a large one runs over two lines. */
  readonly headlinePoints?: number;
  /** A5 (a briefing) or A4. */
  readonly page?: 'A4' | 'A5';
}

/** A numbering kind: the typed marker it stands for, and how the word processor writes it. */
interface NumberKind {
  readonly marker: RegExp;
  /** The mark of a bullet list (`●`), in place of a number. */
  readonly bullet?: string;
  /** ODF's `style:num-format`: `1`, or LibreOffice's Chinese counting `一, 二, 三, ...`. */
  readonly format: string;
  readonly prefix: string;
  readonly suffix: string;
}

const CHINESE_COUNTING = '一, 二, 三, ...';
/** The markers a report's paragraphs open with, in the order their lists nest. */
const NUMBER_KINDS: readonly NumberKind[] = [
  { marker: /^[一二三四五六七八九十]+、/, format: CHINESE_COUNTING, prefix: '', suffix: '、' },
  { marker: /^（[一二三四五六七八九十]+）/, format: CHINESE_COUNTING, prefix: '（', suffix: '）' },
  { marker: /^（\d+）/, format: '1', prefix: '（', suffix: '）' },
  ...['●', '◆', '■'].map((bullet) => ({ marker: new RegExp(`^${bullet}`), bullet, format: '', prefix: '', suffix: '' })),
];
/** Text before a headline that is a photo caption. */
const RE_CAPTION = /^(图为|会议现场)/;

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph as the document holds it: its text, and its list kind when the word processor numbers it. */
interface Block {
  readonly text: string;
  readonly kind: number | undefined;
}

function blocksOf(paragraphs: readonly string[], autoNumber: boolean): Block[] {
  return paragraphs.map((text) => {
    const kind = autoNumber ? NUMBER_KINDS.findIndex((k) => k.marker.test(text)) : -1;
    return kind === -1 ? { text, kind: undefined } : { text: text.replace(NUMBER_KINDS[kind]!.marker, ''), kind };
  });
}

/**
 * A run of numbered paragraphs as nested ODF lists: each kind is a level, in the order of first
 * appearance, and a paragraph of a deeper kind sits in a list inside the item above it (LibreOffice
 * restarts a level's numbers under each new item of the level above, as Word does).
 */
function listXml(blocks: readonly Block[], levels: readonly number[], paragraph: (text: string) => string): string {
  const depth = (block: Block): number => levels.indexOf(block.kind!);
  const nest = (from: number, level: number): [xml: string, next: number] => {
    let xml = '';
    let i = from;
    while (i < blocks.length && depth(blocks[i]!) >= level) {
      let item = '';
      if (depth(blocks[i]!) === level) item += paragraph(blocks[i++]!.text);
      if (i < blocks.length && depth(blocks[i]!) > level) {
        const [inner, next] = nest(i, level + 1);
        item += inner;
        i = next;
      }
      xml += `<text:list-item>${item}</text:list-item>`;
    }
    return [level === 0 ? `<text:list text:style-name="Items">${xml}</text:list>` : `<text:list>${xml}</text:list>`, i];
  };
  return nest(0, 0)[0];
}

/** The list style: one level per kind used, in nesting order. */
function listStyleXml(levels: readonly number[]): string {
  const properties = `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0pt" fo:margin-left="0pt"/></style:list-level-properties>`;
  const level = (kind: NumberKind, n: number): string =>
    kind.bullet
      ? `<text:list-level-style-bullet text:level="${n + 1}" text:bullet-char="${kind.bullet}">${properties}</text:list-level-style-bullet>`
      : `<text:list-level-style-number text:level="${n + 1}" style:num-format="${kind.format}" style:num-prefix="${kind.prefix}" style:num-suffix="${kind.suffix}">${properties}</text:list-level-style-number>`;
  return `<text:list-style style:name="Items">${levels.map((k, n) => level(NUMBER_KINDS[k]!, n)).join('')}</text:list-style>`;
}

/** The footer's page number, as offices print it. */
function footerXml(pageNumbers: OfficeReportOptions['pageNumbers']): string {
  if (pageNumbers === undefined) return '';
  const number = '<text:page-number text:select-page="current">1</text:page-number>';
  const text = pageNumbers === 'dashed' ? `- ${number} -` : `第 ${number} 页 共 <text:page-count>1</text:page-count> 页`;
  return `<style:footer><text:p text:style-name="Furniture">${text}</text:p></style:footer>`;
}

/** The styles: a Chinese body face, justified paragraphs indented two characters, a centred headline. */
function stylesXml(options: OfficeReportOptions, levels: readonly number[]): string {
  const [width, height] = options.page === 'A4' ? ['21cm', '29.7cm'] : ['14.8cm', '21cm'];
  const body = 14;
  const face = 'style:font-name="Noto Sans SC" style:font-name-asian="Noto Sans SC"';
  const header = options.header
    ? `<style:header><text:p text:style-name="Furniture">${escapeXml(options.header)}</text:p></style:header>`
    : '';
  return `<office:font-face-decls><style:font-face style:name="Noto Sans SC" svg:font-family="'Noto Sans SC'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties ${face} fo:font-size="${body}pt" style:font-size-asian="${body}pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" style:punctuation-wrap="simple" fo:line-height="150%" fo:text-indent="${options.typedIndent ? 0 : body * 2}pt"/></style:style>
<style:style style:name="Headline" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="12pt"/><style:text-properties fo:font-size="${options.headlinePoints ?? 22}pt" style:font-size-asian="${options.headlinePoints ?? 22}pt"/></style:style>
 <style:style style:name="Caption" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Furniture" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
${listStyleXml(levels)}
</office:styles>
<office:automatic-styles><style:style style:name="Box" style:family="graphic"><style:graphic-properties style:wrap="none" style:vertical-pos="top" style:horizontal-pos="center" style:horizontal-rel="paragraph"/></style:style><style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="${width}" fo:page-height="${height}" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page">${header}${footerXml(options.pageNumbers)}</style:master-page></office:master-styles>`;
}

/**
 * An empty paragraph holding a text box with the caption lines; no text flows beside the box. (Word
 * readers put a text box's text after the paragraph it is anchored in.)
 */
function textBoxXml(captions: readonly string[]): string {
  if (captions.length === 0) return '';
  const lines = captions.map((c) => `<text:p text:style-name="Caption">${escapeXml(c)}</text:p>`).join('');
  const box = `<draw:frame draw:name="Caption" draw:style-name="Box" text:anchor-type="paragraph" svg:width="8cm" svg:height="1cm" svg:x="0cm" svg:y="0cm"><draw:text-box>${lines}</draw:text-box></draw:frame>`;
  return `<text:p text:style-name="Furniture">${box}</text:p>`;
}

/** The report's paragraphs (the headline first, as scripts/lib/report-text.ts cuts them) as a Flat ODT. */
export function flatOdtOf(paragraphs: readonly string[], options: OfficeReportOptions = {}): string {
  const headlineAt = options.captionInTextBox ? paragraphs.findIndex((p) => !RE_CAPTION.test(p)) : 0;
  const captions = paragraphs.slice(0, headlineAt);
  const [headline = '', ...rest] = paragraphs.slice(headlineAt);
  const blocks = blocksOf(rest, options.autoNumber === true);
  const levels = [...new Set(blocks.flatMap((b) => (b.kind === undefined ? [] : [b.kind])))];
  const indent = options.typedIndent ? '\u3000\u3000' : '';
  const note = options.footnote
    ? `<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>${escapeXml(options.footnote)}</text:p></text:note-body></text:note>`
    : '';
  const paragraph = (text: string, extra = ''): string => `<text:p text:style-name="Body">${indent}${escapeXml(text)}${extra}</text:p>`;
  let body = `${textBoxXml(captions)}<text:h text:style-name="Headline" text:outline-level="1">${escapeXml(headline)}</text:h>`;
  for (let i = 0; i < blocks.length; ) {
    const block = blocks[i]!;
    if (block.kind !== undefined) {
      const end = blocks.findIndex((b, j) => j > i && b.kind === undefined);
      body += listXml(blocks.slice(i, end === -1 ? blocks.length : end), levels, (text) => paragraph(text));
      i = end === -1 ? blocks.length : end;
      continue;
    }
    const xml = paragraph(block.text, i === 0 ? note : '');
    body +=
      i === 0 && options.leadInTable
        ? `<table:table table:name="Lead"><table:table-column/><table:table-row><table:table-cell office:value-type="string">${xml}</table:table-cell></table:table-row></table:table>`
        : xml;
    i++;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
${stylesXml(options, levels)}
<office:body><office:text>${body}</office:text></office:body></office:document>
`;
}
