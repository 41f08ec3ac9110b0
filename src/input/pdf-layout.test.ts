import { describe, expect, test } from 'vitest';
import { layoutPdfText, linesOfPage, type PdfPageText, type PdfTextRun } from './pdf-layout.ts';

/** A page set like a printed report: 16 pt body from x = 72, lines 26 pt apart, first lines indented 2 em. */
const SIZE = 16;
const LEFT = 72;
const PITCH = 26;
const CHARS_PER_LINE = 28;
const run = (text: string, x: number, y: number, fontSize = SIZE): PdfTextRun => ({
  text,
  x,
  y,
  width: [...text].length * fontSize,
  fontSize,
});

/** Sets paragraphs as full lines from the top of a page down; returns the runs and the next free y. */
function setParagraphs(paragraphs: readonly string[], top: number): { runs: PdfTextRun[]; y: number } {
  const runs: PdfTextRun[] = [];
  let y = top;
  for (const paragraph of paragraphs) {
    const chars = [...paragraph];
    let first = true;
    while (chars.length > 0) {
      const indent = first ? 2 * SIZE : 0;
      const line = chars.splice(0, first ? CHARS_PER_LINE - 2 : CHARS_PER_LINE).join('');
      runs.push(run(line, LEFT + indent, y));
      y -= PITCH;
      first = false;
    }
  }
  return { runs, y };
}

const HEADLINE = '某区2022年文明实践工作会议召开';
const LEAD = '4月8日下午，某区召开2022年文明实践工作会议。区委常委、宣传部部长赵某出席并讲话，区文明办主任钱某主持。';
const PART = '会议指出，文明实践工作是打通宣传群众、教育群众、关心群众、服务群众“最后一公里”的重要抓手。';
const ITEMS = [
  '（一）抓好理论宣讲。组建百姓宣讲团，用群众听得懂的语言宣讲党的创新理论。',
  '（二）抓好阵地运行。各实践站要做到每周有活动、每月有主题。',
];

