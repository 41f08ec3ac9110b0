/** What introduces a list: its lead-in words, and the count they announce (`七个方面`, `四项任务`). Pure. */
import type { Passage } from './model.ts';
import { fromChineseNumeral } from './numerals.ts';
import { CLAUSE_END, HEADING_BREAK, SENTENCE_END } from './punctuation.ts';
import { passage } from './text.ts';

/** An announced count: a numeral, a measure word and what is counted (`七个方面`, `三件事`, `“三个到位”`, `两方面`). */
const RE_COUNT =
  /([一二两三四五六七八九十]{1,3})(?:个|项|件|点|条|大)?(?:方面|重点|任务|工作|事|要求|意见|建议|希望|措施|举措|行动|工程|到位|坚持|抓手|环节|目标|原则|机制|内容|问题|方向|领域)/g;
/** What turns an announcement into a list: `，即`, `：`. */
const RE_INTRODUCER = /(?:，即|：|即)$/;

/** The last announcement in `words`, as written (`四项任务`) and as a number; undefined when there is none or it counts fewer than two. */
export function announcementIn(words: string): { readonly words: string; readonly count: number } | undefined {
  const last = [...words.matchAll(RE_COUNT)].at(-1);
  if (!last) return undefined;
  const count = fromChineseNumeral(last[1]!.replace(/两/g, '二'));
  return count !== undefined && count >= 2 ? { words: last[0], count } : undefined;
}

/** The count of the last announcement in `words`; undefined when there is none or it counts fewer than two. */
export function countIn(words: string): number | undefined {
  return announcementIn(words)?.count;
}

/**
 * The words leading into a list that starts at `first`: the clause before it when that ends in
 * `：` or `即` (`重点抓好七个方面工作：一是`), or the sentence before it when it announces a count
 * (`要重点做好三件事。第一，`). Searched no further back than `from`.
 */
export function leadInOf(text: string, from: number, first: number): { words: Passage; count?: number } | undefined {
  const before = text.slice(from, first).trimEnd();
  if (before === '') return undefined;
  const introduced = RE_INTRODUCER.exec(before);
  const endsSentence = SENTENCE_END.includes(before.at(-1) ?? '');
  if (!introduced && !endsSentence) return undefined;
  const body = introduced ? before.slice(0, introduced.index) : before.slice(0, -1);
  const stops = endsSentence ? `${SENTENCE_END}：${HEADING_BREAK}` : `${CLAUSE_END}${HEADING_BREAK}`;
  const start = Math.max(...[...stops].map((c) => body.lastIndexOf(c))) + 1;
  const words = passage(text, from + start, from + body.length);
  const count = countIn(words.text);
  if (endsSentence && count === undefined) return undefined;
  return { words, ...(count !== undefined ? { count } : {}) };
}
