import { describe, expect, test } from 'vitest';
import { SPEECH as speech } from '../../test/support/speech.ts';
import { measuresOf } from './measures.ts';
import { firstClause, passage } from './text.ts';

/** A text without punctuation and spaces, to compare coverage. */
const letters = (text: string): string => text.replace(/[\p{P}\p{S}\s]/gu, '');

describe("a priority's key measures", () => {
  test.each(speech.priorities.map((p) => [p.number, p] as const))(
    'priority %i: the measures are the body after its opening sentence, in order, cut at 。 and ；',
    (_, priority) => {
      const measures = measuresOf(speech, priority);
      const opening = priority.sentences[0]!;
      const rest = speech.text.slice(opening.end, priority.body.end);
      expect(letters(measures.map((m) => m.passage.text).join(''))).toBe(letters(rest));
      for (const [i, m] of measures.entries()) {
        expect(m.passage.text).toBe(speech.text.slice(m.passage.start, m.passage.end));
        expect(m.passage.start).toBeGreaterThanOrEqual(opening.end);
        expect(m.passage.end).toBeLessThanOrEqual(priority.body.end);
        if (i > 0) expect(m.passage.start).toBeGreaterThanOrEqual(measures[i - 1]!.passage.end);
        // A measure ends where the text ends a sentence or a measure.
        expect('。！？；').toContain(m.passage.text.at(-1));
        expect(m.passage.text.slice(0, -1)).not.toMatch(/[。！？；]/);
        // The label is the measure's first clause, a leading 要 left out.
        expect(m.label.text).toBe(speech.text.slice(m.label.start, m.label.end));
        expect(m.passage.text).toContain(m.label.text);
        expect(m.label.text).not.toMatch(/^要|[，。；]$/);
      }
    },
  );

  test('every priority of this speech has at least one measure', () => {
    expect(speech.priorities.every((p) => measuresOf(speech, p).length > 0)).toBe(true);
  });
});

describe('the first clause', () => {
  test.each([
    ['深入开展“聚力首善，共建文明”活动，大力发现', '深入开展“聚力首善，共建文明”活动'],
    ['对照《甲，乙》，结合', '对照《甲，乙》'],
    ['一句话。又一句', '一句话'],
    ['没有标点', '没有标点'],
  ])('of %s is %s', (text, expected) => {
    expect(firstClause(text, passage(text, 0, text.length)).text).toBe(expected);
  });
});
