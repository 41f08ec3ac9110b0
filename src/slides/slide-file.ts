/** One slide file → a validated slide description. Pure: the file's text in, data out. */
import { SlideError } from './errors.ts';
import { parseFrontMatter } from './front-matter.ts';

/** The layouts a slide may use; each is styled by the theme as `.layout-<name>`. */
export const LAYOUTS = ['title', 'section', 'bullets', 'chart', 'bullets-chart', 'closing'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Layouts that show a chart and so need `chart:`. */
export const CHART_LAYOUTS: ReadonlySet<Layout> = new Set(['chart', 'bullets-chart']);

/** The line that starts the speaker notes (reveal.js's own convention). */
export const NOTES_SEPARATOR = /^Note:\s*$/m;
/** A slide id: what a deep link `#/<id>` names. */
const RE_ID = /^[a-z][a-z0-9-]*$/;

/** Every front-matter key a slide may have, with what it is for (shown when a key is unknown). */
export const FRONT_MATTER_KEYS: Readonly<Record<string, string>> = {
  id: 'the slide id, used in deep links #/<id> (required)',
  layout: `one of ${LAYOUTS.join(', ')} (required)`,
  kicker: 'a short label above the heading',
  chart: 'the chart shown by a chart layout',
  source: 'the part of the speech this slide draws from: headline, lead, part:<verb>, priority:<n>, priorities, attribution',
  fragments: 'true to reveal the list items one by one',
};

export interface SlideFile {
  readonly file: string;
  readonly id: string;
  readonly idLine: number;
  readonly layout: Layout;
  readonly kicker?: string;
  readonly chart?: { readonly name: string; readonly line: number };
  readonly source?: { readonly ref: string; readonly line: number };
  readonly fragments: boolean;
  /** The slide's markdown, before the notes. */
  readonly body: string;
  /** 1-based line of the file on which `body` starts. */
  readonly bodyLine: number;
  /** The speaker notes' markdown (may be empty). */
  readonly notes: string;
  /** 1-based line of the file on which `notes` starts. */
  readonly notesLine: number;
}

/** Parses and validates one slide file; throws a SlideError naming the file and line. */
export function parseSlideFile(source: string, file: string): SlideFile {
  const front = parseFrontMatter(source, file);
  const get = (key: string) => front.entries.get(key);

  for (const [key, { line }] of front.entries) {
    if (!(key in FRONT_MATTER_KEYS)) {
      const known = Object.entries(FRONT_MATTER_KEYS)
        .map(([k, what]) => `${k} (${what})`)
        .join('; ');
      throw new SlideError(`unknown front matter key "${key}"; the keys are: ${known}`, file, line);
    }
  }

  const id = get('id');
  if (!id || id.value === '')
    throw new SlideError('the front matter has no "id: …": give the slide an id such as "id: priority-1"', file, 1);
  if (!RE_ID.test(id.value)) {
    throw new SlideError(
      `id "${id.value}" must be lower-case letters, digits and dashes, starting with a letter (it becomes the link #/${id.value})`,
      file,
      id.line,
    );
  }

  const layoutEntry = get('layout');
  if (!layoutEntry) throw new SlideError(`the front matter has no "layout: …": use one of ${LAYOUTS.join(', ')}`, file, 1);
  const layout = LAYOUTS.find((l) => l === layoutEntry.value);
  if (!layout) throw new SlideError(`unknown layout "${layoutEntry.value}": use one of ${LAYOUTS.join(', ')}`, file, layoutEntry.line);

  const chartEntry = get('chart');
  if (CHART_LAYOUTS.has(layout) && !chartEntry) {
    throw new SlideError(`layout "${layout}" shows a chart: add "chart: <name>" to the front matter`, file, layoutEntry.line);
  }
  if (chartEntry && !CHART_LAYOUTS.has(layout)) {
    throw new SlideError(
      `"chart: ${chartEntry.value}" needs a chart layout (${[...CHART_LAYOUTS].join(' or ')}), not "${layout}"`,
      file,
      chartEntry.line,
    );
  }

  const fragmentsEntry = get('fragments');
  if (fragmentsEntry && fragmentsEntry.value !== 'true' && fragmentsEntry.value !== 'false') {
    throw new SlideError(`"fragments" is true or false, not "${fragmentsEntry.value}"`, file, fragmentsEntry.line);
  }

  const notesMatch = NOTES_SEPARATOR.exec(front.body);
  const body = notesMatch ? front.body.slice(0, notesMatch.index) : front.body;
  const notesStart = notesMatch ? notesMatch.index + notesMatch[0].length : front.body.length;
  const notes = front.body.slice(notesStart);
  const notesOffset = notesStart + notes.length - notes.trimStart().length;
  const notesLine = front.bodyLine + (front.body.slice(0, notesOffset).match(/\n/g)?.length ?? 0);
  if (body.trim() === '') {
    throw new SlideError('the slide has no content: write at least a heading ("# …") after the front matter', file, front.bodyLine);
  }

  const kicker = get('kicker')?.value;
  return {
    file,
    id: id.value,
    idLine: id.line,
    layout,
    ...(kicker ? { kicker } : {}),
    ...(chartEntry ? { chart: { name: chartEntry.value, line: chartEntry.line } } : {}),
    ...(get('source') ? { source: { ref: get('source')!.value, line: get('source')!.line } } : {}),
    fragments: fragmentsEntry?.value === 'true',
    body,
    bodyLine: front.bodyLine,
    notes: notes.trim(),
    notesLine,
  };
}