describe('a printed report comes back as its paragraphs', () => {
  test('a larger headline, indented paragraphs, lines joined without spaces', () => {
    const body = setParagraphs([LEAD, PART, ...ITEMS], 700);
    const page: PdfPageText = { runs: [run(HEADLINE, 150, 760, 22), ...body.runs] };
    expect(layoutPdfText([page]).paragraphs).toEqual([HEADLINE, LEAD, PART, ...ITEMS]);
  });

  test('a headline over two lines stays one line; runs split inside a line are put back together', () => {
    const [first, second] = [HEADLINE.slice(0, 8), HEADLINE.slice(8)];
    const body = setParagraphs([LEAD], 680);
    const split = body.runs.flatMap((r) => [run(r.text.slice(0, 3), r.x, r.y), run(r.text.slice(3), r.x + 3 * SIZE + 2, r.y + 0.4)]);
    const page: PdfPageText = { runs: [run(second, 160, 730, 22), run(first, 170, 760, 22), ...split.reverse()] };
    expect(layoutPdfText([page]).paragraphs).toEqual([HEADLINE, LEAD]);
  });

  test('page numbers and a running header are dropped; a paragraph runs on over the page break', () => {
    const long = `${PART}${PART}${PART}`;
    const all = setParagraphs([LEAD, long, ...ITEMS], 700);
    const pageOne = all.runs.filter((r) => r.y > 500);
    const pageTwo = all.runs.filter((r) => r.y <= 500).map((r) => ({ ...r, y: r.y + 300 }));
    const furniture = (n: number): PdfTextRun[] => [run('某区文明办工作简报', 200, 800, 9), run(`- ${n} -`, 290, 40, 10)];
    const layout = layoutPdfText([
      { runs: [run(HEADLINE, 150, 760, 22), ...pageOne, ...furniture(1)] },
      { runs: [...pageTwo, ...furniture(2)] },
    ]);
    expect(layout.paragraphs).toEqual([HEADLINE, LEAD, long, ...ITEMS]);
    expect(layout.dropped).toEqual(expect.arrayContaining(['某区文明办工作简报', '- 1 -', '- 2 -']));
  });

  test('on a single page, a running header in small type above a larger headline is dropped too', () => {
    const body = setParagraphs([LEAD, PART], 700);
    const [first, second] = [HEADLINE.slice(0, 8), HEADLINE.slice(8)];
    const page: PdfPageText = {
      runs: [run('某区文明办工作简报', 200, 800, 9), run(first, 170, 760, 22), run(second, 160, 730, 22), ...body.runs],
    };
    const layout = layoutPdfText([page]);
    expect(layout.paragraphs).toEqual([HEADLINE, LEAD, PART]);
    expect(layout.dropped).toEqual(['某区文明办工作简报']);
  });

  test('without a larger headline, the first line is the headline; a gap starts a paragraph', () => {
    const runs = [
      run(HEADLINE, LEFT, 760),
      run('会议指出，要做好', LEFT, 700),
      run('工作。', LEFT, 674),
      run('（精神文明调查研究处）', LEFT, 600),
    ];
    expect(layoutPdfText([{ runs }]).paragraphs).toEqual([HEADLINE, '会议指出，要做好工作。', '（精神文明调查研究处）']);
  });

  test('a short line ending a sentence ends its paragraph', () => {
    const runs = [
      run(HEADLINE, LEFT, 760),
      run('会议要求：', LEFT, 734),
      run(`一是${'抓'.repeat(26)}`, LEFT, 708),
      run('落实。', LEFT, 682),
    ];
    expect(layoutPdfText([{ runs }]).paragraphs).toEqual([HEADLINE, '会议要求：', `一是${'抓'.repeat(26)}落实。`]);
  });

  test('a section head without a full stop ends its paragraph when an item opens the next line', () => {
    const runs = [
      run(HEADLINE, LEFT, 760),
      run('一、提高政治站位', LEFT, 734),
      ...setParagraphs(ITEMS, 708).runs.map((r) => ({ ...r, x: LEFT })),
    ];
    expect(layoutPdfText([{ runs }]).paragraphs).toEqual([HEADLINE, '一、提高政治站位', ...ITEMS]);
  });

  test('a caption in body type above a larger headline is a paragraph of its own', () => {
    const body = setParagraphs([LEAD], 680);
    const page: PdfPageText = { runs: [run('图为会议现场。', 150, 800), run(HEADLINE, 150, 760, 22), ...body.runs] };
    expect(layoutPdfText([page]).paragraphs).toEqual(['图为会议现场。', HEADLINE, LEAD]);
  });

  test('a page without text gives no paragraphs', () => {
    expect(layoutPdfText([{ runs: [] }, { runs: [run('  ', 0, 0)] }]).paragraphs).toEqual([]);
  });
});

describe('paragraphs set flush left, with space between them rather than an indent', () => {
  /** A paragraph of `lines` full lines, its last one ending the sentence at the right edge. */
  const full = (opening: string, lines: number): string => `${opening}${'抓'.repeat(lines * CHARS_PER_LINE - opening.length - 1)}。`;
  /** Sets paragraphs flush left under a larger headline, a paragraph's first line `ratio` line pitches below the one before. */
  function setFlush(paragraphs: readonly string[], ratio: number): PdfPageText {
    const runs = [run(HEADLINE, 150, 760, 22)];
    let y = 700;
    for (const paragraph of paragraphs) {
      const chars = [...paragraph];
      for (let first = true; chars.length > 0; first = false) {
        if (first && runs.length > 1) y -= PITCH * (ratio - 1);
        runs.push(run(chars.splice(0, CHARS_PER_LINE).join(''), LEFT, y));
        y -= PITCH;
      }
    }
    return { runs };
  }
  const PARAGRAPHS = [full('4月8日下午，', 2), full('会议指出，', 3), full('会议要求，', 1), full('会议强调，', 2)];

  // Writer's "Text Body" sets paragraphs 1.38 line pitches apart; more space is common too.
  test.each([1.38, 1.55])('a gap of %s line pitches after a full line starts a paragraph', (ratio) => {
    expect(layoutPdfText([setFlush(PARAGRAPHS, ratio)]).paragraphs).toEqual([HEADLINE, ...PARAGRAPHS]);
  });

  test.each([1, 1.15])('lines %s line pitches apart, each full, are one paragraph', (ratio) => {
    expect(layoutPdfText([setFlush(PARAGRAPHS, ratio)]).paragraphs).toEqual([HEADLINE, PARAGRAPHS.join('')]);
  });

  test('the line pitch is read from the lines of one paragraph, also where most paragraphs are one line', () => {
    const paragraphs = [
      full('4月8日下午，', 1),
      full('会议指出，', 1),
      full('会议要求，', 2),
      full('会议强调，', 1),
      full('会议号召，', 1),
    ];
    expect(layoutPdfText([setFlush(paragraphs, 1.38)]).paragraphs).toEqual([HEADLINE, ...paragraphs]);
  });
});

