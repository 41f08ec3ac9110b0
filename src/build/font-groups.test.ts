import { describe, expect, test } from 'vitest';
import { ASCII_PRINTABLE, groupCharacters, MIN_GROUP_SIZE, SLIDE_NUMBER_TEXT, slideText } from './font-groups.ts';

describe('slideText', () => {
  test('bold elements go to the bold face, the rest and chart labels to the regular face, notes apart', () => {
    const text = slideText('<section><h2>标题</h2><p>正文<strong>重点</strong></p></section>', '图表', '<p>讲稿</p>');
    expect(text.bold).toBe('标题重点');
    expect(text.regular.replace(/\s/g, '')).toBe('正文图表');
    expect(text.notes).toBe('讲稿');
  });
});

describe('groupCharacters', () => {
  const slide = (regular: string, bold = '', notes = '') => ({ regular, bold, notes });

  test('slide 1 has a group of its own, with the slide-number glyphs', () => {
    const groups = groupCharacters([slide('甲乙'), slide('丙')]);
    const first = groups.find((g) => g.weight === 400 && g.firstSlide === 1)!;
    expect(first.characters).toBe(`甲乙${SLIDE_NUMBER_TEXT}`);
  });

  test('each character is in exactly one group per weight, first where a slide shows it', () => {
    const big = Array.from({ length: MIN_GROUP_SIZE }, (_, i) => String.fromCodePoint(0x5000 + i)).join('');
    const groups = groupCharacters([slide('甲'), slide(`${big}甲`), slide('乙丙', '乙'), slide('丁', '', '戊')]);
    const regular = groups.filter((g) => g.weight === 400);
    const all = regular.flatMap((g) => [...g.characters]);
    expect(new Set(all).size).toBe(all.length);
    expect(regular.map((g) => g.firstSlide)).toEqual([1, 2, 3, Infinity]);
    expect(regular[2]!.characters).toBe('乙丙丁');
    expect(regular[3]!.characters.startsWith('戊')).toBe(true);
    const bold = groups.filter((g) => g.weight === 700);
    expect(bold[0]!.characters).toBe(SLIDE_NUMBER_TEXT);
    expect(bold.some((g) => g.characters.includes('乙') && g.firstSlide === 3)).toBe(true);
  });

  test("the last group of each weight holds the rest of printable ASCII, for reveal's own screens", () => {
    const groups = groupCharacters([slide('甲')]);
    for (const weight of [400, 700]) {
      const chars = groups.filter((g) => g.weight === weight).flatMap((g) => [...g.characters]);
      for (const c of ASCII_PRINTABLE) expect(chars).toContain(c);
    }
  });
});
