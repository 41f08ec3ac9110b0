import { describe, expect, test } from 'vitest';
import {
  addDocumentLanguage,
  addEastAsianFonts,
  colourListMarkers,
  completeBackgrounds,
  completeShapes,
  keepFirstParagraphProperties,
  linkShapesNotRuns,
  notesParagraphs,
  pruneContentTypes,
  setLanguage,
} from './package-fixes.ts';

const run = (text: string): string => `<a:r><a:rPr lang="zh-CN"/><a:t>${text}</a:t></a:r>`;

describe('keepFirstParagraphProperties', () => {
  test.each([
    [
      `<a:p><a:pPr marL="1"><a:buChar char="x"/></a:pPr>${run('a')}<a:pPr indent="0"><a:buNone/></a:pPr>${run('b')}</a:p>`,
      `<a:p><a:pPr marL="1"><a:buChar char="x"/></a:pPr>${run('a')}${run('b')}</a:p>`,
    ],
    [`<a:p><a:pPr/>${run('a')}<a:pPr/>${run('b')}</a:p>`, `<a:p><a:pPr/>${run('a')}${run('b')}</a:p>`],
    [`<a:p>${run('a')}</a:p><a:p><a:pPr algn="l"/>${run('b')}</a:p>`, `<a:p>${run('a')}</a:p><a:p><a:pPr algn="l"/>${run('b')}</a:p>`],
    // Properties after a run, with none before: dropped, the schema allows them first only.
    [`<a:p>${run('a')}<a:pPr algn="l"/></a:p>`, `<a:p>${run('a')}</a:p>`],
  ])('%s', (xml, fixed) => {
    expect(keepFirstParagraphProperties(xml)).toBe(fixed);
  });
});

test('colourListMarkers colours the markers in order, before their size and font', () => {
  const xml =
    '<a:pPr marL="1"><a:buSzPct val="100000"/><a:buChar char="&#x25C6;"/></a:pPr>' +
    '<a:pPr><a:buNone/></a:pPr>' +
    '<a:pPr marL="1"><a:buSzPct val="100000"/><a:buFont typeface="+mj-lt"/><a:buAutoNum type="circleNumDbPlain" startAt="1"/></a:pPr>';
  expect(colourListMarkers(xml, ['#9e1b17', '#c9a457'])).toBe(
    '<a:pPr marL="1"><a:buClr><a:srgbClr val="9E1B17"/></a:buClr><a:buSzPct val="100000"/><a:buChar char="&#x25C6;"/></a:pPr>' +
      '<a:pPr><a:buNone/></a:pPr>' +
      '<a:pPr marL="1"><a:buClr><a:srgbClr val="C9A457"/></a:buClr><a:buSzPct val="100000"/><a:buFont typeface="+mj-lt"/><a:buAutoNum type="circleNumDbPlain" startAt="1"/></a:pPr>',
  );
});

test.each([
  ['<a:rPr lang="en-US" altLang="en-US"/>', '<a:rPr lang="zh-CN" altLang="en-US"/>'],
  ['<a:endParaRPr lang="en-US"/>', '<a:endParaRPr lang="zh-CN"/>'],
  ['<c:lang val="en-US"/>', '<c:lang val="zh-CN"/>'],
])('setLanguage(%s)', (xml, fixed) => {
  expect(setLanguage(xml)).toBe(fixed);
});

test.each([
  ['<a:latin typeface="微软雅黑"/>', '<a:latin typeface="微软雅黑"/><a:ea typeface="微软雅黑"/>'],
  [
    '<a:latin typeface="微软雅黑" charset="0"/><a:ea typeface="微软雅黑"/>',
    '<a:latin typeface="微软雅黑" charset="0"/><a:ea typeface="微软雅黑"/>',
  ],
  [
    '<a:majorFont><a:latin typeface="微软雅黑"/><a:ea typeface=""/>',
    '<a:majorFont><a:latin typeface="微软雅黑"/><a:ea typeface="微软雅黑"/>',
  ],
])('addEastAsianFonts(%s)', (xml, fixed) => {
  expect(addEastAsianFonts(xml)).toBe(fixed);
});

test('completeBackgrounds adds the effect list a background needs, once', () => {
  const fixed = '<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FBF8F3"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>';
  expect(completeBackgrounds('<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FBF8F3"/></a:solidFill></p:bgPr></p:bg>')).toBe(fixed);
  expect(completeBackgrounds(fixed)).toBe(fixed);
});

