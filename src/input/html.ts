/**
 * A saved news page: its declared character set honoured, the article found by Readability on linkedom's
 * DOM, or read from its known place on a WeChat article page.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { articleLines, headlineOf } from './article.ts';
import { type BlockNode, blockTexts, htmlBlocks } from './blocks.ts';
import { declaredCharset } from './charset.ts';
import { decodeText, hasByteOrderMark } from './decode.ts';
import { InputError } from './errors.ts';
import { isWeChatFurnitureLine, isWeChatPage, weChatArticle } from './wechat.ts';

/**
 * Readability keeps looking for a longer article below this many characters (its default is 500);
 * reports of the genre run from 250 characters up.
 */
const ARTICLE_MIN_CHARS = 100;
/** Fewer Chinese characters than this is no report: a page of links, or one whose article is drawn by script. */
const MIN_ARTICLE_HAN = 20;
const RE_HAN = /\p{Script=Han}/gu;
/** Elements whose text a reader does not see as the page's. */
const UNSEEN = 'script, style, noscript, template, textarea, select';

type PageDocument = ReturnType<typeof parseHTML>['document'];

/** The text of every element in the page's body that is at most `maxLength` long, spaces collapsed: where a headline set without `<h1>` is found. */
function shownTexts(document: PageDocument, maxLength: number): string[] {
  const texts = new Set<string>();
  for (const element of document.body?.querySelectorAll('*') ?? []) {
    if (element.matches(UNSEEN) || element.closest(UNSEEN)) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text !== '' && text.length <= maxLength) texts.add(text);
  }
  return [...texts];
}

/** What was read from a page. */
export interface HtmlText {
  readonly paragraphs: readonly string[];
  readonly encoding: string;
  readonly dropped: readonly string[];
  readonly warnings: readonly string[];
}

interface PageText {
  readonly text: string;
  readonly encoding: string;
  readonly warnings: readonly string[];
}

