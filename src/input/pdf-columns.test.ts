import { describe, expect, test } from 'vitest';
import { type LineSegment, readingBlocks, segmentsOfLine } from './pdf-columns.ts';
import type { PdfTextRun } from './pdf-text.ts';

const SIZE = 10;
const PITCH = 15;
const run = (text: string, x: number, y: number, fontSize = SIZE): PdfTextRun => ({
  text,
  x,
  y,
  width: [...text].length * fontSize,
  fontSize,
});
const segment = (text: string, x: number, y: number, fontSize = SIZE): LineSegment => segmentsOfLine([run(text, x, y, fontSize)], y)[0]!;

/** `count` lines of `chars` characters from (x, y) down, each named `${name}${n}` and padded with 文. */
const column = (name: string, x: number, y: number, count: number, chars: number): LineSegment[] =>
  Array.from({ length: count }, (_, n) => segment(`${name}${n}`.padEnd(chars, '文'), x, y - n * PITCH));

const texts = (segments: readonly LineSegment[]): string[] => segments.map((s) => s.runs.map((r) => r.text).join(''));
const order = (segments: readonly LineSegment[]): string[] =>
  readingBlocks(segments).flatMap((b) => texts(b.segments).map((t) => t.replace(/文+$/, '')));

describe('a line is cut where its runs stand a gutter apart', () => {
  test('runs side by side stay one piece; a wide gap starts another', () => {
    const pieces = segmentsOfLine([run('会议', 0, 0), run('指出', 20, 0), run('24小时热点', 60, 0)], 0);
    expect(pieces.map((p) => p.runs.map((r) => r.text).join(''))).toEqual(['会议指出', '24小时热点']);
    expect(pieces.map((p) => p.chars)).toEqual([4, 6]);
  });
});

describe('a page is read column by column', () => {
  test('a page in one column is read top to bottom, as one column', () => {
    const blocks = readingBlocks(column('行', 72, 700, 6, 30));
    expect(blocks.flatMap((b) => texts(b.segments)).map((t) => t.replace(/文+$/, ''))).toEqual(['行0', '行1', '行2', '行3', '行4', '行5']);
    expect(blocks.every((b) => b.column === '' && !b.aside)).toBe(true);
  });

  test('three columns of a newspaper under a headline across them are read one after the other', () => {
    const headline = segment('渭州召开文明城市建设推进会', 40, 760, 24);
    const page = [headline, ...column('甲', 40, 700, 5, 12), ...column('乙', 175, 700, 5, 12), ...column('丙', 310, 700, 5, 12)];
    expect(order(page)).toEqual([
      '渭州召开文明城市建设推进会',
      ...['甲', '乙', '丙'].flatMap((c) => [0, 1, 2, 3, 4].map((n) => `${c}${n}`)),
    ]);
    expect(readingBlocks(page).some((b) => b.aside)).toBe(false);
  });

  test('a narrow sidebar beside the article is read after it and marked aside', () => {
    const page = [...column('正', 40, 700, 8, 30), ...column('侧', 380, 700, 6, 10)];
    const blocks = readingBlocks(page);
    expect(blocks.filter((b) => b.aside).flatMap((b) => texts(b.segments))).toHaveLength(6);
    expect(blocks.filter((b) => !b.aside).flatMap((b) => texts(b.segments))).toHaveLength(8);
    expect(order(page).slice(0, 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((n) => `正${n}`));
  });

  test('a heading that runs into the sidebar line beside it is read apart from it', () => {
    const heading = segmentsOfLine([run('我市召开推进会', 40, 760, 16), run('24小时热点', 380, 760)], 760);
    const page = [...heading, ...column('正', 40, 730, 8, 30), ...column('侧', 380, 740, 6, 10)];
    expect(order(page)[0]).toBe('我市召开推进会');
    expect(readingBlocks(page).find((b) => b.aside)?.segments[0]?.runs[0]?.text).toBe('24小时热点');
  });

  test('a letter-spaced band across the gutter is one line: the columns above it are read before those under it', () => {
    const band = segmentsOfLine(
      ['政', '务', '信', '息'].map((c, n) => run(c, 150 + n * 30, 620)),
      620,
    );
    expect(band).toHaveLength(1);
    const page = [
      ...column('上甲', 40, 700, 4, 12),
      ...column('上乙', 175, 700, 4, 12),
      ...band,
      ...column('下甲', 40, 580, 4, 12),
      ...column('下乙', 175, 580, 4, 12),
    ];
    const read = order(page);
    expect(read.indexOf('政务信息')).toBe(8);
    expect(read.slice(0, 8).every((t) => t.startsWith('上'))).toBe(true);
    expect(read.slice(9, 13).every((t) => t.startsWith('下甲'))).toBe(true);
  });

  test('justified lines set glyph by glyph stay apart at the gutter', () => {
    const glyphs = (text: string, x: number): PdfTextRun[] => [...text].map((c, n) => run(c, x + n * SIZE, 500));
    const pieces = segmentsOfLine([...glyphs('文明城市创建', 40), ...glyphs('推进会召开了', 40 + 6 * SIZE + 15)], 500);
    expect(pieces).toHaveLength(2);
  });

  test('a table of short cells in rows stays in rows', () => {
    const rows = [0, 1, 2, 3].flatMap((n) => [segment(`单位${n}`, 72, 600 - n * PITCH), segment(`${90 + n}分`, 300, 600 - n * PITCH)]);
    expect(readingBlocks(rows).every((b) => b.column === '')).toBe(true);
    expect(order(rows)).toEqual(['单位0', '90分', '单位1', '91分', '单位2', '92分', '单位3', '93分']);
  });

  test('a signature under the text, set to the right, is no column', () => {
    const page = [...column('行', 72, 700, 4, 30), segment('南阳市精神文明建设办公室', 250, 600), segment('2024年3月29日', 280, 585)];
    expect(readingBlocks(page).every((b) => b.column === '' && !b.aside)).toBe(true);
    expect(order(page).slice(-2)).toEqual(['南阳市精神文明建设办公室', '2024年3月29日']);
  });

  test('lines with a tab stop in them are no columns', () => {
    const page = [0, 1].flatMap((n) => [
      segment(`姓名${n}`, 72, 600 - n * PITCH),
      segment(`这是一段很长的说明文字${n}`, 200, 600 - n * PITCH),
    ]);
    expect(readingBlocks(page).every((b) => b.column === '')).toBe(true);
  });
});
