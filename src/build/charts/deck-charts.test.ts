/** Every chart of our deck, of every fixture deck and of made-up reports at the genre's edges: drawn, checked, ready for the page. */
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../../test/support/build.ts';
import { FIXTURE_SPEECHES } from '../../../test/support/fixtures.ts';
import { OUR_SLIDES_DIR } from '../../../test/support/speech.ts';
import { type SpeechShape, syntheticSpeech } from '../../../test/support/synthetic-speech.ts';
import { drawingSeries } from '../../charts/drawing.ts';
import { CHARTS } from '../../charts/index.ts';
import { toChartSpec } from '../../charts/option.ts';
import type { ChartDefinition } from '../../charts/types.ts';
import { importReport } from '../../import/index.ts';
import { buildDeck, type DeckModel } from '../../slides/deck.ts';
import { SlideError } from '../../slides/errors.ts';
import { loadDeck } from '../load-deck.ts';
import { drawDeckCharts, withChart } from './deck-charts.ts';
import { renderChartPicture } from './picture.ts';

/** The deck an import of `source` makes, built in memory. */
function importedDeck(source: string): DeckModel {
  const [speech, ...slides] = importReport(source, { charts: CHARTS }).files;
  return buildDeck({
    speech: { file: speech!.name, source: speech!.content },
    slides: slides.map((file) => ({ file: file.name, source: file.content })),
    charts: CHARTS,
    assetExists: () => true,
  });
}

const deck = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT);
const drawn = drawDeckCharts(deck);

