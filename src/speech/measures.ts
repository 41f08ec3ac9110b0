/** A priority's key measures: the statements that follow its opening sentence. Pure. */
import type { Passage, Priority, Speech } from './model.ts';
import { passage, splitAfter } from './text.ts';

/** What ends a measure: a sentence end, or the semicolon that separates measures inside a sentence. */
const MEASURE_END = '。！？；';
/** Marks that end a clause when they stand outside quotes and titles. */
const CLAUSE_MARKS = '，；：。！？';
/** Opening and closing marks inside which a comma does not end a clause: `“聚力首善，共建文明”`. */
const OPENERS = '“《（‘';
const CLOSERS = '”》）’';
/** A modal word at the start of a measure, left out of its label: `要…`, `我们都要…`. */
const RE_LEADING_MODAL = /^(?:我们都要|要)/;

/** One key measure of a priority. */
export interface Measure {
  /** The whole statement, with its closing mark. */
  readonly passage: Passage;
  /** Its first clause without a leading `要`: what the chart shows. */
  readonly label: Passage;
}

/** The first clause of a passage, ignoring commas inside quotes and book titles. */
export function firstClause(text: string, within: Passage): Passage {
  let depth = 0;
  for (let i = within.start; i < within.end; i++) {
    const c = text[i]!;
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_MARKS.includes(c)) return passage(text, within.start, i);
  }
  return within;
}

/**
 * The key measures of a priority: its body after the opening sentence (which carries the
 * title and the aim), cut at sentence ends and semicolons.
 */
export function measuresOf(speech: Speech, priority: Priority): Measure[] {
  const opening = priority.sentences[0];
  if (!opening) return [];
  const rest = passage(speech.text, opening.end, priority.body.end);
  return splitAfter(speech.text, rest, MEASURE_END).map((statement) => {
    const clause = firstClause(speech.text, statement);
    const modal = RE_LEADING_MODAL.exec(clause.text);
    const label = modal ? passage(speech.text, clause.start + modal[0].length, clause.end) : clause;
    return { passage: statement, label };
  });
}
