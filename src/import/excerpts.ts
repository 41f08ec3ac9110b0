/**
 * The bullet rule: verbatim excerpts of the speech, cut at clause boundaries.
 *
 * An excerpt is one or more consecutive clauses of one sentence (a `；` ends a run too, as it
 * separates parallel statements), taken in speech order, packed while the excerpt stays within
 * MAX_EXCERPT_CHARS characters. Clauses come from the speech model's quote-aware splitting, so
 * a comma inside `“聚力首善，共建文明”` does not cut. Excerpts shorter than MIN_EXCERPT_CHARS
 * and repeats are left out. The excerpt's closing mark is dropped; everything else is the
 * speech's own text, so the build's fidelity check holds.
 *
 * `excerptsOf` picks a few short excerpts (a long clause is left out: cutting it would leave
 * half a thought); `bulletsOf` keeps the whole passage, cutting a clause too long for one bullet
 * at its `、` pauses, so that a slide and its continuations show everything.
 */
import { CLAUSE_END, charCount, clauseSpans, type Passage, RUN_END, sentencesOf } from '../speech/index.ts';

/** The longest excerpt packed from several clauses, in characters. */
export const MAX_EXCERPT_CHARS = 40;
/** The longest single clause `excerptsOf` lets stand as an excerpt on its own. */
export const MAX_CLAUSE_CHARS = 56;
/** The longest bullet `bulletsOf` makes: a longer clause is cut at its pauses. */
export const MAX_BULLET_CHARS = 120;
/** The shortest excerpt worth a bullet, in letters and digits (marks and spaces do not count). */
export const MIN_EXCERPT_CHARS = 4;
/** What counts toward an excerpt's length: letters and digits, which are what the fidelity check compares. */
const RE_WORD_CHARACTER = /[\p{L}\p{N}]/gu;
/** The most bullets `excerptsOf` gives by default. */
export const MAX_BULLETS = 4;
export { charCount };

/** Whitespace and closing marks trimmed from an excerpt's ends. */
const RE_TRIM = new RegExp(`^[\\s\\u3000]+|[\\s\\u3000${CLAUSE_END}、]+$`, 'g');
/** Marks after which a bullet ends: `；`, sentence ends, and a colon, which introduces what follows. */
const BULLET_RUN_END = `${RUN_END}：`;
/** A pause inside a clause where an over-long clause may be cut. */
const PAUSE = '、';

/** A clause as offsets in the speech text, the closing mark left out; `endsRun` after `；` or a sentence end. */
type Span = [start: number, end: number, endsRun: boolean];

/** The clauses of one sentence as spans. */
function clauseSpansOf(text: string, sentence: Passage): Span[] {
  const clauses = clauseSpans(text, sentence);
  return clauses.map((c, i) => [c.passage.start, c.passage.end, BULLET_RUN_END.includes(c.mark) || i === clauses.length - 1]);
}

/** Cuts `text[start, end)` as a trimmed excerpt. */
function excerpt(text: string, start: number, end: number): Passage {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.replace(/^[\s\u3000]+/, '').length;
  const trimmed = raw.replace(RE_TRIM, '');
  return { start: start + lead, end: start + lead + trimmed.length, text: trimmed };
}

/** A clause longer than MAX_BULLET_CHARS, cut at its last pause before the limit (or at the limit). */
function cutLongClause(text: string, start: number, end: number): [number, number][] {
  const pieces: [number, number][] = [];
  let from = start;
  while (charCount(text.slice(from, end)) > MAX_BULLET_CHARS) {
    const window = text.slice(from, from + MAX_BULLET_CHARS);
    const pause = window.lastIndexOf(PAUSE);
    const cut = pause > MAX_BULLET_CHARS / 2 ? from + pause + 1 : from + MAX_BULLET_CHARS;
    pieces.push([from, cut]);
    from = cut;
  }
  pieces.push([from, end]);
  return pieces;
}

/** The excerpts of `within` by the rule above; long clauses are left out, or cut when `cutLong`. */
function collect(text: string, within: Passage, limit: number, cutLong: boolean): Passage[] {
  const found: Passage[] = [];
  const seen = new Set<string>();
  const keep = (start: number, end: number): void => {
    if (found.length >= limit) return;
    const piece = excerpt(text, start, end);
    if ((piece.text.match(RE_WORD_CHARACTER)?.length ?? 0) < MIN_EXCERPT_CHARS || seen.has(piece.text)) return;
    seen.add(piece.text);
    found.push(piece);
  };
  for (const sentence of sentencesOf(text, within)) {
    if (found.length >= limit) break;
    let current: [number, number] | undefined;
    for (const [start, end, endsRun] of clauseSpansOf(text, sentence)) {
      const length = charCount(text.slice(start, end));
      if (length > MAX_EXCERPT_CHARS) {
        if (current) keep(...current);
        current = undefined;
        if (cutLong) for (const piece of cutLongClause(text, start, end)) keep(...piece);
        else if (length <= MAX_CLAUSE_CHARS) keep(start, end);
        continue;
      }
      if (current && charCount(text.slice(current[0], end)) > MAX_EXCERPT_CHARS) {
        keep(...current);
        current = undefined;
      }
      current = current ? [current[0], end] : [start, end];
      if (endsRun) {
        keep(...current);
        current = undefined;
      }
    }
  }
  return found;
}

/** Up to `limit` excerpts of the passage `within` of the speech `text`, long clauses left out. */
export function excerptsOf(text: string, within: Passage, limit = MAX_BULLETS): Passage[] {
  return collect(text, within, limit, false);
}

/** Every bullet of the passage `within`: all its text, in order, long clauses cut at their pauses. */
export function bulletsOf(text: string, within: Passage): Passage[] {
  return collect(text, within, Number.POSITIVE_INFINITY, true);
}

/** The clause of `within` that holds the offset `at`, cut like an excerpt; undefined when it is too long. */
export function clauseAt(text: string, within: Passage, at: number): Passage | undefined {
  for (const clause of clauseSpans(text, within)) {
    if (at >= clause.passage.start && at < clause.passage.end) {
      const piece = excerpt(text, clause.passage.start, clause.passage.end);
      return charCount(piece.text) <= MAX_CLAUSE_CHARS ? piece : undefined;
    }
  }
  return undefined;
}