test('Latin runs apart by a gap are two words; Chinese runs apart by a gap are not', () => {
  const lines = linesOfPage({ runs: [run('V', 72, 700), run('蓝北京', 92, 700), run('Beijing', 160, 670), run('Olympics', 300, 670)] }, 1);
  expect(lines.map((l) => l.text)).toEqual(['V蓝北京', 'Beijing Olympics']);
});

describe('footnotes', () => {
  const NOTE = '本文根据会议记录整理。';
  /** The lead with a raised note mark after its last character, and the note at the page's foot. */
  function notedPage(opener: 'raised' | 'plain'): PdfPageText {
    const body = setParagraphs([LEAD, PART], 700).runs;
    const last = body.filter((r) => r.y === body.find((b) => b.text.endsWith('主持。'))!.y)[0]!;
    const mark = run('1', last.x + last.width, last.y + 7, 8);
    const number = opener === 'raised' ? run('1', LEFT, 106, 6) : run('1', LEFT, 100, 10);
    return { runs: [run(HEADLINE, 150, 760, 22), ...body, mark, number, run(NOTE, LEFT + 14, 100, 10)] };
  }

  test.each(['raised', 'plain'] as const)('a note opened by a %s number and its mark in the text are left out', (opener) => {
    const layout = layoutPdfText([notedPage(opener)]);
    expect(layout.paragraphs).toEqual([HEADLINE, LEAD, PART]);
    expect(layout.notes).toEqual([NOTE]);
  });

  test('a small raised number without a note is kept (an exponent, m²)', () => {
    const runs = [run(HEADLINE, LEFT, 760), run('建成广场5000m', LEFT, 734), run('2', LEFT + 130, 741, 8), run('。', LEFT + 135, 734)];
    const layout = layoutPdfText([{ runs }]);
    expect(layout.paragraphs.join('')).toContain('5000m2');
    expect(layout.notes).toEqual([]);
  });
});

