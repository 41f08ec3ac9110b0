/** The punctuation classes of the genre: every other module reads its marks from here. Pure. */

/** Marks that end a sentence. */
export const SENTENCE_END = '。！？';
/**
 * What ends a heading line (`一、提高政治站位`) in the joined text: the line break is kept there,
 * because such a line has no closing mark of its own. It ends a sentence and a clause.
 */
export const HEADING_BREAK = '\n';
/** Marks that end a clause: a comma-like pause, a semicolon, a colon, or a sentence end. */
export const CLAUSE_END = '，；：。！？';
/** Marks after which clauses are not packed into one bullet with the next: `；` and sentence ends. */
export const RUN_END = '；。！？';
/** Opening marks of a quotation, a title or an aside: clause marks inside them do not cut. */
export const OPENERS = '“‘《（〈「『';
/** The closing marks, in the same order as OPENERS. */
export const CLOSERS = '”’》）〉」』';
/** Characters after which a structural marker (`一是`, `会议指出`) may start. */
export const MARKER_BOUNDARY = `${CLAUSE_END}${HEADING_BREAK}`;
/** Whitespace the joined text may hold: ASCII, the ideographic space, the heading break. */
export const WHITESPACE = ' \t\n\u3000';

/** A marker's or clause's trailing punctuation: `第一，` → `第一`, `会议要求：` → `会议要求`. */
const RE_TRAILING_MARKS = /[，、：；。！？.．\s\u3000]+$/;
/** A Han character: what makes a text Chinese. */
const RE_HAN = /\p{Script=Han}/u;

/** The text without its trailing punctuation (`第一，` → `第一`). */
export function withoutTrailingMarks(text: string): string {
  return text.replace(RE_TRAILING_MARKS, '');
}

/** True for a Han character. */
export function isHan(character: string | undefined): boolean {
  return character !== undefined && RE_HAN.test(character);
}

/** The number of characters (code points) in a text. */
export function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
