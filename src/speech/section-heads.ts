/**
 * Section heads with a marker (`三、下阶段重点工作`) that no numbered list takes in, as in official
 * documents and minutes whose sections each hold an opener (`会议强调，…`) that cuts the run of
 * heads: each ends what stands before it and heads the part under it. And openers that stand in a
 * numbered item's paragraph, after its title sentence, which open no part. Pure.
 */
import type { Opening } from './intertitles.ts';
import type { PlacedRun } from './lists.ts';
import type { Passage } from './model.ts';
import type { Opener } from './parts.ts';
import { passage } from './text.ts';

/** A section head's marker: `三、`, `（二）`, `3.`. */
const RE_HEAD_MARKER = /^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.．、]|（\d{1,2}）|[①-⑳])/;

/** A numbered item's title sentence at the start of its paragraph: `一、坚持正确方向，筑牢网上思想根基。`. */
const RE_ITEM_TITLE_SENTENCE = new RegExp(`^${RE_HEAD_MARKER.source.slice(1)}[^。！？]{2,40}[。！？]$`);

/**
 * The openers without those that stand right after an item's title sentence in its paragraph
 * (`一、坚持正确方向，筑牢网上思想根基。会议指出，…`): the item goes on there, no part opens.
 */
export function withinItemTitles(text: string, openers: readonly Opener[], lineStarts: readonly number[]): Opener[] {
  return openers.filter((o) => {
    const line = lineStarts.findLast((start) => start <= o.start) ?? 0;
    return !RE_ITEM_TITLE_SENTENCE.test(text.slice(line, o.start));
  });
}

/**
 * Each opening whose opener stands right under one of `heads` opens at the head instead, titled by
 * its words; a head with no opener under it opens a part of its own, whose speaker is not named.
 */
export function headedBy(text: string, openings: readonly Opening[], heads: readonly Passage[]): Opening[] {
  const titleOf = (head: Passage): Passage => passage(text, head.start + (RE_HEAD_MARKER.exec(head.text)?.[0].length ?? 0), head.end);
  const under = (head: Passage, opening: Opening): boolean =>
    head.end <= opening.start && text.slice(head.end, opening.start).trim() === '';
  const headed = openings.map((opening) => {
    const head = heads.find((h) => under(h, opening));
    return !head || opening.title ? opening : { ...opening, start: head.start, title: titleOf(head) };
  });
  const alone = heads
    .filter((head) => !openings.some((opening) => under(head, opening)))
    .map((head): Opening => ({ start: head.start, contentStart: head.end, verb: '', title: titleOf(head) }));
  return [...headed, ...alone].sort((a, b) => a.start - b.start);
}

/** Where the markers of a placed run and of the runs inside its items start. */
const markerStartsOf = (placed: PlacedRun): number[] => [
  ...placed.run.markers.map((m) => m.start),
  ...[...placed.inner.values()].flatMap(markerStartsOf),
];

/** The heads among `headings` (heading lines after the start of the body `content`) that are no marker of the numbered lists `runs`. */
export function headsNoListTakes(content: Passage, headings: readonly Passage[], runs: readonly PlacedRun[]): Passage[] {
  const markerStarts = new Set(runs.flatMap(markerStartsOf));
  return headings.filter((h) => h.start > content.start && RE_HEAD_MARKER.test(h.text) && !markerStarts.has(h.start));
}
