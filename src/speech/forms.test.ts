/** The parser on reports of the genre other than ours: the forms the importer relies on. */
import { describe, expect, test } from 'vitest';
import { normalizePunctuation } from './normalize.ts';
import { parseSpeech } from './parse.ts';

const report = (lead: string, body: string, attribution = ''): string => `某某会议召开\n\n　　${lead}\n\n${body}\n\n${attribution}\n`;
const LEAD_WITH_UNITS = '3月2日上午,全区召开某某会议。区委副书记李某出席并讲话,区委常委王某主持。各街道、各部门负责同志等参加会议。';
const LEAD_WITHOUT_UNITS = '3月2日上午,全区召开某某会议。区委副书记李某出席并讲话。';

describe('parts and the lead', () => {
  test('a lead without attending units has an empty attendance, and no part is needed', () => {
    const speech = parseSpeech(report(LEAD_WITHOUT_UNITS, '一是抓学习,深入学习。二是抓落实,狠抓落实。'));
    expect(speech.lead.attendance).toEqual([]);
    expect(speech.lead.speakers.map((p) => p.text)).toEqual(['区委副书记李某']);
    expect(speech.parts).toEqual([]);
    expect(speech.attribution).toBeUndefined();
    expect(speech.priorities.at(-1)!.body.text).toBe('抓落实，狠抓落实。');
  });

  test('the lead names its units', () => {
    expect(parseSpeech(report(LEAD_WITH_UNITS, '一是抓学习。二是抓落实。')).lead.attendance.map((p) => p.text)).toEqual([
      '各街道、各部门负责同志',
    ]);
  });

  test('the last priority ends where a later 会议强调 part begins', () => {
    const speech = parseSpeech(
      report(LEAD_WITH_UNITS, '会议要求:(一)抓学习。深入学习。(二)抓落实。狠抓落实。\n\n会议强调,要形成合力。', '(区委办)'),
    );
    expect(speech.priorities.map((p) => p.body.text)).toEqual(['抓学习。深入学习。', '抓落实。狠抓落实。']);
    expect(speech.parts.map((p) => [p.verb, p.content.text])).toEqual([
      ['要求', ''],
      ['强调', '要形成合力。'],
    ]);
    expect(speech.attribution?.text).toBe('（区委办）');
  });
});

describe('the announced count', () => {
  test.each([
    ['in the clause before the first marker', '会议指出,要抓好十个方面工作:', 10],
    ['in the sentence before, with 两', '会议强调,要抓好两方面工作。', 2],
  ])('%s', (_where, leadIn, count) => {
    const markers = Array.from({ length: count }, (_, i) => `${'一二三四五六七八九十'[i]}是抓第${i + 1}项工作。`).join('');
    expect(parseSpeech(report(LEAD_WITH_UNITS, `${leadIn}${markers}`)).announcedPriorityCount).toBe(count);
  });

  test('a count announced but not matched is a warning naming what was found, and the items found stand', () => {
    const speech = parseSpeech(report(LEAD_WITH_UNITS, '会议强调,要抓好三方面工作。第一,抓学习。第二,抓落实。'));
    expect(speech.priorities.map((p) => p.title.text)).toEqual(['抓学习', '抓落实']);
    expect(speech.warnings).toHaveLength(1);
    expect(speech.warnings[0]!.message).toMatch(/announces 3 items \("要抓好三方面工作"\) but 2 were found \(第一 第二\)/);
    expect(speech.warnings[0]!.line).toBe(5);
  });
});

test('normalising many unmatched brackets stays linear and correct', () => {
  const text = `${'(甲'.repeat(20_000)}乙)`;
  const normal = normalizePunctuation(text);
  expect(normal).toHaveLength(text.length);
  expect(normal.endsWith('乙）')).toBe(true);
});
