/**
 * The slide-file format, read and written in one place: a front matter of `key: value` lines between
 * `---` fences, the slide's markdown, then the speaker notes after a `Note:` line (reveal.js's own
 * convention). The build reads slide files with it; the importer writes them with it.
 */

/** The line that opens and closes the front matter. */
export const FENCE = '---';
/** The line that starts the speaker notes. */
export const NOTES_LINE = 'Note:';
/** The notes line as the reader finds it (trailing spaces allowed). */
export const RE_NOTES_LINE = /^Note:\s*$/m;

/** The layouts a slide may use; each is styled by the theme as `.layout-<name>`. */
export const LAYOUTS = ['title', 'section', 'bullets', 'chart', 'bullets-chart', 'closing'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Layouts that show a chart and so need `chart:`. */
export const CHART_LAYOUTS: ReadonlySet<Layout> = new Set(['chart', 'bullets-chart']);

/** Every front-matter key a slide may have, with what it is for (shown when a key is unknown). */
export const FRONT_MATTER_KEYS = {
  id: 'the slide id, used in deep links #/<id> (required)',
  layout: `one of ${LAYOUTS.join(', ')} (required)`,
  kicker: 'a short label above the heading',
  chart: 'the chart shown by a chart layout',
  source: 'the part of the speech this slide draws from: headline, lead, part:<verb>, priority:<n>, priorities, attribution',
  fragments: 'true to reveal the list items one by one',
} as const;
export type FrontMatterKey = keyof typeof FRONT_MATTER_KEYS;

/** The part of the speech a slide draws from (`source:`). */
export type SourceRef =
  | { readonly kind: 'headline' | 'lead' | 'priorities' | 'attribution' }
  | { readonly kind: 'part'; readonly verb: string }
  | { readonly kind: 'priority'; readonly number: number };

/** The written forms of a source reference, for error messages. */
export const SOURCE_REF_FORMS = 'headline, lead, part:<verb> (e.g. part:指出), priority:<n>, priorities, attribution';

const RE_PART_REF = /^part:(\S+)$/;
const RE_PRIORITY_REF = /^priority:([1-9]\d*)$/;
const PLAIN_REFS = ['headline', 'lead', 'priorities', 'attribution'] as const;

/** Reads a `source:` value; undefined when it is none of the forms. */
export function parseSourceRef(text: string): SourceRef | undefined {
  const plain = PLAIN_REFS.find((kind) => kind === text);
  if (plain) return { kind: plain };
  const part = RE_PART_REF.exec(text);
  if (part) return { kind: 'part', verb: part[1]! };
  const priority = RE_PRIORITY_REF.exec(text);
  if (priority) return { kind: 'priority', number: Number(priority[1]) };
  return undefined;
}

/** Writes a source reference as a `source:` value. */
export function formatSourceRef(ref: SourceRef): string {
  switch (ref.kind) {
    case 'part':
      return `part:${ref.verb}`;
    case 'priority':
      return `priority:${ref.number}`;
    default:
      return ref.kind;
  }
}

/** What a slide file holds, as the writer takes it. Markdown is written as given. */
export interface SlideFileContent {
  readonly id: string;
  readonly layout: Layout;
  readonly kicker?: string;
  readonly chart?: string;
  readonly source?: SourceRef;
  readonly fragments?: boolean;
  /** The slide's markdown: the `# heading` line, then its blocks. */
  readonly markdown: string;
  /** The speaker notes' markdown; no `Note:` section when empty. */
  readonly notes?: string;
}

/** A front-matter value on one line, free of what the reader would strip (line breaks, outer quotes). */
function frontValue(value: string): string {
  const oneLine = value.replace(/[\r\n]+/g, ' ').trim();
  return /^(["']).*\1$/.test(oneLine) ? `"${oneLine}"` : oneLine;
}

/** The text of a slide file. */
export function formatSlideFile(content: SlideFileContent): string {
  const entries: [FrontMatterKey, string | undefined][] = [
    ['id', content.id],
    ['layout', content.layout],
    ['kicker', content.kicker],
    ['chart', content.chart],
    ['source', content.source && formatSourceRef(content.source)],
    ['fragments', content.fragments ? 'true' : undefined],
  ];
  const front = entries.filter(([, value]) => value !== undefined && value !== '').map(([key, value]) => `${key}: ${frontValue(value!)}`);
  const notes = content.notes?.trim() ? `\n${NOTES_LINE}\n${content.notes.trim()}\n` : '';
  return `${FENCE}\n${front.join('\n')}\n${FENCE}\n${content.markdown.trim()}\n${notes}`;
}
