/**
 * Lists whose items are paragraphs, told apart by the report's own line breaks where no number
 * marks them: the paragraphs after a line that ends in `：` (`着力抓好以下几项工作：`), paragraphs
 * in a row that open with one head word or frame (`着力在…上求实效。`), and the stretches under
 * intertitles in a row. Word's automatic numbers are lost this way when a report is pasted into a
 * web page. Pure.
 */
import { countIn } from './announce.ts';
import type { Passage } from './model.ts';
import { FRAME_GAP, type ParallelList, sharedHead } from './parallel.ts';
import { CLAUSE_END, CLOSERS, SENTENCE_END } from './punctuation.ts';
import { firstClause, passage } from './text.ts';

/** The fewest paragraphs that make a list. */
const MIN_PARAGRAPH_ITEMS = 2;

/** True when a sentence ends just before `offset` (closing quotes after its mark included). */
function endsSentenceBefore(text: string, offset: number): boolean {
  let at = offset - 1;
  while (at > 0 && CLOSERS.includes(text[at]!)) at--;
  return SENTENCE_END.includes(text[at] ?? '');
}

/** Where a paragraph of `region` starts: a line that starts a sentence (a line broken inside one goes on with it). */
function paragraphStarts(text: string, region: Passage, lineStarts: readonly number[]): number[] {
  return lineStarts.filter((offset) => offset > region.start && offset < region.end && endsSentenceBefore(text, offset));
}

/**
 * The list of paragraphs in a row that open with one head word or frame (`着力在理论宣讲上求实效。`,
 * `着力在阵地建设上求提升。`): each paragraph is an item, the sentences after its opening included,
 * however many there are.
 */
export function findParagraphHeadList(text: string, region: Passage, lineStarts: readonly number[]): ParallelList | undefined {
  const starts = paragraphStarts(text, region, lineStarts);
  const ends = [...starts.slice(1), region.end];
  const openings = starts.map((start, k) => firstClause(text, passage(text, start, ends[k]!)).text);
  for (let i = 0; i < starts.length - 1; i++) {
    let head = sharedHead(openings[i]!, openings[i + 1]!, false, true);
    if (head === undefined) continue;
    let last = i + 1;
    for (let j = i + 2; j < starts.length; j++) {
      const shared = sharedHead(head.includes(FRAME_GAP) ? openings[i]! : head, openings[j]!, false, true);
      if (shared === undefined) break;
      if (!head.includes(FRAME_GAP)) head = shared;
      last = j;
    }
    const items = starts.slice(i, last + 1).map((start, k) => passage(text, start, ends[i + k]!));
    if (items.length >= MIN_PARAGRAPH_ITEMS) return { kind: 'paragraphs', style: head, items };
  }
  return undefined;
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

/** The style of a list whose items stand under intertitles. */
export const INTERTITLE_STYLE = '小标题';

/**
 * The list whose items stand under intertitles in a row (`坚持用党的创新理论凝心铸魂` / `要…`):
 * each item runs from its intertitle to the next, the last to the region's end. Undefined when
 * fewer than two of `heads` stand in `region`.
 */
export function intertitleList(text: string, region: Passage, heads: readonly Passage[]): ParallelList | undefined {
  const inside = heads.filter((head) => head.start >= region.start && head.end <= region.end);
  if (inside.length < MIN_PARAGRAPH_ITEMS) return undefined;
  const items = inside.map((head, k) => passage(text, head.start, inside[k + 1]?.start ?? region.end));
  return { kind: 'paragraphs', style: INTERTITLE_STYLE, items };
}
