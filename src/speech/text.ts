/** Small helpers to cut passages out of the joined speech text. */
import type { Passage } from './model.ts';

/** Characters that end a sentence in the speech. */
export const SENTENCE_END = '。！？';
/** Characters that end a clause (a sentence end, or a comma-like pause). */
export const CLAUSE_END = '。！？；，：';
/** Characters after which a structural marker (`一是`, `会议指出`) may start: any clause or sentence mark. */
export const MARKER_BOUNDARY = '。！？；：，\n';

const WHITESPACE = ' \t\n\u3000';

/** Cuts `text[start, end)` as a passage, trimming whitespace at both ends. */
export function passage(text: string, start: number, end: number): Passage {
  while (start < end && WHITESPACE.includes(text[start]!)) start++;
  while (end > start && WHITESPACE.includes(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}

/** Cuts a passage into pieces, each ending with one of `stops` (kept) or at the passage's end. */
export function splitAfter(text: string, within: Passage, stops: string): Passage[] {
  const pieces: Passage[] = [];
  let from = within.start;
  for (let i = within.start; i < within.end; i++) {
    if (stops.includes(text[i]!)) {
      pieces.push(passage(text, from, i + 1));
      from = i + 1;
    }
  }
  if (from < within.end) pieces.push(passage(text, from, within.end));
  return pieces.filter((p) => p.text !== '');
}

/** The passage's sentences, each ending in `。！？` where the text has one. */
export function sentencesOf(text: string, within: Passage): Passage[] {
  return splitAfter(text, within, SENTENCE_END);
}

/** The passage's clauses, cut after `，；：` and sentence ends, the mark left out. */
export function clausesOf(text: string, within: Passage): Passage[] {
  return splitAfter(text, within, CLAUSE_END).map((c) => (CLAUSE_END.includes(text[c.end - 1]!) ? passage(text, c.start, c.end - 1) : c));
}

/** True when a marker may start at `offset`: at the start of `from`, or right after a boundary mark. */
export function isAtBoundary(text: string, offset: number, from: number): boolean {
  return offset === from || MARKER_BOUNDARY.includes(text[offset - 1]!);
}
