import JSZip from 'jszip';
import { expect, test } from 'vitest';
import { readDocx } from './docx.ts';
import { readListLabels } from './docx-numbering.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const paragraph = (text: string, properties = ''): string => `<w:p><w:pPr>${properties}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const level = (ilvl: number, format: string, text: string, style = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/>${style ? `<w:pStyle w:val="${style}"/>` : ''}<w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;

/**
 * A Word package as LibreOffice converts an old .doc: Heading 1 carries outline numbering whose
 * format is none (in numbering.xml and by its style), the items a list of their own, `（一）`.
 */
async function convertedDocument(headingFormat: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`,
  );
  zip.file(
    'word/numbering.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="1">${level(0, headingFormat, headingFormat === 'none' ? '' : '%1、', 'Heading1')}${level(1, 'none', '')}</w:abstractNum><w:abstractNum w:abstractNumId="2">${level(0, 'chineseCounting', '（%1）')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num></w:numbering>`,
  );
  const item = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>';
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${[
      paragraph('城南街道召开工作调度会', '<w:pStyle w:val="Heading1"/>'),
      paragraph('5月20日下午，城南街道召开新时代文明实践所工作调度会。'),
      paragraph('突出理论宣讲。', item),
      paragraph('突出精准服务。', item),
    ].join('')}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

test('a heading numbered by its style, in a format that shows no number, is no numbered paragraph to warn of', async () => {
  const bytes = await convertedDocument('none');
  expect(await readListLabels(bytes)).toEqual(['', '（一）', '（二）']);
  const read = await readDocx('report.docx', bytes);
  expect(read.warnings).toEqual([]);
  expect(read.paragraphs).toEqual([
    '城南街道召开工作调度会',
    '5月20日下午，城南街道召开新时代文明实践所工作调度会。',
    '（一）突出理论宣讲。',
    '（二）突出精准服务。',
  ]);
});

test('a heading numbered by its style in a format that shows a number has it written in', async () => {
  const read = await readDocx('report.docx', await convertedDocument('chineseCounting'));
  expect(read.warnings).toEqual([]);
  expect(read.paragraphs[0]).toBe('一、城南街道召开工作调度会');
});
