/** The text of an HTML fragment block by block: one string per paragraph, heading, list item or cell. */
import { parseHTML } from 'linkedom';
import { RE_WIDE } from './line-join.ts';

/** Elements whose text stands as a paragraph of its own. */
const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TH THEAD TR UL'.split(
    ' ',
  ),
);
/** Elements whose text is never shown. */
const HIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);
/** Runs of spaces, tabs and line breaks: HTML shows each as one space, or none (below). */
const RE_COLLAPSIBLE = /[ \t\r\n\f]+/g;
/** Stands for a `<br>` in the text gathered, until lines are cut. */
const LINE_BREAK = '\u2028';

/**
 * Collapses white space as CSS does: a run becomes one space, except that a run holding a line
 * break between two wide characters (RE_WIDE) disappears (CSS Text's segment break rule for Chinese).
 */
export function collapseWhiteSpace(text: string): string {
  return text.replace(RE_COLLAPSIBLE, (run, offset: number) => {
    const before = text[offset - 1] ?? '';
    const after = text[offset + run.length] ?? '';
    return run.includes('\n') && RE_WIDE.test(before) && RE_WIDE.test(after) ? '' : ' ';
  });
}

/** The few DOM members read here, so that any DOM (the browser's, linkedom's) will do. */
export interface BlockNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<BlockNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The text of each block under `root`, in document order: a block's text runs until the next block
 * starts or ends; a `<br>` breaks its line. White space collapses as the browser shows it; empty blocks are left out.
 */
export function blockTexts(root: BlockNode): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    for (const line of current.split(LINE_BREAK)) {
      const text = collapseWhiteSpace(line).trim();
      if (text !== '') blocks.push(text);
    }
    current = '';
  };
  const visit = (node: BlockNode): void => {
    if (node.nodeType === TEXT_NODE) current += node.nodeValue ?? '';
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.nodeName.toUpperCase();
    if (HIDDEN_TAGS.has(tag)) return;
    if (tag === 'BR') current += LINE_BREAK;
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    for (let i = 0; i < node.childNodes.length; i++) visit(node.childNodes[i]!);
    if (isBlock) flush();
  };
  visit(root);
  flush();
  return blocks;
}

/** The blocks of an HTML fragment (mammoth's output, Readability's article). */
export function htmlBlocks(fragment: string): string[] {
  // linkedom builds a proper body only from a whole document.
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${fragment}</body></html>`);
  return blockTexts(document.body);
}
