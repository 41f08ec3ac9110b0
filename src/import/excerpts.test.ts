import { describe, expect, test } from 'vitest';
import { charCount, excerptsOf, MAX_BULLETS, MAX_CLAUSE_CHARS, MAX_EXCERPT_CHARS, MIN_EXCERPT_CHARS } from './excerpts.ts';

const excerpts = (text: string, limit?: number): string[] =>
  excerptsOf(text, { start: 0, end: text.length, text }, limit).map((e) => e.text);
/** A clause of `n` distinct-looking Han characters. */
const clause = (n: number, char = '文'): string => char.repeat(n);

describe('the bullet rule', () => {
  test('packs the clauses of one sentence up to the maximum, cutting only at clause marks', () => {
    const a = clause(15, '甲');
    const b = clause(15, '乙');
    const c = clause(15, '丙');
    expect(excerpts(`${a}，${b}，${c}。`)).toEqual([`${a}，${b}`, c]);
    expect(charCount(`${a}，${b}`)).toBeLessThanOrEqual(MAX_EXCERPT_CHARS);
  });

  test('never packs across a sentence end or a semicolon', () => {
    expect(excerpts('抓学习抓学习。抓落实抓落实；抓宣传抓宣传。')).toEqual(['抓学习抓学习', '抓落实抓落实', '抓宣传抓宣传']);
  });

  test('a comma inside quotes or title marks does not end a clause', () => {
    expect(excerpts('深入开展“聚力首善，共建文明”活动。对照《甲，乙》要求。')).toEqual([
      '深入开展“聚力首善，共建文明”活动',
      '对照《甲，乙》要求',
    ]);
  });

  test('a single long clause stands alone up to its limit, and is left out beyond it', () => {
    const long = clause(MAX_CLAUSE_CHARS, '长');
    const tooLong = clause(MAX_CLAUSE_CHARS + 1, '超');
    expect(excerpts(`短句子一，${long}，短句子二。${tooLong}。最后一句。`)).toEqual(['短句子一', long, '短句子二', '最后一句']);
  });

  test('leaves out short pieces and repeats, and stops at the limit', () => {
    expect(excerpts('好。抓好落实。抓好落实。')).toEqual(['抓好落实']);
    expect('好'.length).toBeLessThan(MIN_EXCERPT_CHARS);
    const many = Array.from({ length: MAX_BULLETS + 3 }, (_, i) => `第${'一二三四五六七八九'[i]}件事情。`).join('');
    expect(excerpts(many)).toHaveLength(MAX_BULLETS);
  });

  test('marks and symbols alone are no bullet: only letters and digits count toward its length', () => {
    expect(excerpts('{\t{!。——。抓好落实。')).toEqual(['抓好落实']);
  });

  test('every excerpt is the text at its offsets', () => {
    const text = '会议认为，去年以来，工作扎实推进；成效明显。';
    for (const e of excerptsOf(text, { start: 5, end: text.length, text: text.slice(5) })) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
