/** A part's own slides: its text outside its lists, as bullets, before and after them. Pure. */
import { type Passage, partLabel, passage, type Speech, UNOPENED_PART_LABEL } from '../speech/index.ts';
import { bulletsOf } from './excerpts.ts';
import { CONTINUED, type PlannedSlide } from './pages.ts';

/** Slide ids and headings for parts by their verb; other verbs get `part-<n>` and the part's label. */
const PART_SLIDES: Readonly<Record<string, { readonly id: string; readonly heading: string }>> = {
  认为: { id: 'review', heading: '回顾与成绩' },
  指出: { id: 'context', heading: '形势与要求' },
  强调: { id: 'emphasis', heading: '几点强调' },
  要求: { id: 'requirements', heading: '工作要求' },
  提出: { id: 'proposals', heading: '提出的任务' },
  决定: { id: 'decisions', heading: '会议决定' },
  号召: { id: 'call', heading: '会议号召' },
  部署: { id: 'deployment', heading: '工作部署' },
  表示: { id: 'remarks', heading: '讲话要点' },
  希望: { id: 'hopes', heading: '几点希望' },
  明确: { id: 'clarified', heading: '明确要求' },
};
/** What the slides of text that no opener introduces say. */
const UNOPENED = { id: 'content', kicker: UNOPENED_PART_LABEL, heading: '主要内容' } as const;

/** A part's slides, each placed at the text offset it shows. */
export interface PlacedSlides {
  readonly at: number;
  readonly slides: readonly PlannedSlide[];
}

/**
 * The part's text between the spans its lists take (each `[start, end)`), in order. The part runs
 * to the next part (or the body's end): text after a list without numbers is still the part's.
 */
function segmentsOf(speech: Speech, index: number, taken: readonly (readonly [number, number])[]): Passage[] {
  const part = speech.parts[index]!;
  const end = speech.parts[index + 1]?.body.start ?? speech.body.end;
  const segments: Passage[] = [];
  let from = part.content.start;
  for (const [start, stop] of [...taken].sort((a, b) => a[0] - b[0])) {
    if (start > from) segments.push(passage(speech.text, from, Math.min(start, end)));
    from = Math.max(from, stop);
  }
  if (from < end) segments.push(passage(speech.text, from, end));
  return segments.filter((s) => s.text !== '');
}

/**
 * One slide per stretch of the part's own text that has bullets: the first with the part's
 * `source:` when no earlier part has its verb, the others (`（续）`, after a list) with the text in
 * their notes. `taken` are the spans of the part's lists and the words leading into them.
 */
export function partSlides(
  speech: Speech,
  index: number,
  taken: readonly (readonly [number, number])[],
  usedIds: Set<string>,
): PlacedSlides[] {
  const part = speech.parts[index]!;
  const known = part.verb === '' ? UNOPENED : PART_SLIDES[part.verb];
  const label = partLabel(part);
  const referable = part.verb !== '' && speech.parts.findIndex((p) => p.verb === part.verb) === index;
  const base = known?.id ?? 'part';
  // Every slide's id is new in the deck: a second part with the same verb, or a stretch after a
  // list, must not take an id an earlier slide has (`emphasis-2` can be either).
  const freshId = (wanted: string): string => {
    let id = wanted;
    for (let n = 2; usedIds.has(id); n++) id = `${wanted}-${n}`;
    usedIds.add(id);
    return id;
  };
  const id = freshId(known ? base : `part-${index + 1}`);
  // A part under an intertitle is headed by it: the report's own words for what the part is about.
  const heading = part.title?.text ?? known?.heading ?? label;
  const withBullets = segmentsOf(speech, index, taken)
    .map((segment) => ({ segment, bullets: bulletsOf(speech.text, segment) }))
    .filter((s) => s.bullets.length > 0);
  return withBullets.map(({ segment, bullets }, k) => ({
    at: segment.start,
    slides: [
      {
        id: k === 0 ? id : freshId(`${id}-${k + 1}`),
        layout: 'bullets',
        kicker: label || UNOPENED.kicker,
        ...(referable && k === 0 ? { source: { kind: 'part', verb: part.verb } as const } : {}),
        heading: k === 0 ? heading : `${heading}${CONTINUED}`,
        items: bullets.map((b) => ({ text: b.text })),
        notes: referable && k === 0 ? `${label}部分，共${part.sentences.length}句。` : segment.text,
      },
    ],
  }));
}
