/**
 * A report's paragraphs made into the documents people hold: a Word file (written with the `docx`
 * package), a saved news page with its navigation and footer, and a page to print to PDF in the
 * deck's own font.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import subsetFont from 'subset-font';
import { SOURCE_FONT_DIR, SOURCE_FONTS } from '../../src/build/fonts.ts';
import { encodeGb18030 } from './report-text.ts';

/** `（一）` at the start of a paragraph: what Word's automatic list writes in front of it. */
const RE_ITEM_MARKER = /^（[一二三四五六七八九十]+）/;

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** How to write a report as a Word file. */
export interface DocxOptions {
  /** Number `（一）` paragraphs with a Word list (`chineseCounting`, `（%1）`), as Word's numbering button does, instead of typed text. */
  readonly autoNumber?: boolean;
  /** A footnote on the first paragraph after the headline. */
  readonly footnote?: string;
  /** A table (rows of cells) after the first paragraph after the headline. */
  readonly table?: readonly (readonly string[])[];
}

/** A .docx of the report: the headline as a title, one Word paragraph per paragraph. */
export async function docxOf(paragraphs: readonly string[], options: DocxOptions = {}): Promise<Uint8Array> {
  const [headline = '', first = '', ...rest] = paragraphs;
  const noted = options.footnote
    ? new Paragraph({ children: [new TextRun(first), new FootnoteReferenceRun(1)], indent: { firstLine: 640 } })
    : undefined;
  // A list interrupted by other paragraphs (a section head) starts again at （一）, as Word's does: a new instance.
  let instance = 0;
  let inList = false;
  const table = options.table
    ? [
        new Table({
          rows: options.table.map(
            (cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) }),
          ),
        }),
      ]
    : [];
  const body = (noted ? rest : [first, ...rest]).map((text) => {
    const numbered = options.autoNumber === true && RE_ITEM_MARKER.test(text);
    if (numbered && !inList) instance++;
    inList = numbered;
    return numbered
      ? new Paragraph({ text: text.replace(RE_ITEM_MARKER, ''), numbering: { reference: 'items', level: 0, instance } })
      : new Paragraph({ text, indent: { firstLine: 640 } });
  });
  const children = [
    new Paragraph({ text: headline, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    ...(noted ? [noted] : body.slice(0, 1)),
    ...table,
    ...(noted ? body : body.slice(1)),
  ];
  const numbering = {
    config: [
      { reference: 'items', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '（%1）', alignment: AlignmentType.LEFT }] },
    ],
  };
  const footnotes = options.footnote ? { 1: { children: [new Paragraph(options.footnote)] } } : {};
  return new Uint8Array(await Packer.toBuffer(new Document({ numbering, footnotes, sections: [{ children }] })));
}

/**
 * A news page as a browser saves it: site navigation, breadcrumbs, the article with its date,
 * source and editor lines, related news and a footer. In `gbk`, the page declares GB2312 (as many
 * government sites do) and its bytes are GBK.
 */
