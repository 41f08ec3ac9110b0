import { describe, expect, test } from 'vitest';
import { SPEECH } from '../../test/support/speech.ts';
import type { SourceRef } from './format.ts';
import { resolveSource } from './source-ref.ts';

describe('a source reference resolved against our speech', () => {
  test.each<[SourceRef, string, RegExp, number | undefined]>([
    [{ kind: 'headline' }, '标题', /^2021年度首都地区文明办主任会议/, undefined],
    [{ kind: 'lead' }, '导语', /^2月1日下午/, undefined],
    [{ kind: 'attribution' }, '署名', /^（.+）$/, undefined],
    [{ kind: 'part', verb: '指出' }, '会议指出', /^会议指出/, undefined],
    [{ kind: 'priority', number: 1 }, '一是', /^一是更加把牢根本遵循/, 1],
    [{ kind: 'priority', number: 7 }, '七是', /^七是/, 7],
  ])('%j is labelled %j', (ref, label, text, priority) => {
    const resolved = resolveSource(ref, SPEECH);
    if (typeof resolved === 'string') throw new Error(resolved);
    expect(resolved.label).toBe(label);
    expect(resolved.passages[0]!.text).toMatch(text);
    expect(resolved.priority).toBe(priority);
    for (const p of resolved.passages) expect(SPEECH.text.slice(p.start, p.end)).toBe(p.text);
  });

  test('the priorities are every priority, marker to end', () => {
    const resolved = resolveSource({ kind: 'priorities' }, SPEECH);
    if (typeof resolved === 'string') throw new Error(resolved);
    expect(resolved.label).toBe('7个方面');
    expect(resolved.passages.map((p) => p.text.slice(0, 2))).toEqual(['一是', '二是', '三是', '四是', '五是', '六是', '七是']);
  });

  test.each<[SourceRef, RegExp]>([
    [{ kind: 'priority', number: 8 }, /priorities 1 to 7, not 8/],
    [{ kind: 'part', verb: '号召' }, /no part "会议号召"; it has: part:认为, part:指出/],
  ])('%j does not resolve: %s', (ref, message) => {
    expect(resolveSource(ref, SPEECH)).toMatch(message);
  });
});