/** Strict decoding; undefined when the bytes are not valid in that encoding. */
function strictly(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes a page as a browser would: a byte-order mark, else the declared charset, else by its
 * bytes. A page declared GBK whose bytes are valid UTF-8 was re-saved as UTF-8 with its old
 * declaration kept: GBK text is almost never valid UTF-8, so UTF-8 wins, with a warning.
 */
function decodePage(file: string, bytes: Uint8Array): PageText {
  const declared = declaredCharset(bytes);
  if (!declared || hasByteOrderMark(bytes)) return { ...decodeText(file, bytes), warnings: [] };
  const asUtf8 = declared === 'utf-8' ? undefined : strictly(bytes, 'utf-8');
  if (asUtf8 !== undefined && bytes.some((b) => b >= 0x80))
    return { text: asUtf8, encoding: 'utf-8', warnings: [`the page declares ${declared} but its text is UTF-8; it was read as UTF-8`] };
  const text = strictly(bytes, declared);
  if (text !== undefined) return { text, encoding: declared, warnings: [] };
  const decoded = decodeText(file, bytes);
  return { ...decoded, warnings: [`the page declares ${declared} but its bytes are not ${declared}; it was read as ${decoded.encoding}`] };
}

/** The page's headline and its article's blocks, before furniture is left out; undefined when there is no article. */
interface FoundArticle {
  readonly headline: string;
  readonly blocks: readonly string[];
  /** Lines already known to be furniture. */
  readonly furniture: readonly string[];
}

/** A news page's article, as Readability finds it; its headline from the `<title>`, the headings and the text the page shows. */
function readableArticle(document: PageDocument): FoundArticle | undefined {
  const title = document.title ?? '';
  const headings = [...document.querySelectorAll('h1')].map((h) => h.textContent ?? '');
  // Read before Readability, which takes the page apart.
  const shown = shownTexts(document, title.length);
  // Readability's types ask for the browser's Document; linkedom's implements what it reads.
  const readable = document as unknown as ConstructorParameters<typeof Readability>[0];
  const article = new Readability(readable, { charThreshold: ARTICLE_MIN_CHARS }).parse();
  if (!article?.content) return undefined;
  const headline = headlineOf(title || (article.title ?? ''), headings, shown);
  return { headline, blocks: htmlBlocks(article.content), furniture: [] };
}

/** A WeChat article: the content element read whatever its style says, without the account's furniture. */
function weChatBlocks(document: PageDocument): FoundArticle | undefined {
  const { headline, content, names } = weChatArticle(document);
  if (!content) return undefined;
  // linkedom's nodes have the members blockTexts reads.
  const lines = blockTexts(content as unknown as BlockNode);
  return {
    headline,
    blocks: lines.filter((line) => !isWeChatFurnitureLine(line, names)),
    furniture: lines.filter((line) => isWeChatFurnitureLine(line, names)),
  };
}

/** The shortest sentence, ended by a full stop, that shows a paragraph is prose rather than a button or a link. */
const MIN_SENTENCE_CHARS = 20;

/** Whether any paragraph holds a sentence of prose: a page of buttons, links and labels holds none. */
export function hasProse(paragraphs: readonly string[]): boolean {
  return paragraphs.some((paragraph) =>
    paragraph.split(/(?<=[。！？])/).some((sentence) => sentence.endsWith('。') && [...sentence.trim()].length >= MIN_SENTENCE_CHARS),
  );
}

/** A subtitle as the genre sets it under a headline: `——淮安市…会议召开`. */
const RE_SUBTITLE = /^——\s*\S/;
/** `主标题——副标题` in one line: the headline, then its subtitle from the doubled dash on. */
const RE_HEADLINE_AND_SUBTITLE = /^(.*\S)\s*(——\s*\S.*)$/;
/** The longest line taken for a subtitle. */
const MAX_SUBTITLE_CHARS = 64;
/** How far into the article's paragraphs a repeated subtitle is looked for. */
const SUBTITLE_WITHIN = 6;

/** A headline and its subtitle, each to stand on its own line. */
export interface Headline {
  readonly main: string;
  readonly subtitle?: string;
}

/**
 * The headline and its subtitle: one that holds both (`…满城香——淮安市…会议召开`, as a `<title>`
 * gives them) is cut at the doubled dash; else the subtitle is the page's line right after the
 * headline (`pageLines`, the text of the page's blocks in order) when it opens with `——`.
 */
export function headlineAndSubtitle(headline: string, pageLines: readonly string[]): Headline {
  const both = RE_HEADLINE_AND_SUBTITLE.exec(headline);
  if (both) return { main: both[1]!, subtitle: both[2]! };
  const next = pageLines[pageLines.indexOf(headline) + 1];
  const shown = headline !== '' && next !== undefined && RE_SUBTITLE.test(next) && [...next].length <= MAX_SUBTITLE_CHARS;
  return shown ? { main: headline, subtitle: next } : { main: headline };
}

/** The lines that open the text: the headline, and its subtitle on a line of its own (the article's own copy of it left out). */
function openingLines(headline: Headline, kept: readonly string[]): string[] {
  if (!headline.subtitle) return headline.main ? [headline.main, ...kept] : [...kept];
  const repeated = kept.slice(0, SUBTITLE_WITHIN).indexOf(headline.subtitle);
  return [headline.main, headline.subtitle, ...kept.filter((_, i) => i !== repeated)];
}

/** Reads a saved page's article. Throws an InputError when the page holds no article. */
export function readHtml(file: string, bytes: Uint8Array): HtmlText {
  const page = decodePage(file, bytes);
  const { document } = parseHTML(page.text);
  // Read before Readability, which takes the page apart.
  const pageLines = document.body ? blockTexts(document.body as unknown as BlockNode) : [];
  const found = isWeChatPage(document) ? weChatBlocks(document) : readableArticle(document);
  const noArticle = new InputError(
    file,
    "no article found in the page (only navigation and links, or text drawn by script): open the page in a browser, copy the report's text into a .txt file and import that",
  );
  if (!found) throw noArticle;
  const headline = headlineAndSubtitle(found.headline, pageLines);
  // The article may repeat the headline with its subtitle in one line, or without it.
  const repeated = found.blocks.slice(0, SUBTITLE_WITHIN).includes(found.headline) ? found.headline : headline.main;
  const { kept, dropped } = articleLines(repeated, found.blocks);
  if ((kept.join('').match(RE_HAN) ?? []).length < MIN_ARTICLE_HAN || !hasProse(kept)) throw noArticle;
  return {
    paragraphs: openingLines(headline, kept),
    encoding: page.encoding,
    dropped: [...found.furniture, ...dropped],
    warnings: page.warnings,
  };
}
