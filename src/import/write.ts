/** A drafted slide → its slide file (through the slide-file format of `src/slides/format.ts`), with markdown escaped. */
import { formatSlideFile, type Layout, type SourceRef } from '../slides/format.ts';

/** Markdown's special characters, escaped so the speech's text shows as written. */
const RE_MARKDOWN_SPECIAL = /[\\`*_[\]<>#|~&]/g;
/** What markdown would read as a list or quote marker at a line start: `1.`, `2)`, `-`, `+`, `>`. */
const RE_BLOCK_START = /^(\d+)([.)])|^([-+>])/;

/** Escapes text so markdown shows it literally. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(RE_MARKDOWN_SPECIAL, '\\$&')
    .replace(RE_BLOCK_START, (_all, digits: string | undefined, mark: string | undefined, sign: string | undefined) =>
      digits !== undefined ? `${digits}\\${mark}` : `\\${sign}`,
    );
}

/** A slide to write: everything is plain text except `blocks`, which are markdown. */
export interface SlideDraft {
  readonly id: string;
  readonly layout: Layout;
  readonly kicker?: string;
  readonly source?: SourceRef;
  readonly chart?: string;
  /** The heading, plain text. */
  readonly heading: string;
  /** Markdown blocks after the heading (lists, quotes, paragraphs), already escaped. */
  readonly blocks: readonly string[];
  /** Speaker notes, plain text; the build adds the speech's text of `source` below them. */
  readonly notes: string;
}

/** The slide file's text. */
export function renderSlideDraft(draft: SlideDraft): string {
  return formatSlideFile({
    id: draft.id,
    layout: draft.layout,
    ...(draft.kicker ? { kicker: draft.kicker } : {}),
    ...(draft.chart ? { chart: draft.chart } : {}),
    ...(draft.source ? { source: draft.source } : {}),
    markdown: [`# ${escapeMarkdown(draft.heading)}`, ...draft.blocks].join('\n\n'),
    notes: escapeMarkdown(draft.notes),
  });
}

/** A bulleted list of plain-text items, each with an optional bold label (`**时间**：…`). */
export function bulletList(items: readonly { readonly text: string; readonly label?: string }[]): string {
  return items.map((item) => `- ${item.label ? `**${escapeMarkdown(item.label)}**：` : ''}${escapeMarkdown(item.text)}`).join('\n');
}

/** A numbered list of plain-text items. */
export function numberedList(items: readonly string[]): string {
  return items.map((item, i) => `${i + 1}. ${escapeMarkdown(item)}`).join('\n');
}

/** A block quote of plain text. */
export function blockQuote(text: string): string {
  return `> ${escapeMarkdown(text)}`;
}
