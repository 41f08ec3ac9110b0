/** Every chart's data, recomputed from the speech model. */
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../test/support/build.ts';
import { OUR_PRIORITY_TITLES, OUR_SLIDES_DIR, SPEECH as speech } from '../../test/support/speech.ts';
import { loadDeck } from '../build/load-deck.ts';
import { FONT_FAMILY } from '../contract/index.ts';
import { fidelityKey } from '../slides/fidelity.ts';
import { readAssessment } from '../speech/assessment.ts';
import { attendeesByLevel } from '../speech/attendees.ts';
import { measuresOf } from '../speech/measures.ts';
import { FLOW_EDGES, flowNodes, wrapLines } from './assessment.ts';
import { attendeesTree } from './attendees.ts';
import { CHARTS } from './index.ts';
import { countCharacters } from './priorities.ts';
import { structureTree } from './structure.ts';
import { CHART_FONT_FAMILY, PRIORITY_COLORS } from './theme.ts';
import type { ChartContext } from './types.ts';

const context: ChartContext = { speech, slideIdOfPriority: (n) => `priority-${n}` };
const speechKey = fidelityKey(speech.text);

/** The series of a built chart's option. */
function seriesOf(name: string): Record<string, unknown> {
  const option = CHARTS[name]!.build(context).option as { series: Record<string, unknown>[] };
  return option.series[0]!;
}

interface Node {
  name: string;
  value?: number;
  children?: Node[];
}

test("the four charts are registered under the team's names", () => {
  expect(Object.keys(CHARTS).sort()).toEqual(['assessment', 'attendees', 'priorities', 'structure']);
});

test.each(Object.keys(CHARTS))('chart %s: JSON option in the deck font, regular weight, with aria and a summary', (name) => {
  const spec = CHARTS[name]!.build(context);
  expect(JSON.parse(JSON.stringify(spec.option))).toEqual(spec.option);
  expect(spec.option.textStyle).toMatchObject({ fontFamily: FONT_FAMILY, fontWeight: 'normal' });
  expect(spec.option.aria).toMatchObject({ enabled: true });
  expect(spec.summary.length).toBeGreaterThan(20);
  // Bold is cut to headings only: no chart text may ask for it.
  expect(JSON.stringify(spec.option)).not.toMatch(/"fontWeight":"(?:bold|[5-9]00)"/);
});

test('the chart font is the one the build cuts', () => {
  expect(CHART_FONT_FAMILY).toBe(FONT_FAMILY);
});

describe('structure', () => {
  const tree = structureTree(speech);
  const series = seriesOf('structure');

  test("the meeting → its parts and the priorities, in the speech's order", () => {
    expect(speech.headline.text.startsWith(tree.name as string)).toBe(true);
    const names = tree.children!.map((c) => c.name);
    expect(names).toEqual([...speech.parts.map((p) => `会议${p.verb}`), expect.stringMatching(/个方面$/)]);
    expect(names.at(-1)).toBe(`${'七'}个方面`);
  });

  test('seven priorities, each with its measures, in order and in seven colours', () => {
    const priorities = tree.children!.at(-1)!.children!;
    expect(priorities).toHaveLength(speech.priorities.length);
    expect(priorities).toHaveLength(7);
    for (const [i, node] of priorities.entries()) {
      const priority = speech.priorities[i]!;
      expect(priority.title.text.endsWith(node.name as string)).toBe(true);
      const measures = measuresOf(speech, priority);
      expect(node.value).toBe(measures.length);
      expect(node.children!.map((m) => m.name)).toEqual(measures.map((m) => m.label.text));
      for (const m of node.children!) expect(speechKey).toContain(fidelityKey(m.name as string));
    }
    const colors = priorities.map((p) => (p.itemStyle as { color: string }).color);
    expect(new Set(colors).size).toBe(7);
    expect(colors).toEqual(PRIORITY_COLORS.slice(0, 7));
  });

  test('the option ships that tree', () => {
    expect((series.data as Node[])[0]).toEqual(JSON.parse(JSON.stringify(tree)));
  });
});

