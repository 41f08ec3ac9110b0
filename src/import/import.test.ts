import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../test/support/build.ts';
import { FIXTURE_SPEECHES } from '../../test/support/fixtures.ts';
import { OUR_SLIDES_DIR, SPEECH_SOURCE } from '../../test/support/speech.ts';
import { loadDeck } from '../build/load-deck.ts';
import type { ChartDefinition } from '../charts/types.ts';
import { buildDeck, type DeckModel } from '../slides/deck.ts';
import { fidelityKey } from '../slides/fidelity.ts';
import { htmlToText } from '../slides/markdown.ts';
import { IMPORTED_CHARTS, type ImportResult, importReport } from './index.ts';

/** Builds an imported deck with the build's own code. */
function build(result: ImportResult, charts: Readonly<Record<string, ChartDefinition>> = {}): DeckModel {
  const [speech, ...slides] = result.files;
  return buildDeck({
    speech: { file: speech!.name, source: speech!.content },
    slides: slides.map((f) => ({ file: f.name, source: f.content })),
    charts,
    assetExists: () => false,
  });
}

/** The list items and quotes of a built deck, without editorial labels or the priority tracker. */
function quotesOf(deck: DeckModel): string[] {
  return [...deck.html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '').matchAll(/<(li|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/g)]
    .filter(([, , inner]) => !inner!.includes('tracker-num'))
    .map(([, , inner]) => htmlToText(inner!.replace(/^\s*(<p>)?<strong>[^<]*<\/strong>\s*[：:]/, '')).trim());
}

/** A chart that draws anything: stands in for the registry being built elsewhere. */
const fakeChart = (description: string): ChartDefinition => ({
  description,
  build: ({ speech }) => ({
    option: { series: [{ type: 'bar', data: speech.priorities.map((p) => p.title.text) }] },
    title: description,
    summary: description,
  }),
});
const FAKE_REGISTRY: Readonly<Record<string, ChartDefinition>> = Object.fromEntries(
  IMPORTED_CHARTS.map((c) => [c.name, fakeChart(c.heading)]),
);

// What each fixture is for: its count of priorities and marker style are the point, so they are written here.
const FIXTURES: Readonly<Record<string, { priorities: number; marker: string; parts: string[]; units: boolean; attribution: boolean }>> = {
  'four-priorities.txt': { priorities: 4, marker: '（一）', parts: ['指出', '要求', '强调'], units: false, attribution: false },
  'ten-priorities.txt': { priorities: 10, marker: '一是', parts: ['认为', '指出'], units: true, attribution: true },
  'two-priorities.txt': { priorities: 2, marker: '第一，', parts: ['认为', '强调'], units: true, attribution: true },
};

test('every fixture speech is described here', () => {
  expect(FIXTURE_SPEECHES.map((f) => f.name)).toEqual(Object.keys(FIXTURES).sort());
});

describe.each(FIXTURE_SPEECHES.map((f) => [f.name, f] as const))('importing %s', (name, fixture) => {
  const expected = FIXTURES[name]!;
  const result = importReport(fixture.source, { charts: {} });
  const deck = build(result);

  test('finds the structure the fixture was written with', () => {
    const { speech } = result;
    expect(speech.priorities).toHaveLength(expected.priorities);
    expect(speech.priorities[0]!.marker.text).toBe(expected.marker);
    expect(speech.parts.map((p) => p.verb)).toEqual(expected.parts);
    expect(speech.lead.attendance.length > 0).toBe(expected.units);
    expect(speech.attribution !== undefined).toBe(expected.attribution);
  });

  test('writes the speech verbatim, then slide files in order, and the deck builds', () => {
    expect(result.files[0]).toEqual({ name: 'speech.txt', content: fixture.source });
    const names = result.files.slice(1).map((f) => f.name);
    expect(names).toEqual([...names].sort());
    expect(deck.slides.map((s) => s.id)).toEqual(names.map((n) => n.replace(/^\d+-|\.md$/g, '')));
  });

  test('one slide per priority, in order, headed by its title, each with bullets', () => {
    const prioritySlides = deck.slides.filter((s) => s.priority !== undefined);
    expect(prioritySlides.map((s) => s.priority)).toEqual(result.speech.priorities.map((p) => p.number));
    expect(prioritySlides.map((s) => s.title)).toEqual(result.speech.priorities.map((p) => p.title.text));
    for (const slide of prioritySlides) expect(slide.html).toMatch(/<li>/);
    expect(result.warnings).toEqual([]);
  });

  test('title, lead, overview and closing come first and last; parts before the priorities come before them', () => {
    const ids = deck.slides.map((s) => s.id);
    expect(ids.slice(0, 2)).toEqual(['title', 'meeting']);
    expect(ids.at(-1)).toBe('closing');
    const overview = ids.filter((id) => /^priorities(-\d+)?$/.test(id));
    expect(ids.slice(ids.indexOf('priority-1') - overview.length, ids.indexOf('priority-1'))).toEqual(overview);
    // Every priority is listed once across the overview, at most seven to a slide.
    const listed = overview.map((id) => (deck.slides.find((s) => s.id === id)!.html.match(/<li>/g) ?? []).length);
    expect(listed.reduce((a, b) => a + b, 0)).toBe(result.speech.priorities.length);
    for (const n of listed) expect(n).toBeLessThanOrEqual(7);
    const firstPriority = result.speech.priorities[0]!.marker.start;
    for (const slide of deck.slides.filter((s) =>
      /^part:/.test(/source: (\S+)/.exec(result.files.find((f) => f.name.endsWith(`-${s.id}.md`))!.content)?.[1] ?? ''),
    )) {
      const part = result.speech.parts.find((p) => slide.html.includes(`会议${p.verb}`))!;
      const before = part.body.start < firstPriority;
      expect(ids.indexOf(slide.id) < ids.indexOf('priorities'), slide.id).toBe(before);
    }
  });

  test('every bullet and quote stands in the speech, within the length rule', () => {
    const speechKey = fidelityKey(result.speech.text);
    const quotes = quotesOf(deck);
    expect(quotes.length).toBeGreaterThanOrEqual(expected.priorities);
    for (const quote of quotes) expect(speechKey, quote).toContain(fidelityKey(quote));
  });

  test("speaker notes carry each priority's full text", () => {
    for (const priority of result.speech.priorities) {
      const slide = deck.slides.find((s) => s.priority === priority.number)!;
      expect(htmlToText(slide.notes)).toContain(priority.body.text);
    }
  });

  test('the closing quotes the attribution when there is one', () => {
    const closing = deck.slides.at(-1)!;
    if (result.speech.attribution) expect(closing.html).toContain(`<blockquote>\n<p>${result.speech.attribution.text}</p>`);
    else expect(closing.html).not.toContain('<blockquote>');
  });
});

