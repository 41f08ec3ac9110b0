/** What the importer found in a report, for the presenter to check before anything is written. Pure. */
import { namedUnits } from '../speech/attendees.ts';
import { INTERTITLE_STYLE, type ItemList, markerLabel, meetingTitle, partLabel, type Speech } from '../speech/index.ts';

/** One list as found: how it is marked, its items' titles, and its inner lists. */
export interface OutlineList {
  /** `一是`, `（一）`, `1.`, `首先`…; for a list without numbers, `要…` (its head word) or `…；…` (announced). */
  readonly style: string;
  readonly items: readonly string[];
  readonly announced?: number;
  /** Who says it (`会议要求`), when it stands in a part. */
  readonly part?: string;
  readonly main: boolean;
  /** Lists inside items, with the item's 1-based number. */
  readonly inner: readonly { readonly item: number; readonly list: OutlineList }[];
}

/** The outline of a report: its frame, its parts and its lists. */
export interface Outline {
  readonly title: string;
  /** True when the report has no headline line and the title was taken from the lead. */
  readonly titleDerived: boolean;
  readonly date?: string;
  readonly speakers: readonly string[];
  readonly presiders: readonly string[];
  readonly attendingUnits: number;
  /** Each part's opener (`会议指出`, `马军指出`; `(no opener)` for text no opener introduces) and its line. */
  readonly parts: readonly { readonly label: string; readonly line: number }[];
  readonly lists: readonly OutlineList[];
  readonly attribution?: string;
  /** Bylines, captions, tags and editor lines, set aside as attribution. */
  readonly credits: readonly string[];
  readonly warnings: readonly string[];
}

/** How the outline names text that no opener introduces. */
const UNOPENED_LABEL = '(no opener)';

/** How the outline names the way a list's items are marked. */
function styleLabel(list: ItemList): string {
  if (list.kind === 'numbered') return list.style;
  if (list.kind === 'paragraphs')
    return list.style === INTERTITLE_STYLE ? `${list.style} (under intertitles)` : `${list.style} (a paragraph each)`;
  if (list.kind === 'announced') return '…；…';
  // A frame (`在…上持续用力`) already shows where the items' own words go.
  return list.style.includes('…') ? list.style : `${list.style}…`;
}

function listOutline(speech: Speech, list: ItemList): OutlineList {
  const part = list.part !== undefined ? partLabel(speech.parts[list.part]!) : undefined;
  return {
    style: styleLabel(list),
    items: list.items.map((item) => (list.kind === 'numbered' ? `${markerLabel(item)} ${item.title.text}` : item.title.text)),
    ...(list.announcedCount !== undefined ? { announced: list.announcedCount } : {}),
    ...(part ? { part } : {}),
    main: list === speech.mainList,
    inner: list.items.flatMap((item) => (item.inner ? [{ item: item.number, list: listOutline(speech, item.inner) }] : [])),
  };
}

/** The outline of a parsed report. */
export function outlineOf(speech: Speech): Outline {
  const { lead } = speech;
  return {
    title: meetingTitle(speech),
    titleDerived: speech.headlineDerived,
    ...(lead.fullDate ? { date: lead.fullDate } : {}),
    speakers: lead.speakers.map((p) => p.text),
    presiders: lead.presiders.map((p) => p.text),
    attendingUnits: namedUnits(speech).length,
    parts: speech.parts.map((p) => ({ label: partLabel(p) || UNOPENED_LABEL, line: speech.sourceLineOf(p.body.start) })),
    lists: speech.lists.map((l) => listOutline(speech, l)),
    ...(speech.attribution ? { attribution: speech.attribution.text } : {}),
    credits: speech.credits.map((c) => c.text),
    warnings: speech.warnings.map((w) => `line ${w.line}: ${w.message}`),
  };
}

function describeList(list: OutlineList, indent: string, heading: string): string[] {
  const announced = list.announced !== undefined ? `, announced ${list.announced}` : '';
  const where = list.part ? ` in ${list.part}` : '';
  return [
    `${indent}${heading}${list.main ? ' (the priorities)' : ''}: ${list.items.length} items marked ${list.style}${announced}${where}`,
    ...list.items.flatMap((item, i) => [
      `${indent}  ${item}`,
      ...list.inner.filter((inner) => inner.item === i + 1).flatMap((inner) => describeList(inner.list, `${indent}    `, 'inner list')),
    ]),
  ];
}

/** The outline as lines for the terminal. */
export function describeOutline(outline: Outline): string[] {
  const none = (values: readonly string[]): string => (values.length > 0 ? values.join('; ') : 'none found');
  return [
    `title: ${outline.title}${outline.titleDerived ? ' (no headline line: taken from the lead)' : ''}`,
    `date: ${outline.date ?? 'none found'}`,
    `speakers: ${none(outline.speakers)}`,
    `presiders: ${none(outline.presiders)}`,
    `attending units: ${outline.attendingUnits}`,
    `parts: ${none(outline.parts.map((p) => `${p.label} (line ${p.line})`))}`,
    ...(outline.lists.length > 0
      ? outline.lists.flatMap((l, i) => describeList(l, '', `list ${i + 1}`))
      : ['lists: none found (one slide per part)']),
    `attribution: ${outline.attribution ?? 'none found'}`,
    ...(outline.credits.length > 0 ? [`set aside as credits: ${outline.credits.join(' | ')}`] : []),
    ...outline.warnings.map((w) => `warning: ${w}`),
  ];
}
