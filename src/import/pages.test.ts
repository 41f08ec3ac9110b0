/** Cutting a slide into pages that fit: continuations, balance, headings. */
import { describe, expect, test } from 'vitest';
import { fitsOnSlide } from './fit.ts';
import { CONTINUED, MAX_HEADING_CHARS, MAX_ITEMS_PER_SLIDE, type PlannedSlide, paginate, shortHeading } from './pages.ts';

const han = (n: number, c = '文'): string => c.repeat(n);
const planned = (items: string[], extra: Partial<PlannedSlide> = {}): PlannedSlide => ({
  id: 'priority-1',
  layout: 'bullets',
  kicker: '一是',
  heading: '更加把牢根本遵循',
  notes: '第1个方面。',
  items: items.map((text) => ({ text })),
  ...extra,
});

describe('pages', () => {
  test('a list that fits stays on one slide', () => {
    const pages = paginate(planned(['甲乙丙丁', '戊己庚辛']));
    expect(pages.map((p) => p.draft.id)).toEqual(['priority-1']);
    expect(pages[0]!.draft.blocks).toEqual(['- 甲乙丙丁\n- 戊己庚辛']);
  });

  test('a list that does not fit continues on slides headed （续）, evenly, every page fitting', () => {
    const items = Array.from({ length: 9 }, (_, i) => han(38, '甲乙丙丁戊己庚辛壬'[i]));
    const pages = paginate(planned(items));
    expect(pages.map((p) => p.draft.id)).toEqual(['priority-1', 'priority-1-p2']);
    expect(pages.map((p) => p.draft.heading)).toEqual(['更加把牢根本遵循', `更加把牢根本遵循${CONTINUED}`]);
    expect(pages.map((p) => p.text.items?.length)).toEqual([5, 4]);
    for (const page of pages) expect(fitsOnSlide(page.text)).toBe(true);
    expect(pages.flatMap((p) => p.text.items)).toEqual(items);
    expect(pages[1]!.draft.notes).toBe(`第1个方面。${CONTINUED}`);
  });

  test(`short items: at most ${MAX_ITEMS_PER_SLIDE} to a slide`, () => {
    const pages = paginate(planned(Array.from({ length: MAX_ITEMS_PER_SLIDE + 1 }, (_, i) => `第${i}项工作`)));
    expect(pages.map((p) => p.text.items?.length)).toEqual([4, 4]);
  });

  test('an ordered list stays numbered when it fits on one slide, and becomes the marked bullets when not', () => {
    const one = paginate(planned(['一是甲', '二是乙'], { ordered: ['甲', '乙'] }));
    expect(one[0]!.draft.blocks).toEqual(['1. 甲\n2. 乙']);
    const ten = Array.from({ length: 10 }, (_, i) => `第${i}项`);
    const many = paginate(planned(ten, { ordered: ten }));
    expect(many.length).toBe(2);
    expect(many[0]!.draft.blocks[0]).toMatch(/^- /);
  });
});

describe('headings', () => {
  test.each([
    ['a title within the limit stays whole', '更加把牢根本遵循', '更加把牢根本遵循'],
    ['a long one is cut at its last pause', `${han(14)}、${han(20)}`, `${han(14)}…`],
    ['without a pause, at the limit', han(40), `${han(MAX_HEADING_CHARS - 1)}…`],
  ])('%s', (_what, title, heading) => {
    expect(shortHeading(title)).toBe(heading);
  });
});
