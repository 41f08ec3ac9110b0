/**
 * What a slide says, read from the same rendered HTML the browser shows: the kicker, the heading,
 * paragraphs, list items with their levels, quotes, strong text, the chart it names and its
 * priority tracker. Pure.
 */
import { findElement, findElements, type HtmlElement, type HtmlNode, hasClass, isElement, parseHtml, textOf } from './html-tree.ts';

/** A stretch of text in one style. */
export interface TextRun {
  readonly text: string;
  readonly strong: boolean;
}

/** The kinds of paragraph a slide body holds. */
export type BlockKind = 'paragraph' | 'heading' | 'bullet' | 'number' | 'quote';

/** One paragraph of a slide body. */
export interface TextBlock {
  readonly kind: BlockKind;
  /** Nesting depth of a list item, 0 for the outer list and for other blocks. */
  readonly level: number;
  readonly runs: readonly TextRun[];
  /** The number a numbered list item shows (its list's start plus its position). */
  readonly number?: number;
}

/** Where one priority stands on a priority slide's tracker. */
export type TrackerState = 'done' | 'current' | 'next';

/** One item of the priority tracker. */
export interface TrackerItem {
  readonly state: TrackerState;
  readonly marker: string;
  readonly label: string;
  /** The id of the slide it links to (`priority-3`), when it links. */
  readonly target?: string;
}

/** A slide's content. */
export interface SlideContent {
  readonly kicker?: string;
  readonly heading: string;
  readonly blocks: readonly TextBlock[];
  /** The chart's name (`data-chart`), when the slide shows one. */
  readonly chart?: string;
  readonly tracker: readonly TrackerItem[];
}

/** A slide element the PowerPoint export cannot carry; the message says which. */
export class UnsupportedContentError extends Error {
  override name = 'UnsupportedContentError';
}

/** Whitespace that HTML collapses (not the ideographic space, which is text). */
const RE_COLLAPSIBLE = /[ \t\n\r\f]+/g;
const TRACKER_STATES: readonly TrackerState[] = ['done', 'current', 'next'];

/** Inline nodes → runs in document order, strong where inside `<strong>`/`<b>`; adjacent runs of one style merged. */
export function inlineRuns(nodes: readonly HtmlNode[], strong = false): TextRun[] {
  const runs: TextRun[] = [];
  const push = (text: string, isStrong: boolean): void => {
    const previous = runs.at(-1);
    if (previous && previous.strong === isStrong) runs[runs.length - 1] = { text: previous.text + text, strong: isStrong };
    else if (text) runs.push({ text, strong: isStrong });
  };
  for (const node of nodes) {
    if (typeof node === 'string') push(node.replace(RE_COLLAPSIBLE, ' '), strong);
    else if (node.tag === 'img') throw new UnsupportedContentError(`an image ("${node.attrs.src ?? ''}")`);
    else if (node.tag === 'br') push(' ', strong);
    else for (const run of inlineRuns(node.children, strong || node.tag === 'strong' || node.tag === 'b')) push(run.text, run.strong);
  }
  return trimRuns(runs);
}

/** Drops the whitespace HTML formatting leaves at the start and end of a paragraph. */
function trimRuns(runs: TextRun[]): TextRun[] {
  const trimmed = runs.map((run, i) => {
    let text = run.text;
    if (i === 0) text = text.trimStart();
    if (i === runs.length - 1) text = text.trimEnd();
    return { ...run, text };
  });
  return trimmed.filter((run) => run.text !== '');
}

/** A list item: its own text as one block, then its nested lists one level deeper. */
function listItemBlocks(item: HtmlElement, kind: 'bullet' | 'number', level: number, number: number): TextBlock[] {
  const inline = item.children.filter((node) => !isElement(node, 'ul', 'ol'));
  // A loose list wraps the item's text in <p>: read through it.
  const flat = inline.flatMap((node) => (isElement(node, 'p') ? [...node.children, ' '] : [node]));
  const own: TextBlock = { kind, level, runs: inlineRuns(flat), ...(kind === 'number' ? { number } : {}) };
  const nested = item.children.filter((node) => isElement(node, 'ul', 'ol'));
  return [own, ...nested.flatMap((list) => listBlocks(list, level + 1))];
}

function listBlocks(list: HtmlElement, level: number): TextBlock[] {
  const kind = list.tag === 'ol' ? 'number' : 'bullet';
  const start = Number(list.attrs.start ?? 1);
  return list.children
    .filter((node): node is HtmlElement => isElement(node, 'li'))
    .flatMap((item, i) => listItemBlocks(item, kind, level, start + i));
}

