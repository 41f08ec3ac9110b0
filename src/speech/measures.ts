/** A priority's key measures: the statements that follow its opening sentence. Pure. */
import type { Passage, Priority, Speech } from './model.ts';
import { RUN_END } from './punctuation.ts';
import { firstClause, passage, splitAfter } from './text.ts';

/** A modal word at the start of a measure, left out of its label: `要…`, `我们都要…`. */
const RE_LEADING_MODAL = /^(?:我们都要|要)/;

/** One key measure of a priority. */
export interface Measure {
  /** The whole statement, with its closing mark. */
  readonly passage: Passage;
  /** Its first clause without a leading `要`: what the chart shows. */
  readonly label: Passage;
}

/**
 * The key measures of a priority: its body after the opening sentence (which carries the
 * title and the aim), cut at sentence ends and at the semicolons that separate measures.
 */
export function measuresOf(speech: Speech, priority: Priority): Measure[] {
  const opening = priority.sentences[0];
  if (!opening) return [];
  const rest = passage(speech.text, opening.end, priority.body.end);
  return splitAfter(speech.text, rest, RUN_END).map((statement) => {
    const clause = firstClause(speech.text, statement);
    const modal = RE_LEADING_MODAL.exec(clause.text);
    const label = modal ? passage(speech.text, clause.start + modal[0].length, clause.end) : clause;
    return { passage: statement, label };
  });
}