describe('charts follow the registry', () => {
  test('with an empty registry there are no chart slides, and each chart says why', () => {
    const result = importReport(FIXTURE_SPEECHES[0]!.source, { charts: {} });
    expect(result.charts).toEqual([]);
    expect(result.skippedCharts.map((c) => c.name)).toEqual(IMPORTED_CHARTS.map((c) => c.name));
    expect(result.files.some((f) => f.content.includes('layout: chart'))).toBe(false);
  });

  test.each(FIXTURE_SPEECHES.map((f) => [f.name, f] as const))(
    '%s: every registered chart gets a slide that builds; attendees only when the lead names units',
    (_name, fixture) => {
      const result = importReport(fixture.source, { charts: FAKE_REGISTRY });
      const deck = build(result, FAKE_REGISTRY);
      const expectedCharts = IMPORTED_CHARTS.map((c) => c.name).filter(
        (name) => name !== 'attendees' || result.speech.lead.attendance.length > 0,
      );
      expect(result.charts).toEqual(expectedCharts);
      expect(deck.slides.filter((s) => s.chart).map((s) => s.chart)).toEqual(expectedCharts);
      expect(Object.keys(deck.charts).sort()).toEqual([...expectedCharts].sort());
    },
  );

  test('a chart the registry has but cannot compute for this speech is left out, with its reason', () => {
    const failing: ChartDefinition = {
      description: 'fails',
      build: () => {
        throw new Error('the speech has no measures');
      },
    };
    const result = importReport(SPEECH_SOURCE, { charts: { ...FAKE_REGISTRY, structure: failing } });
    expect(result.charts).not.toContain('structure');
    expect(result.skippedCharts).toContainEqual({
      name: 'structure',
      reason: 'cannot be computed from this speech: the speech has no measures',
    });
    build(result, { ...FAKE_REGISTRY, structure: failing });
  });

  test("charts outside the importer's list (our speech's own `assessment`) are not added", () => {
    const result = importReport(SPEECH_SOURCE, { charts: { ...FAKE_REGISTRY, assessment: fakeChart('assessment') } });
    expect(result.charts).not.toContain('assessment');
  });
});

describe('importing our own speech', () => {
  const ours = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT);
  const imported = build(importReport(SPEECH_SOURCE, { charts: {} }));

  test('gives the same structure as our hand-edited deck: the parts, seven priorities and their titles', () => {
    const partsOf = (deck: DeckModel): string[] => deck.slides.filter((s) => ['review', 'context'].includes(s.id)).map((s) => s.id);
    expect(partsOf(imported)).toEqual(partsOf(ours));
    const priorities = (deck: DeckModel) => deck.slides.filter((s) => s.priority !== undefined).map((s) => [s.id, s.title]);
    expect(priorities(imported)).toHaveLength(7);
    expect(priorities(imported)).toEqual(priorities(ours));
    // Our deck adds a chart-only slide (the structure) and shows charts beside some lists; the slides are the same.
    const chartOnly = (deck: DeckModel): string[] =>
      deck.slides.filter((s) => s.chart && !/class="slide-body"/.test(s.html)).map((s) => s.id);
    const oursWithoutChartOnly = ours.slides.filter((s) => !chartOnly(ours).includes(s.id));
    expect(imported.slides.map((s) => s.id)).toEqual(oursWithoutChartOnly.map((s) => s.id));
    const family = (layout: string): string => (layout === 'chart' || layout === 'bullets-chart' ? 'bullets' : layout);
    expect(imported.slides.map((s) => family(s.layout))).toEqual(oursWithoutChartOnly.map((s) => family(s.layout)));
  });
});

describe('a very long text', () => {
  test("100 copies of our speech's body import into a deck that builds", () => {
    const lines = SPEECH_SOURCE.split('\n');
    const last = lines.findLastIndex((line) => line.trim() !== '');
    const long = [lines[0], ...Array.from({ length: 100 }, () => lines.slice(1, last).join('\n')), ...lines.slice(last)].join('\n');
    const result = importReport(long, { charts: {} });
    const deck = build(result);
    expect(deck.slides.filter((s) => s.priority !== undefined)).toHaveLength(result.speech.priorities.length);
    expect(deck.slides).toHaveLength(result.files.length - 1);
  });
});
