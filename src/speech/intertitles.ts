/** Headings without a marker (intertitles) as the openings of the parts under them. Pure. */
import type { Passage } from './model.ts';
import type { Opener } from './parts.ts';

/** Where a part opens: at an opener, at an intertitle, or at an intertitle with its opener right under it. */
export interface Opening extends Omit<Opener, 'speaker'> {
  readonly speaker?: Passage;
  /** The intertitle the part stands under, when it has one. */
  readonly title?: Passage;
}

/** The fewest intertitles in a row, with no opener under any, that head the items of a list. */
const MIN_LIST_INTERTITLES = 2;

/**
 * The openings of a body: each intertitle opens the part under it, taking in the opener that
 * follows it on the next line (`深化文明创建　提升城市品质` + `会议强调，…`: one part, titled);
 * an intertitle with no opener under it opens a part whose speaker is not named. Intertitles in a
 * row with no opener under any of them (`坚持用党的创新理论凝心铸魂`, `着力壮大主流思想舆论`, … in
 * one speaker's part) are no parts: they head the items of a list, returned as `listHeads`.
 */
export function withIntertitles(
  text: string,
  openers: readonly Opener[],
  intertitles: readonly Passage[],
): { openings: Opening[]; listHeads: Passage[][] } {
  const taken = new Set<Opener>();
  // The opener on the line right under each intertitle, when there is one.
  const under = new Map(
    intertitles.map((title) => [title, openers.find((o) => o.start >= title.end && text.slice(title.end, o.start).trim() === '')]),
  );
  const lone = intertitles.filter((title) => !under.get(title));
  // Lone intertitles with no opener between them are a run.
  const runs: Passage[][] = [];
  for (const title of lone) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && !openers.some((o) => o.start > previous.end && o.start < title.start)) run.push(title);
    else runs.push([title]);
  }
  const listHeads = runs.filter((run) => run.length >= MIN_LIST_INTERTITLES);
  const inList = new Set(listHeads.flat());
  const titled = intertitles
    .filter((title) => !inList.has(title))
    .map((title): Opening => {
      const opener = under.get(title);
      if (!opener) return { start: title.start, contentStart: title.end, verb: '', title };
      taken.add(opener);
      return { ...opener, start: title.start, title };
    });
  return { openings: [...openers.filter((o) => !taken.has(o)), ...titled].sort((a, b) => a.start - b.start), listHeads };
}