export function savedPageOf(paragraphs: readonly string[], charset: 'utf-8' | 'gbk'): Uint8Array {
  const [headline = '', ...body] = paragraphs.map(escapeHtml);
  const declared = charset === 'gbk' ? 'gb2312' : 'utf-8';
  const page = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${declared}">
<title>${headline}_工作动态_某区文明网</title><link rel="stylesheet" href="/css/style.css"></head>
<body>
<div class="top"><a href="/">某区文明网</a> <a href="/login">登录</a></div>
<div id="nav"><ul><li><a href="/">首页</a></li><li><a href="/gzdt/">工作动态</a></li><li><a href="/wmcj/">文明创建</a></li>
<li><a href="/zyfw/">志愿服务</a></li><li><a href="/wmsj/">新时代文明实践</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/gzdt/">工作动态</a> &gt; 正文</div>
<div class="main"><div class="article">
<h1>${headline}</h1>
<div class="info">发布时间：2022-04-09 10:21　来源：区文明办　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="content" id="zoom">
${body.map((p) => `<p style="text-indent:2em">　　${p}</p>`).join('\n')}
<p class="editor">【责任编辑：王某】</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="related"><h3>相关新闻</h3><ul>
<li><a href="/gzdt/1.html">某街道召开新时代文明实践推进会</a></li>
<li><a href="/gzdt/2.html">某区举办志愿服务骨干培训班</a></li>
<li><a href="/gzdt/3.html">某区开展文明交通劝导活动</a></li></ul></div></div>
<div class="footer"><p>版权所有：某区精神文明建设委员会办公室　主办：某区文明办</p>
<p>地址：某区某路1号　电话：010-12345678　<a href="https://beian.miit.gov.cn/">京ICP备12345678号</a></p></div>
</body></html>`;
  return charset === 'gbk' ? encodeGb18030(page) : new TextEncoder().encode(page);
}

/**
 * The code points of the Kangxi and supplement radicals. Kept in the font: where the full font maps a
 * radical and an ideograph to one glyph, Chromium's PDF may name the glyph by the radical, as PDFs
 * printed with whole CJK fonts do, and the reader must map it back.
 */
const RADICALS = Array.from({ length: 0x2fe0 - 0x2e80 }, (_, i) => String.fromCodePoint(0x2e80 + i)).join('');

/** The deck's regular font cut to the characters given (and the radicals), as a data URL: a whole 10 MB font makes each print take seconds. */
async function fontDataUrl(characters: string): Promise<string> {
  const source = readFileSync(join(SOURCE_FONT_DIR, SOURCE_FONTS[400]));
  const subset = await subsetFont(source, characters + RADICALS, { targetFormat: 'sfnt' });
  return `data:font/ttf;base64,${Buffer.from(subset).toString('base64')}`;
}

/** A page that prints a report, and the running header to print on each of its pages. */
export interface PrintableReport {
  readonly page: string;
  /** Chromium's `headerTemplate`. */
  readonly header: string;
}

/**
 * A report as an office prints it: the headline larger and centred, paragraphs indented two
 * characters and justified, a running header on every page. The header template is a document of
 * its own that sees none of the page's fonts: it carries the same font file (two different cuts of
 * one font in one PDF get mixed up by Chromium). With `sidebar` lines, as a news site's page
 * prints: the article in a column, and beside it a narrower box of links whose heading stands on
 * the headline's line.
 */
export async function printableReportOf(
  paragraphs: readonly string[],
  runningHeader: string,
  sidebar: readonly string[] = [],
): Promise<PrintableReport> {
  const [headline = '', ...body] = paragraphs.map(escapeHtml);
  const font = `@font-face { font-family: 'Report'; src: url(${await fontDataUrl(paragraphs.join('') + runningHeader + sidebar.join(''))}) format('truetype'); }`;
  const aside =
    sidebar.length === 0
      ? ''
      : `<aside style="float: right; width: 28%; font-size: 11pt; line-height: 1.8">${sidebar.map((l) => `<div>${escapeHtml(l)}</div>`).join('')}</aside>`;
  const article = sidebar.length === 0 ? '' : 'style="width: 66%"';
  const page = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
${font}
body { font-family: 'Report'; font-size: 16pt; line-height: 1.6; margin: 0; }
h1 { font-size: 22pt; font-weight: normal; text-align: center; margin: 0 2em 1em; }
p { text-indent: 2em; text-align: justify; margin: 0; }
</style></head><body>${aside}<main ${article}><h1>${headline}</h1>
${body.map((p) => `<p>${p}</p>`).join('\n')}
</main></body></html>`;
  const header = `<style>${font}</style><div style="font-family: 'Report'; font-size: 9px; width: 100%; text-align: center">${escapeHtml(runningHeader)}</div>`;
  return { page, header };
}
