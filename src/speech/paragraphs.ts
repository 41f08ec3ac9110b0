/**
 * A list whose items are paragraphs, with no number or shared word to mark them: after a line
 * that ends in `：` (`着力抓好以下几项工作：`), each following line that starts a sentence opens
 * an item. Word's automatic numbers are lost this way when a report is pasted into a web page. Pure.
 */
import { countIn } from './announce.ts';
import type { Passage } from './model.ts';
import type { ParallelList } from './parallel.ts';
import { CLAUSE_END, CLOSERS, SENTENCE_END } from './punctuation.ts';
import { passage } from './text.ts';

/** The fewest paragraphs that make a list. */
const MIN_PARAGRAPH_ITEMS = 2;

/** True when a sentence ends just before `offset` (closing quotes after its mark included). */
function endsSentenceBefore(text: string, offset: number): boolean {
  let at = offset - 1;
  while (at > 0 && CLOSERS.includes(text[at]!)) at--;
  return SENTENCE_END.includes(text[at] ?? '');
}

/**
 * The list of paragraphs in `region`, given where the report's lines start: the first line that
 * ends in `：` leads in, and the lines after it to the region's end are its items; a line that
 * does not start a sentence goes on with the item before it (a line broken by a PDF).
 */
export function findParagraphList(text: string, region: Passage, lineStarts: readonly number[]): ParallelList | undefined {
  const inside = lineStarts.filter((offset) => offset > region.start && offset < region.end);
  const first = inside.findIndex((offset) => text[offset - 1] === '：');
  if (first === -1) return undefined;
  const starts = inside.slice(first).filter((offset, k) => k === 0 || endsSentenceBefore(text, offset));
  if (starts.length < MIN_PARAGRAPH_ITEMS) return undefined;
  const items = starts.map((start, k) => passage(text, start, starts[k + 1] ?? region.end));
  const colon = starts[0]! - 1;
  const clauseStart = Math.max(...[...CLAUSE_END].map((mark) => text.lastIndexOf(mark, colon - 1))) + 1;
  const leadIn = passage(text, Math.max(clauseStart, region.start), colon);
  const count = countIn(leadIn.text);
  return { kind: 'paragraphs', style: '¶', items, ...(count !== undefined ? { announcedCount: count } : {}), leadIn };
}
