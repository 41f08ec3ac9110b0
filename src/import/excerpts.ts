/**
 * The bullet rule: verbatim excerpts of the speech, cut at clause boundaries.
 *
 * An excerpt is one or more consecutive clauses of one sentence (a `；` ends a run too, as
 * it separates parallel statements), taken in speech order,
 * packed while the excerpt stays within MAX_EXCERPT_CHARS characters. A single clause
 * longer than that stands alone when it is within MAX_CLAUSE_CHARS, and is left out
 * otherwise (cutting inside a clause would leave half a thought). Commas inside quotes,
 * book-title marks and brackets (`“聚力首善，共建文明”`) do not end a clause. Excerpts
 * shorter than MIN_EXCERPT_CHARS and repeats are left out. The excerpt's closing mark
 * is dropped; everything else is the speech's own text, so the build's fidelity check holds.
 */
import { type Passage, sentencesOf } from '../speech/index.ts';

/** The longest excerpt packed from several clauses, in characters. */
export const MAX_EXCERPT_CHARS = 40;
/** The longest single clause that may stand as an excerpt on its own. */
export const MAX_CLAUSE_CHARS = 56;
/** The shortest excerpt worth a bullet. */
export const MIN_EXCERPT_CHARS = 4;
/** The most bullets a slide gets. */
export const MAX_BULLETS = 4;

/** Marks that end a clause (inside a sentence) or a sentence. */
const CLAUSE_MARKS = '，；：。！？';
/** Marks after which clauses are not packed together with the next. */
const RUN_MARKS = '；。！？';
/** Opening and closing marks of a quotation or title: clause marks between them do not count. */
const OPENERS = '“‘《（〈「『';
const CLOSERS = '”’》）〉」』';
/** Whitespace and closing marks trimmed from an excerpt's ends. */
const RE_TRIM = /^[\s\u3000]+|[\s\u3000，；：。！？、]+$/g;

/** The number of characters (code points) in a text. */
export function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** A clause as offsets in the speech text, the closing mark left out; `endsRun` after `；` or a sentence end. */
type Clause = [start: number, end: number, endsRun: boolean];

/** The clauses of one sentence. */
function clauseSpans(text: string, sentence: Passage): Clause[] {
  const spans: Clause[] = [];
  let depth = 0;
  let from = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = text[i]!;
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_MARKS.includes(c)) {
      if (i > from) spans.push([from, i, RUN_MARKS.includes(c)]);
      from = i + 1;
    }
  }
  if (from < sentence.end) spans.push([from, sentence.end, true]);
  return spans;
}

/** Cuts `text[start, end)` as a trimmed passage. */
function excerpt(text: string, start: number, end: number): Passage {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.replace(/^[\s\u3000]+/, '').length;
  const trimmed = raw.replace(RE_TRIM, '');
  return { start: start + lead, end: start + lead + trimmed.length, text: trimmed };
}

/** Up to `limit` excerpts of the passage `within` of the speech `text`, by the rule above. */
export function excerptsOf(text: string, within: Passage, limit = MAX_BULLETS): Passage[] {
  const found: Passage[] = [];
  const seen = new Set<string>();
  const keep = (start: number, end: number): void => {
    if (found.length >= limit) return;
    const piece = excerpt(text, start, end);
    if (charCount(piece.text) < MIN_EXCERPT_CHARS || seen.has(piece.text)) return;
    seen.add(piece.text);
    found.push(piece);
  };
  for (const sentence of sentencesOf(text, within)) {
    if (found.length >= limit) break;
    let current: [number, number] | undefined;
    for (const [start, end, endsRun] of clauseSpans(text, sentence)) {
      const length = charCount(text.slice(start, end));
      if (length > MAX_EXCERPT_CHARS) {
        if (current) keep(...current);
        current = undefined;
        if (length <= MAX_CLAUSE_CHARS) keep(start, end);
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

/** The clause of `within` that holds the offset `at`, cut like an excerpt; undefined when it is too long. */
export function clauseAt(text: string, within: Passage, at: number): Passage | undefined {
  for (const sentence of sentencesOf(text, within)) {
    for (const [start, end] of clauseSpans(text, sentence)) {
      if (at >= start && at < end) {
        const piece = excerpt(text, start, end);
        return charCount(piece.text) <= MAX_CLAUSE_CHARS ? piece : undefined;
      }
    }
  }
  return undefined;
}
