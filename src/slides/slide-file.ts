/** One slide file → a validated slide description. Pure: the file's text in, data out. */
import { SlideError } from './errors.ts';
import {
  CHART_LAYOUTS,
  FRONT_MATTER_KEYS,
  LAYOUTS,
  type Layout,
  parseSourceRef,
  RE_NOTES_LINE,
  SOURCE_REF_FORMS,
  type SourceRef,
} from './format.ts';
import { parseFrontMatter } from './front-matter.ts';

/** A slide id: what a deep link `#/<id>` names. */
const RE_ID = /^[a-z][a-z0-9-]*$/;

export interface SlideFile {
  readonly file: string;
  readonly id: string;
  readonly idLine: number;
  readonly layout: Layout;
  readonly kicker?: string;
  readonly chart?: { readonly name: string; readonly line: number };
  readonly source?: { readonly ref: SourceRef; readonly line: number };
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

  const notesMatch = RE_NOTES_LINE.exec(front.body);
  const body = notesMatch ? front.body.slice(0, notesMatch.index) : front.body;
  const notesStart = notesMatch ? notesMatch.index + notesMatch[0].length : front.body.length;
  const notes = front.body.slice(notesStart);
  const notesOffset = notesStart + notes.length - notes.trimStart().length;
  const notesLine = front.bodyLine + (front.body.slice(0, notesOffset).match(/\n/g)?.length ?? 0);
  if (body.trim() === '') {
    throw new SlideError('the slide has no content: write at least a heading ("# …") after the front matter', file, front.bodyLine);
  }

  const kicker = get('kicker')?.value;
  const sourceEntry = get('source');
  return {
    file,
    id: id.value,
    idLine: id.line,
    layout,
    ...(kicker ? { kicker } : {}),
    ...(chartEntry ? { chart: { name: chartEntry.value, line: chartEntry.line } } : {}),
    ...(sourceEntry ? { source: { ref: readSourceRef(sourceEntry, file), line: sourceEntry.line } } : {}),
    fragments: fragmentsEntry?.value === 'true',
    body,
    bodyLine: front.bodyLine,
    notes: notes.trim(),
    notesLine,
  };
}

/** A `source:` value read, or a SlideError at its line naming the forms it may take. */
function readSourceRef(entry: { readonly value: string; readonly line: number }, file: string): SourceRef {
  const ref = parseSourceRef(entry.value);
  if (!ref) throw new SlideError(`unknown source "${entry.value}": use one of ${SOURCE_REF_FORMS}`, file, entry.line);
  return ref;
}