test('completeShapes gives shapes without text a text body and no outline', () => {
  const shape = '<p:sp><p:spPr><a:solidFill/><a:ln></a:ln></p:spPr></p:sp>';
  expect(completeShapes(shape)).toBe(
    '<p:sp><p:spPr><a:solidFill/><a:ln><a:noFill/></a:ln></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="zh-CN"/></a:p></p:txBody></p:sp>',
  );
  const text = `<p:sp><p:spPr/><p:txBody><a:bodyPr/><a:p>${run('a')}</a:p></p:txBody></p:sp>`;
  expect(completeShapes(text)).toBe(text);
});

test('notesParagraphs writes one paragraph per notes paragraph, escaped, in the office font', () => {
  const notes =
    '<p:sp><p:nvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>a&#13;\nb</a:t></a:r></a:p></p:txBody></p:sp>' +
    '<p:sp><p:nvSpPr><p:nvPr><p:ph type="sldNum"/></p:nvPr></p:nvSpPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld><a:t>1</a:t></a:fld></a:p></p:txBody></p:sp>';
  const fixed = notesParagraphs(notes, ['开场', 'A & B']);
  expect(fixed).toContain(
    '<a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" dirty="0"><a:latin typeface="微软雅黑"/><a:ea typeface="微软雅黑"/></a:rPr><a:t>开场</a:t></a:r></a:p>',
  );
  expect(fixed).toContain('<a:t>A &amp; B</a:t>');
  expect(fixed).not.toContain('a&#13;');
  expect(fixed).toContain('<a:fld><a:t>1</a:t></a:fld>');
});

test('addDocumentLanguage', () => {
  expect(addDocumentLanguage('<cp:coreProperties><dc:title>t</dc:title></cp:coreProperties>')).toBe(
    '<cp:coreProperties><dc:title>t</dc:title><dc:language>zh-CN</dc:language></cp:coreProperties>',
  );
});

test('pruneContentTypes drops overrides of parts that are not in the package', () => {
  const types =
    '<Types><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="m"/> <Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="m"/></Types>';
  expect(pruneContentTypes(types, ['ppt/slideMasters/slideMaster1.xml'])).toBe(
    '<Types><Default Extension="xml" ContentType="application/xml"/><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="m"/></Types>',
  );
});

describe('linkShapesNotRuns', () => {
  const link = (id: string): string =>
    `<a:hlinkClick r:id="${id}" action="ppaction://hlinksldjump" tooltip=""> <a:extLst><a:ext uri="{A}"><x val="tx"/></a:ext></a:extLst></a:hlinkClick>`;
  const linkedRun = (text: string, id: string): string => `<a:r><a:rPr lang="zh-CN">${link(id)}</a:rPr><a:t>${text}</a:t></a:r>`;
  const shape = (runs: string): string =>
    `<p:sp><p:nvSpPr><p:cNvPr id="7" name="进度 一"></p:cNvPr></p:nvSpPr><p:txBody><a:p>${runs}</a:p></p:txBody></p:sp>`;

  test('a box whose runs all jump to one slide jumps as a whole', () => {
    expect(linkShapesNotRuns(shape(linkedRun('一', 'rId1') + linkedRun('根本遵循', 'rId1')))).toBe(
      '<p:sp><p:nvSpPr><p:cNvPr id="7" name="进度 一"><a:hlinkClick r:id="rId1" action="ppaction://hlinksldjump"/></p:cNvPr></p:nvSpPr>' +
        '<p:txBody><a:p><a:r><a:rPr lang="zh-CN"></a:rPr><a:t>一</a:t></a:r><a:r><a:rPr lang="zh-CN"></a:rPr><a:t>根本遵循</a:t></a:r></a:p></p:txBody></p:sp>',
    );
  });

  test.each([
    ['runs linking to different slides', shape(linkedRun('一', 'rId1') + linkedRun('二', 'rId2'))],
    ['a run without a link', shape(`${linkedRun('一', 'rId1')}<a:r><a:rPr lang="zh-CN"/><a:t>二</a:t></a:r>`)],
    ['no link', shape('<a:r><a:rPr lang="zh-CN"/><a:t>二</a:t></a:r>')],
  ])('%s: left as it is', (_, xml) => {
    expect(linkShapesNotRuns(xml)).toBe(xml);
  });
});
