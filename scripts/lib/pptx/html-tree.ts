/**
 * The deck's rendered HTML as a small element tree. Pure. The HTML is our own build's output
 * (marked's renderer and our section template; slides may not contain raw HTML), so it is
 * well-formed and escaped: a tokenizer for that subset is all the exporter needs.
 */

/** An element with its attributes and children. */
export interface HtmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly HtmlNode[];
}

/** A node of the tree: an element or a run of text (entities decoded). */
export type HtmlNode = HtmlElement | string;

/** Elements that never have children or a closing tag. */
const VOID_TAGS = new Set(['br', 'hr', 'img', 'input', 'wbr', 'meta', 'link']);
/** A start tag, an end tag, or a comment. */
const RE_TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/g;
/** One attribute inside a start tag. */
const RE_ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
/** The character references marked and our templates write. */
const RE_ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references of a text or attribute value. */
export function decodeEntities(text: string): string {
  return text.replace(RE_ENTITY, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return NAMED_ENTITIES[name!]!;
  });
}

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of source.matchAll(RE_ATTR)) {
    attrs[match[1]!.toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

interface OpenElement {
  readonly tag: string;
  readonly attrs: Record<string, string>;
  readonly children: HtmlNode[];
}

/** Parses an HTML fragment into its top-level nodes; an end tag without its start tag is an error. */
export function parseHtml(html: string): HtmlNode[] {
  const root: OpenElement = { tag: '#root', attrs: {}, children: [] };
  const stack: OpenElement[] = [root];
  const top = (): OpenElement => stack.at(-1)!;
  const addText = (text: string): void => {
    if (text) top().children.push(decodeEntities(text));
  };
  let last = 0;
  for (const match of html.matchAll(RE_TAG)) {
    addText(html.slice(last, match.index));
    last = match.index + match[0].length;
    const [, closing, rawTag, attrSource, selfClosing] = match;
    if (rawTag === undefined) continue; // a comment
    const tag = rawTag.toLowerCase();
    if (closing) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at < 1) throw new Error(`unexpected </${tag}> in the slide's HTML`);
      stack.length = at; // closes elements left open inside it, as a browser would
      continue;
    }
    const element: OpenElement = { tag, attrs: parseAttributes(attrSource ?? ''), children: [] };
    top().children.push(element);
    if (!VOID_TAGS.has(tag) && !selfClosing) stack.push(element);
  }
  addText(html.slice(last));
  return root.children;
}

/** Whether a node is an element (of one of `tags`, when given). */
export function isElement(node: HtmlNode | undefined, ...tags: string[]): node is HtmlElement {
  return typeof node === 'object' && (tags.length === 0 || tags.includes(node.tag));
}

/** Whether an element carries a class. */
export function hasClass(element: HtmlElement, name: string): boolean {
  return (element.attrs.class ?? '').split(/\s+/).includes(name);
}

/** The first descendant (depth first) that matches. */
export function findElement(nodes: readonly HtmlNode[], matches: (element: HtmlElement) => boolean): HtmlElement | undefined {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (matches(node)) return node;
    const inner = findElement(node.children, matches);
    if (inner) return inner;
  }
  return undefined;
}

/** Every descendant that matches, in document order (not looking inside a match). */
export function findElements(nodes: readonly HtmlNode[], matches: (element: HtmlElement) => boolean): HtmlElement[] {
  return nodes.flatMap((node) => {
    if (!isElement(node)) return [];
    return matches(node) ? [node] : findElements(node.children, matches);
  });
}

/** The visible text of nodes. */
export function textOf(nodes: readonly HtmlNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : node.tag === 'br' ? '\n' : textOf(node.children))).join('');
}