describe('pages set in columns, and headings over several lines', () => {
  const COLUMN_CHARS = 12;
  /** Sets a paragraph's text in full lines of a column at x, from y down. */
  const setColumn = (text: string, x: number, y: number, indentFirst: boolean): PdfTextRun[] => {
    const chars = [...text];
    const runs: PdfTextRun[] = [];
    for (let n = 0; chars.length > 0; n++) {
      const indent = indentFirst && n === 0 ? 2 : 0;
      runs.push(run(chars.splice(0, COLUMN_CHARS - indent).join(''), x + indent * SIZE, y - n * PITCH));
    }
    return runs;
  };

  test('a paragraph runs on from the foot of one column to the head of the next; each column has its own measure', () => {
    const text = `${LEAD}${PART}`;
    const cut = 10 * COLUMN_CHARS - 2;
    const left = setColumn(text.slice(0, cut), 40, 700, true);
    const right = setColumn(text.slice(cut), 40 + 14 * SIZE, 700, false);
    const layout = layoutPdfText([{ runs: [run(HEADLINE, 40, 760, 22), ...right, ...left] }]);
    expect(layout.paragraphs).toEqual([HEADLINE, text]);
  });

  test('a sidebar beside the article is left out as an aside', () => {
    const body = setParagraphs([LEAD, PART, ...ITEMS], 700);
    const links = [
      '24小时热点',
      '1临江最美志愿者名单公布',
      '2我市公交线路调整',
      '3东湖区举办邻里文化节',
      '4南溪县柳塘村获评文明村',
      '5市区新增口袋公园',
    ];
    // The sidebar's heading stands on the headline's line, its links beside the body.
    const sidebar = links.map((t, n) => run(t, 560, 760 - n * 20, 10));
    const layout = layoutPdfText([{ runs: [run(HEADLINE, LEFT, 760, 22), ...sidebar, ...body.runs] }]);
    expect(layout.paragraphs).toEqual([HEADLINE, LEAD, PART, ...ITEMS]);
    expect(layout.asides).toEqual(links);
  });

  test('a centred heading over two lines is one paragraph, under an issuer set in larger type', () => {
    const body = setParagraphs([LEAD], 640);
    const runs = [
      run('南阳市精神文明建设办公室', 120, 800, 30),
      run('宛文明办〔2024〕5号', 220, 760),
      run('2024年第一次全市创建全国文明城市工作联', 90, 720, 22),
      run('席会议纪要', 240, 690, 22),
      ...body.runs,
    ];
    expect(layoutPdfText([{ runs }]).paragraphs).toEqual([
      '南阳市精神文明建设办公室',
      '宛文明办〔2024〕5号',
      '2024年第一次全市创建全国文明城市工作联席会议纪要',
      LEAD,
    ]);
  });

  test('a full line that stops mid-sentence goes on over a hanging indent', () => {
    const full = `列席：${'市城管局王德胜，'.repeat(3)}市市场监`.slice(0, CHARS_PER_LINE);
    const runs = [
      run(HEADLINE, LEFT, 760),
      ...setParagraphs([PART], 734).runs,
      run(full, LEFT, 630),
      run('管局陈建国。', LEFT + 3 * SIZE, 604),
    ];
    expect(layoutPdfText([{ runs }]).paragraphs.at(-1)).toBe(`${full}管局陈建国。`);
  });

  test('a mark hung past the right edge does not move the measure', () => {
    const full = `列席：${'市城管局王德胜，'.repeat(3)}市市场监`.slice(0, CHARS_PER_LINE);
    const runs = [
      run(HEADLINE, LEFT, 760),
      ...setParagraphs([PART, PART], 734).runs,
      // A full line with its comma hung past the edge.
      run(`${'抓'.repeat(CHARS_PER_LINE)}，`, LEFT, 630, SIZE),
      run('落实。', LEFT, 604),
      run(full, LEFT, 578),
      run('管局陈建国。', LEFT + 3 * SIZE, 552),
    ];
    expect(layoutPdfText([{ runs }]).paragraphs.at(-1)).toBe(`${full}管局陈建国。`);
  });
});

describe('running heads', () => {
  test('a running head set on one line on one page and broken in two on the next is left out on both', () => {
    const long = `${PART}${PART}${PART}${PART}`;
    const all = setParagraphs([LEAD, long], 700);
    const pageOne = all.runs.filter((r) => r.y > 560);
    const pageTwo = all.runs.filter((r) => r.y <= 560).map((r) => ({ ...r, y: r.y + 160 }));
    const layout = layoutPdfText([
      { runs: [run('临川市人民政府公报　2023年第6期', 200, 800, 9), run(HEADLINE, 150, 760, 22), ...pageOne] },
      { runs: [run('临川市人民政府公报', 72, 800, 9), run('2023年第6期', 400, 790, 9), ...pageTwo] },
    ]);
    expect(layout.paragraphs).toEqual([HEADLINE, LEAD, long]);
    expect(layout.dropped).toEqual(expect.arrayContaining(['临川市人民政府公报　2023年第6期', '临川市人民政府公报', '2023年第6期']));
  });
});
