import { describe, expect, test } from 'vitest';
import {
  CHART_SECONDS,
  DEFAULT_RATE,
  formatDuration,
  MIN_SLIDE_SECONDS,
  type PaceItem,
  paceStatus,
  parsePaceNumber,
  planPace,
  RATE_RANGE,
} from './plan.ts';

const item = (id: string, characters: number, chart = false): PaceItem => ({ id, title: id, characters, chart });

describe('planPace', () => {
  test('a slide takes its characters at the rate: 220 characters at 220 per minute is a minute', () => {
    const plan = planPace([item('a', 220), item('b', 440)], { rate: DEFAULT_RATE });
    expect(plan.slides.map((s) => [s.id, s.seconds, s.start])).toEqual([
      ['a', 60, 0],
      ['b', 120, 60],
    ]);
    expect(plan.totalSeconds).toBe(180);
  });

  test('a slower rate gives more time', () => {
    expect(planPace([item('a', 300)], { rate: 150 }).totalSeconds).toBe(120);
  });

  test('a chart adds its allowance; no slide is shorter than the minimum', () => {
    const plan = planPace([item('title', 10), item('chart-only', 0, true), item('text-and-chart', 110, true)], { rate: 220 });
    expect(plan.slides.map((s) => s.seconds)).toEqual([MIN_SLIDE_SECONDS, CHART_SECONDS, 30 + CHART_SECONDS]);
  });

  test('a target length scales every slide so that the plan adds up to it, in the same proportions', () => {
    const items = [item('a', 220), item('b', 660), item('c', 0, true)];
    const natural = planPace(items, { rate: 220 });
    const plan = planPace(items, { rate: 220, targetMinutes: 15 });
    expect(plan.totalSeconds).toBeCloseTo(900, 9);
    for (const [i, slide] of plan.slides.entries()) {
      expect(slide.seconds / plan.totalSeconds).toBeCloseTo(natural.slides[i]!.seconds / natural.totalSeconds, 9);
    }
    expect(plan.slides[2]!.start + plan.slides[2]!.seconds).toBeCloseTo(900, 9);
  });

  test('a target length makes the rate irrelevant', () => {
    const items = [item('a', 500), item('b', 100)];
    const fast = planPace(items, { rate: 400, targetMinutes: 10 });
    const slow = planPace(items, { rate: 100, targetMinutes: 10 });
    expect(fast.totalSeconds).toBeCloseTo(600, 9);
    expect(slow.totalSeconds).toBeCloseTo(600, 9);
  });

  test('no slides, no plan', () => {
    expect(planPace([], { rate: 220, targetMinutes: 10 })).toEqual({ slides: [], totalSeconds: 0 });
  });
});

describe('paceStatus', () => {
  // Slide 0: 0–60 s, slide 1: 60–180 s, slide 2: 180–195 s.
  const plan = planPace([item('a', 220), item('b', 440), item('c', 0)], { rate: 220 });

  test.each([
    { index: 0, spent: 0, expected: { state: 'on-time', seconds: 0 } },
    { index: 0, spent: 60, expected: { state: 'on-time', seconds: 0 } },
    { index: 0, spent: 75, expected: { state: 'behind', seconds: 15 } },
    { index: 1, spent: 40, expected: { state: 'ahead', seconds: 20 } },
    { index: 1, spent: 120, expected: { state: 'on-time', seconds: 0 } },
    { index: 1, spent: 200, expected: { state: 'behind', seconds: 20 } },
    { index: 2, spent: 100, expected: { state: 'ahead', seconds: 80 } },
    // Past the last slide's window: behind by the overrun of the whole talk.
    { index: 2, spent: 255, expected: { state: 'behind', seconds: 60 } },
  ])('slide $index after $spent s: $expected.state', ({ index, spent, expected }) => {
    expect(paceStatus(plan, index, spent)).toEqual(expected);
  });

  test('an index past the end counts as the last slide', () => {
    expect(paceStatus(plan, 9, 100)).toEqual({ state: 'ahead', seconds: 80 });
  });
});

describe('formatDuration', () => {
  test.each([
    [0, '0:00'],
    [59.9, '0:59'],
    [61, '1:01'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [-5, '0:00'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('parsePaceNumber', () => {
  test.each([
    ['220', 220],
    [' 180 ', 180],
    ['2.5e2', 250],
    ['', undefined],
    ['abc', undefined],
    ['0', undefined],
    ['10000', undefined],
    [null, undefined],
  ])('%j → %j', (text, value) => {
    expect(parsePaceNumber(text, RATE_RANGE)).toBe(value);
  });
});