describe('our deck', () => {
  test('has each chart drawn for both stages, as SVG the size of its box', () => {
    expect(drawn.map((c) => [c.slideId, c.name])).toEqual([
      ['meeting', 'attendees'],
      ['structure', 'structure'],
      ['priorities', 'priorities'],
      ['priority-5', 'assessment'],
    ]);
    for (const chart of drawn) {
      expect(chart.svgs.wide).toMatch(
        new RegExp(`^<svg id="chart-wide-${chart.slideId}" viewBox="0 0 \\d+ \\d+" width="\\d+" height="\\d+" aria-hidden="true">`),
      );
      expect(chart.svgs.phone).toMatch(new RegExp(`^<svg id="chart-phone-${chart.slideId}" viewBox="0 0 600 \\d+"`));
      for (const svg of Object.values(chart.svgs)) {
        // What the page does not need is gone: ECharts' hover style sheet, its class names, its SSR marks (not valid HTML).
        expect(svg).not.toMatch(/<style|class="zr|ecmeta_|pointer-events/);
        expect(svg.match(/<text\b/g)?.length ?? 0).toBeGreaterThan(8);
      }
    }
  });

  test('names its full words on hover wherever a label shortens them', () => {
    const structure = drawn.find((c) => c.name === 'structure')!;
    const shortened = [...structure.svgs.wide.matchAll(/<text\b[^>]*>(?:<title>([^<]*)<\/title>)?([^<]*…)<\/text>/g)];
    expect(shortened.length).toBeGreaterThan(0);
    for (const [, title, label] of shortened) expect(title).toContain(label!.slice(0, -1));
  });

  test("makes each bar of the priorities chart open its priority's slide", () => {
    const priorities = drawn.find((c) => c.name === 'priorities')!;
    for (const svg of Object.values(priorities.svgs)) {
      const targets = [...svg.matchAll(/<path\b[^>]*data-slide="([^"]+)"/g)].map((m) => m[1]);
      expect(targets).toEqual(['priority-1', 'priority-2', 'priority-3', 'priority-4', 'priority-5', 'priority-6', 'priority-7']);
    }
  });

  test('puts both drawings into the chart box of the slide', () => {
    const slide = deck.slides.find((s) => s.id === 'structure')!;
    const html = withChart(
      slide.html,
      drawn.find((c) => c.slideId === 'structure'),
    );
    expect(html).toContain(`<div class="chart-wide" data-variant="wide">${drawn[1]!.svgs.wide}</div>`);
    expect(html).toContain(`<div class="chart-phone" data-variant="phone">${drawn[1]!.svgs.phone}</div>`);
    expect(withChart(slide.html, undefined)).toBe(slide.html);
  });
});

test.each(FIXTURE_SPEECHES.map((f) => [f.name, f.source] as const))(
  'the imported deck of %s has every chart drawn and checked',
  (_name, source) => {
    const imported = importedDeck(source);
    const charts = drawDeckCharts(imported);
    expect(charts.map((c) => c.name)).toEqual(imported.slides.filter((s) => s.chart).map((s) => s.chart));
  },
);

/** Reports at the edges of the genre: 2 to 12 priorities, 0 to 8 parts, titles of 4 to 40 characters, few and many measures and units. */
const EDGES: readonly SpeechShape[] = [
  { priorities: 2, parts: 0, titleLength: 4, measures: 1, units: 2 },
  { priorities: 2, parts: 8, titleLength: 40, measures: 8, units: 30 },
  { priorities: 7, parts: 2, titleLength: 12, measures: 4, units: 13 },
  { priorities: 12, parts: 0, titleLength: 4, measures: 0, units: 4 },
  { priorities: 12, parts: 8, titleLength: 40, measures: 8, units: 40 },
  { priorities: 12, parts: 3, titleLength: 20, measures: 3, units: 20 },
];

test.each(EDGES.map((shape) => [JSON.stringify(shape), shape] as const))(
  'a made-up report %s has every chart drawn and checked',
  (_name, shape) => {
    const imported = importedDeck(syntheticSpeech(shape));
    expect(imported.speech.priorities).toHaveLength(shape.priorities);
    expect(imported.speech.parts).toHaveLength(shape.parts);
    const charts = drawDeckCharts(imported);
    // The importer shows the attendees from three units and the weights from two priorities (issue 10).
    const expected = [...(shape.units >= 3 ? ['attendees'] : []), ...(shape.priorities >= 2 ? ['priorities'] : []), 'structure'];
    expect(charts.map((c) => c.name).sort()).toEqual(expected);
  },
);

describe('a chart that does not read', () => {
  // Two labels on one spot, and a line through a third: what the check is there to catch.
  const crowded: ChartDefinition = {
    description: 'labels on top of each other',
    build: ({ frame }) =>
      toChartSpec('拥挤', '两个标签叠在一起，一条线穿过第三个标签。', {
        series: [
          drawingSeries(
            {
              marks: ['会议认为', '会议指出', '七个方面'].map((text, i) => ({
                id: `m${i}`,
                x: 100 + (i === 2 ? 200 : 4 * i),
                y: 100,
                shape: 'dot' as const,
                width: 14,
                height: 14,
                color: '#9e1b17',
                label: {
                  lines: [{ text, fontSize: 24, lineHeight: 30, color: '#000' }],
                  dx: 17,
                  dy: 0,
                  align: 'left' as const,
                  verticalAlign: 'middle' as const,
                },
              })),
              links: [{ from: 'm0', to: 'm2', color: '#555', width: 2 }],
            },
            frame!,
          ),
        ],
      }),
  };

  test('stops the build, naming the slide, the chart, the stage and the labels', () => {
    expect(() => drawDeckCharts(deck, { ...CHARTS, structure: crowded })).toThrow(SlideError);
    expect(() => drawDeckCharts(deck, { ...CHARTS, structure: crowded })).toThrow(
      /slides\/04b-structure\.md:4: chart "structure" does not read on the wide stage \(1680×754 px\): label "会议认为" overlaps the label "会议指出"; label "会议认为" has a line running through it; .* in src\/charts\//,
    );
  });
});

test('a chart as a picture for another format: standalone SVG in the font asked for, and a PNG of it', () => {
  const picture = renderChartPicture(
    deck,
    'structure',
    { width: 1600, height: 800 },
    { fontFamily: "'Microsoft YaHei', sans-serif", pixelRatio: 1 },
  );
  expect(picture.svg).toMatch(/^<svg width="1600" height="800" xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(picture.svg).toContain("font-family:'Microsoft YaHei', sans-serif;");
  expect([...picture.png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  // The PNG's size, from its header: width and height at 16 and 20.
  const view = new DataView(picture.png.buffer, picture.png.byteOffset);
  expect([view.getUint32(16), view.getUint32(20)]).toEqual([1600, 800]);
  expect(() => renderChartPicture(deck, 'structure', { width: 300, height: 200 })).toThrow(/chart "structure"|the structure chart/);
  expect(() => renderChartPicture(deck, 'pie', { width: 300, height: 200 })).toThrow(/unknown chart "pie": use one of/);
});