/** Body elements → blocks, in order. */
export function bodyBlocks(nodes: readonly HtmlNode[]): TextBlock[] {
  return nodes.flatMap((node): TextBlock[] => {
    if (typeof node === 'string') {
      const runs = inlineRuns([node]);
      return runs.length ? [{ kind: 'paragraph', level: 0, runs }] : [];
    }
    switch (node.tag) {
      case 'ul':
      case 'ol':
        return listBlocks(node, 0);
      case 'blockquote':
        return bodyBlocks(node.children).map((block) => ({ ...block, kind: 'quote', level: 0 }));
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        return [{ kind: 'heading', level: 0, runs: inlineRuns(node.children, true) }];
      case 'table':
        return findElements(node.children, (e) => e.tag === 'tr').map((row) => ({
          kind: 'paragraph',
          level: 0,
          runs: inlineRuns([
            findElements(row.children, (e) => e.tag === 'td' || e.tag === 'th')
              .map((cell) => textOf(cell.children).trim())
              .join('　'),
          ]),
        }));
      case 'hr':
        return [];
      case 'div':
        return bodyBlocks(node.children);
      default: {
        const runs = inlineRuns(node.children);
        return runs.length ? [{ kind: 'paragraph', level: 0, runs }] : [];
      }
    }
  });
}

function trackerItems(section: readonly HtmlNode[]): TrackerItem[] {
  const nav = findElement(section, (e) => e.tag === 'nav' && hasClass(e, 'tracker'));
  if (!nav) return [];
  return findElements(nav.children, (e) => e.tag === 'li').map((li) => {
    const state = TRACKER_STATES.find((s) => hasClass(li, `is-${s}`)) ?? 'next';
    const part = (name: string): string => textOf(findElement(li.children, (e) => hasClass(e, name))?.children ?? []).trim();
    const href = findElement(li.children, (e) => e.tag === 'a')?.attrs.href ?? '';
    return {
      state,
      marker: part('tracker-num'),
      label: part('tracker-label'),
      ...(href.startsWith('#/') ? { target: href.slice(2) } : {}),
    };
  });
}

/** Reads a rendered `<section>` (as `buildDeck` makes it) into the slide's content. */
export function readSlideContent(sectionHtml: string): SlideContent {
  const tree = parseHtml(sectionHtml);
  const head = findElement(tree, (e) => e.tag === 'header' && hasClass(e, 'slide-head'));
  const kicker = head && findElement(head.children, (e) => hasClass(e, 'kicker'));
  const heading = head && findElement(head.children, (e) => e.tag === 'h1' || e.tag === 'h2');
  const body = findElement(tree, (e) => hasClass(e, 'slide-body'));
  const chart = findElement(tree, (e) => hasClass(e, 'chart') && e.attrs['data-chart'] !== undefined);
  const kickerText = kicker ? textOf(kicker.children).trim() : '';
  return {
    ...(kickerText ? { kicker: kickerText } : {}),
    heading: textOf(heading?.children ?? [])
      .replace(RE_COLLAPSIBLE, ' ')
      .trim(),
    blocks: body ? bodyBlocks(body.children) : [],
    ...(chart ? { chart: chart.attrs['data-chart']! } : {}),
    tracker: trackerItems(tree),
  };
}

/**
 * Speaker notes as plain paragraphs for the notes pane: each paragraph and list item on its own,
 * and the label of a quoted source passage (`原文 · …`) on a line above the passage.
 */
export function readNotes(notesHtml: string): string[] {
  const paragraphs: string[] = [];
  const visit = (nodes: readonly HtmlNode[]): void => {
    for (const node of nodes) {
      if (typeof node === 'string') {
        if (node.trim()) paragraphs.push(node.replace(RE_COLLAPSIBLE, ' ').trim());
      } else if (node.tag === 'ul' || node.tag === 'ol' || node.tag === 'blockquote' || node.tag === 'div') visit(node.children);
      else {
        const label = findElement(node.children, (e) => hasClass(e, 'notes-label'));
        const rest = node.children.filter((child) => child !== label);
        const bullet = node.tag === 'li' ? '• ' : '';
        if (label) paragraphs.push(textOf(label.children).trim());
        const text = textOf(rest).replace(RE_COLLAPSIBLE, ' ').trim();
        if (text) paragraphs.push(`${bullet}${text}`);
      }
    }
  };
  visit(parseHtml(notesHtml));
  return paragraphs;
}