describe('priorities', () => {
  const series = seriesOf('priorities');
  const data = series.data as { name: string; value: number; slideId?: string; label: { formatter: string } }[];

  test('seven bars with the titles in order, each the characters of its priority', () => {
    expect(data.map((d) => d.name)).toEqual(speech.priorities.map((p) => p.title.text));
    expect(data.map((d) => d.name)).toEqual(OUR_PRIORITY_TITLES);
    for (const [i, d] of data.entries()) {
      const p = speech.priorities[i]!;
      const own = speech.text.slice(p.marker.start, p.body.end).replace(/[\p{P}\p{S}\s]/gu, '');
      expect(d.value).toBe(own.length);
    }
    expect(countCharacters('一是，更加“把牢”。')).toBe(6);
  });

  test("the shares add up to about 100% and each bar links to its priority's slide", () => {
    const total = data.reduce((n, d) => n + d.value, 0);
    for (const [i, d] of data.entries()) {
      expect(d.label.formatter).toBe(`${d.value}字 · ${Math.round((d.value / total) * 100)}%`);
      expect(d.slideId).toBe(`priority-${i + 1}`);
    }
  });
});

describe('attendees', () => {
  const tree = attendeesTree(speech) as Node;
  const groups = attendeesByLevel(speech);

  test('one branch per level with the units and their count', () => {
    expect(tree.children).toHaveLength(groups.length);
    for (const [i, node] of tree.children!.entries()) {
      expect(node.value).toBe(groups[i]!.units.length);
      expect(node.name).toContain(`${groups[i]!.units.length}个`);
      expect(node.children!.map((u) => u.name)).toEqual(groups[i]!.units.map((u) => u.name.text));
    }
    expect(tree.value).toBe(groups.reduce((n, g) => n + g.units.length, 0));
  });

  test('every unit name stands in the lead; the summary names who spoke and who presided', () => {
    for (const group of tree.children!) for (const unit of group.children!) expect(speech.lead.body.text).toContain(unit.name);
    const summary = CHARTS.attendees!.build(context).summary;
    for (const person of [...speech.lead.speakers, ...speech.lead.presiders]) expect(summary).toContain(person.text);
  });
});

describe('assessment', () => {
  const assessment = readAssessment(speech);
  const nodes = flowNodes(assessment);
  const series = seriesOf('assessment');
  const data = series.data as { id: string; name: string; label: { formatter: string } }[];

  test('every box holds words of the fifth priority', () => {
    const body = speech.priorities[assessment.priority - 1]!.body.text;
    expect(data.map((d) => d.name)).toEqual(nodes.map((n) => n.title.text));
    for (const d of data) {
      expect(body).toContain(d.name);
      // The label shows the same words, only cut into lines.
      const shown = d.label.formatter.replace(/\{[tn]\|([^}]*)\}/g, '$1').replace(/\n/g, '');
      const node = nodes.find((n) => n.id === d.id)!;
      expect(shown).toBe(node.title.text + (node.note?.text ?? ''));
    }
  });

  test('shows the team, the on-site checks and surveys, the half-yearly review, the yearly appraisal, the media and the hotline', () => {
    const names = data.map((d) => d.name);
    for (const step of [
      assessment.team,
      assessment.onSiteCheck,
      assessment.survey,
      assessment.review,
      assessment.appraisal,
      assessment.media,
      assessment.hotline,
    ]) {
      expect(names).toContain(step.text);
    }
  });

  test('every arrow joins two boxes', () => {
    const ids = new Set(nodes.map((n) => n.id));
    for (const edge of FLOW_EDGES) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
    expect(series.edges).toHaveLength(FLOW_EDGES.length);
  });

  test.each([
    ['媒体', ['媒体']],
    ['提升市民群众的幸福感和满意度', ['提升市民群众的', '幸福感和满意度']],
    ['监督、曝光不文明行为', ['监督、', '曝光不文明行为']],
  ])('wraps %s as %j', (text, lines) => {
    expect(wrapLines(text)).toEqual(lines);
  });
});

test('the deck shows each chart on its slide', () => {
  const deck = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT);
  const chartOf = Object.fromEntries(deck.slides.filter((s) => s.chart).map((s) => [s.id, s.chart]));
  expect(chartOf).toEqual({ meeting: 'attendees', structure: 'structure', priorities: 'priorities', 'priority-5': 'assessment' });
});
