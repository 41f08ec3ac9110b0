/** Headings without a marker (intertitles) as the openings of the parts under them. Pure. */
import type { Passage } from './model.ts';
import type { Opener } from './parts.ts';

/** Where a part opens: at an opener, at an intertitle, or at an intertitle with its opener right under it. */
export interface Opening extends Omit<Opener, 'speaker'> {
  readonly speaker?: Passage;
  /** The intertitle the part stands under, when it has one. */
  readonly title?: Passage;
}

/**
 * The openings of a body: each intertitle opens the part under it, taking in the opener that
 * follows it on the next line (`深化文明创建　提升城市品质` + `会议强调，…`: one part, titled);
 * an intertitle with no opener under it opens a part whose speaker is not named.
 */
export function withIntertitles(text: string, openers: readonly Opener[], intertitles: readonly Passage[]): Opening[] {
  const taken = new Set<Opener>();
  const titled = intertitles.map((title): Opening => {
    const under = openers.find((o) => o.start >= title.end && text.slice(title.end, o.start).trim() === '');
    if (!under) return { start: title.start, contentStart: title.end, verb: '', title };
    taken.add(under);
    return { ...under, start: title.start, title };
  });
  return [...openers.filter((o) => !taken.has(o)), ...titled].sort((a, b) => a.start - b.start);
}
