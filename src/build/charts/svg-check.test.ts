/** The geometric check on SVG written by hand: what it must catch, and what it must let pass. */
import { describe, expect, test } from 'vitest';
import { estimateTextWidth } from '../../charts/frame.ts';
import { checkChartSvg } from './svg-check.ts';
import { flattenPath, parseTransform } from './svg-path.ts';
import { readSvg } from './svg-read.ts';

/** A 400×200 chart holding `body`, checked with the estimate (1 em a character) and a 22 px floor. */
function problemsOf(body: string, minFontSize = 22): string[] {
  const svg = `<svg width="400" height="200" viewBox="0 0 400 200">${body}</svg>`;
  return checkChartSvg(readSvg(svg, estimateTextWidth, { ascent: 0.88, descent: 0.12 }), minFontSize).map((p) =>
    [p.label, p.problem].filter(Boolean).join(' '),
  );
}

/** A line of text centred on its y, as ECharts' SSR writes it. */
const text = (content: string, x: number, y: number, extra = ''): string =>
  `<text dominant-baseline="central" text-anchor="start" style="font-size:24px;font-family:Deck Sans SC;" transform="translate(${x} ${y})" fill="#000"${extra}>${content}</text>`;

describe('the check lets pass', () => {
  test('labels apart from each other and from lines', () => {
    expect(
      problemsOf(
        `<path d="M10 100L390 100" fill="none" stroke="#000" stroke-width="2"></path>${text('会议认为', 20, 60)}${text('会议指出', 20, 140)}`,
      ),
    ).toEqual([]);
  });

  test('a label inside the box it labels, and a line hidden under that box', () => {
    const box = '<path d="M100 50L300 50L300 150L100 150Z" fill="#9e1b17" ecmeta_mark="0:node:3"></path>';
    const line = '<path d="M2 100L398 100" fill="none" stroke="#555" stroke-width="3"></path>';
    expect(problemsOf(`${line}${box}${text('测评组', 164, 100, ' ecmeta_mark="0:node:3"')}`)).toEqual([]);
  });

  test('the invisible: unpainted hit areas and backgrounds', () => {
    expect(
      problemsOf(
        `<rect width="400" height="200" x="0" y="0" fill="none"></rect><path d="M0 0L400 200" fill="none"></path>${text('媒体', 20, 60)}`,
      ),
    ).toEqual([]);
  });
});

describe('the check catches', () => {
  test.each([
    ['two labels over each other', `${text('会议认为', 20, 60)}${text('会议指出', 40, 70)}`, /"会议认为" overlaps the label "会议指出"/],
    [
      'a line through a label',
      `${text('七个方面', 20, 60)}<path d="M0 68L400 68" fill="none" stroke="#000" stroke-width="2"></path>`,
      /"七个方面" has a line running through it/,
    ],
    [
      'a line that shows, drawn over the box under a label',
      `<path d="M100 50L300 50L300 150L100 150Z" fill="#9e1b17" ecmeta_mark="0:node:1"></path><path d="M0 100L400 100" fill="none" stroke="#555" stroke-width="3"></path>${text('测评组', 164, 100, ' ecmeta_mark="0:node:1"')}`,
      /"测评组" has a line running through it/,
    ],
    [
      'a label on a mark it does not label',
      `<path d="M10 40L200 40L200 80L10 80Z" fill="#b8862f" ecmeta_mark="0:node:2"></path>${text('根本遵循', 20, 60, ' ecmeta_mark="0:node:5"')}`,
      /"根本遵循" lies on a mark it does not label/,
    ],
    [
      'a label half over its own box',
      `<path d="M10 40L60 40L60 80L10 80Z" fill="#b8862f" ecmeta_mark="0:node:2"></path>${text('根本遵循', 20, 60, ' ecmeta_mark="0:node:2"')}`,
      /"根本遵循" lies on a mark it does not label/,
    ],
    ['a label off the left edge', text('2021年度首都地区', -30, 60), /"2021年度首都地区" runs past the chart's left edge by 30 px/],
    ['a label off the bottom', text('机制保障', 20, 195), /"机制保障" runs past the chart's bottom edge by 7 px/],
    [
      'a line off the right edge',
      '<path d="M10 100L420 100" fill="none" stroke="#000" stroke-width="2"></path>',
      /a mark or line around \(10, 100\) runs past the chart's right edge by 21 px/,
    ],
    [
      'a label too small to read',
      text('定期', 20, 60).replace('font-size:24px', 'font-size:16px'),
      /"定期" is set at 16 px, under the 22 px this stage needs/,
    ],
    [
      'a label shrunk by its transform',
      text('定期', 20, 60).replace('translate(20 60)', 'matrix(0.5,0,0,0.5,20,60)'),
      /"定期" is set at 12 px/,
    ],
  ])('%s', (_what, body, message) => {
    expect(problemsOf(body).join('\n')).toMatch(message);
  });
});

describe('the SVG reader', () => {
  test('flattens arcs and curves into points on them', () => {
    const [circle] = flattenPath('M10 0A10 10 0 1 1 10 -0.1Z');
    for (const p of circle!.points) expect(Math.hypot(p.x, p.y)).toBeCloseTo(10, 0);
    const [curve] = flattenPath('M0 0C0 10 10 10 10 0');
    expect(curve!.points.at(-1)).toEqual({ x: 10, y: 0 });
    expect(Math.max(...curve!.points.map((p) => p.y))).toBeCloseTo(7.5, 1);
  });

  test('reads relative commands and transforms', () => {
    const [path] = flattenPath('M10 10l5 0v5h-5z');
    expect(path).toEqual({
      points: [
        { x: 10, y: 10 },
        { x: 15, y: 10 },
        { x: 15, y: 15 },
        { x: 10, y: 15 },
      ],
      closed: true,
    });
    expect(parseTransform('translate(10 20) scale(2)')).toEqual([2, 0, 0, 2, 10, 20]);
  });

  test('refuses what it cannot read, saying what', () => {
    expect(() => readSvg('<svg viewBox="0 0 10 10"><circle r="3"></circle></svg>', estimateTextWidth, { ascent: 1, descent: 0 })).toThrow(
      /<circle> element, which the check does not read/,
    );
  });
});
