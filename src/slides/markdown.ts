/** Slide markdown → HTML with our own marked instance, plus what the build checks in it. */
import { Marked, type Token, type Tokens } from 'marked';

/** A piece of a slide's markdown that the build checks, with the file line it is on. */
export interface Located<T> {
  readonly value: T;
  readonly line: number;
}

/** What the build needs to know about a slide's markdown besides its HTML. */
export interface MarkdownFacts {
  /** Text of each list item and block quote: these must be the speech's own words. */
  readonly quotes: readonly Located<string>[];
  /** Raw HTML, which slides may not contain. */
  readonly rawHtml: readonly Located<string>[];
  /** Image targets, to check that local assets exist. */
  readonly images: readonly Located<string>[];
  /** Link targets (inline, reference and autolinks), to check that none runs script. */
  readonly links: readonly Located<string>[];
  /** Headings' plain text, in order. */
  readonly headings: readonly Located<string>[];
}

/**
 * An editorial label at the start of a list item, `**时间**：`: it is ours, not the speech's,
 * so the fidelity rule leaves it out.
 */
const RE_LEADING_LABEL = /^\s*(<p>)?<strong>[^<]*<\/strong>\s*[：:]\s*/;

/** The text of a list item or quote that must stand in the speech: its visible text minus a leading label. */
function quotedText(html: string): string {
  return htmlToText(html.replace(RE_LEADING_LABEL, '$1')).trim();
}

/** Options of one rendering. */
export interface RenderOptions {
  /** Reveal list items one by one. */
  readonly fragments: boolean;
  /** `#` becomes `<h1>` on the title slide and `<h2>` elsewhere, so the page has one h1. */
  readonly topHeading: 'h1' | 'h2';
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The visible text of an HTML fragment (tags dropped, the few entities marked emits decoded). */
export function htmlToText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);
}

function createMarked(options: RenderOptions): Marked {
  return new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const tag = depth === 1 ? options.topHeading : `h${Math.min(depth + (options.topHeading === 'h1' ? 0 : 1), 6)}`;
        return `<${tag}>${this.parser.parseInline(tokens)}</${tag}>\n`;
      },
      listitem(item) {
        const inner = this.parser.parse(item.tokens);
        return options.fragments ? `<li class="fragment">${inner}</li>\n` : false;
      },
    },
  });
}

/** Renders a slide's markdown to HTML. */
export function renderMarkdown(markdown: string, options: RenderOptions): string {
  return createMarked(options).parse(markdown, { async: false });
}

/** Renders inline markdown (no paragraph) to HTML. */
export function renderInline(markdown: string): string {
  return createMarked({ fragments: false, topHeading: 'h2' }).parseInline(markdown, { async: false });
}

/** Finds the quotes, raw HTML, images, links and headings of a slide's markdown, each with its file line. */
export function inspectMarkdown(markdown: string, firstLine: number): MarkdownFacts {
  const marked = createMarked({ fragments: false, topHeading: 'h2' });
  const tokens = marked.lexer(markdown);
  const quotes: Located<string>[] = [];
  const rawHtml: Located<string>[] = [];
  const images: Located<string>[] = [];
  const links: Located<string>[] = [];
  const headings: Located<string>[] = [];
  const lineAt = (offset: number): number => firstLine + (markdown.slice(0, offset).match(/\n/g)?.length ?? 0);
  const inlineText = (tokens: Token[]): string => htmlToText(marked.Parser.parseInline(tokens)).trim();

  // Children's raw text stands inside their parent's raw text, in order: find each from a cursor.
  const walk = (list: readonly Token[], base: number, parentRaw: string): void => {
    let cursor = 0;
    for (const token of list) {
      const at = parentRaw.indexOf(token.raw, cursor);
      const offset = base + (at === -1 ? cursor : at);
      if (at !== -1) cursor = at + token.raw.length;
      const line = lineAt(offset + (token.raw.length - token.raw.trimStart().length));
      switch (token.type) {
        case 'html':
          rawHtml.push({ value: (token as Tokens.HTML).text.trim(), line });
          break;
        case 'image':
          images.push({ value: (token as Tokens.Image).href, line });
          break;
        case 'link':
          links.push({ value: (token as Tokens.Link).href, line });
          break;
        case 'heading':
          headings.push({ value: inlineText((token as Tokens.Heading).tokens), line });
          break;
        case 'list_item': {
          const item = token as Tokens.ListItem;
          const own = item.tokens.filter((t) => t.type !== 'list');
          quotes.push({ value: quotedText(marked.Parser.parse(own)), line });
          break;
        }
        case 'blockquote':
          quotes.push({ value: quotedText(marked.Parser.parse((token as Tokens.Blockquote).tokens)), line });
          walk(
            (token as Tokens.Blockquote).tokens.filter((t) => t.type !== 'paragraph'),
            offset,
            token.raw,
          );
          continue;
      }
      const children =
        'items' in token && Array.isArray(token.items)
          ? (token.items as Token[])
          : 'tokens' in token && Array.isArray(token.tokens)
            ? (token.tokens as Token[])
            : [];
      walk(children, offset, token.raw);
    }
  };
  walk(tokens, 0, markdown);
  return { quotes, rawHtml, images, links, headings };
}
