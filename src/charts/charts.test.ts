/** Every chart's data, recomputed from the speech model, and each chart's form in a frame. */
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../test/support/build.ts';
import { OUR_PRIORITY_TITLES, OUR_SLIDES_DIR, SPEECH as speech } from '../../test/support/speech.ts';
import { measureDeckText } from '../build/charts/font-measure.ts';
import { loadDeck } from '../build/load-deck.ts';
import { FONT_FAMILY } from '../contract/index.ts';
import { fidelityKey } from '../slides/fidelity.ts';
import { readAssessment } from '../speech/assessment.ts';
import { attendeesByLevel } from '../speech/attendees.ts';
import { parseSpeech } from '../speech/index.ts';
import { measuresOf } from '../speech/measures.ts';
import { FLOW_EDGES, flowNodes } from './assessment.ts';
import { attendeesTree } from './attendees.ts';
import { CHARTS } from './index.ts';
import { countCharacters } from './priorities.ts';
import { structureTree } from './structure.ts';
import { ELLIPSIS } from './text-fit.ts';
import { CHART_FONT_FAMILY, PRIORITY_COLORS } from './theme.ts';
import type { ChartTree } from './tree.ts';
import type { ChartContext, ChartFrame } from './types.ts';

const context: ChartContext = { speech, slideIdOfPriority: (n) => `priority-${n}`, measure: measureDeckText };
const speechKey = fidelityKey(speech.text);
/** The phone's box of the structure slide (a chart layout under a two-line heading). */
const PHONE: ChartFrame = { width: 600, height: 1196, stage: 'phone' };

interface Item {
  readonly id?: string;
  readonly name: string;
  readonly value?: number;
  readonly slideId?: string;
  readonly tooltip?: { readonly formatter: string };
  readonly label?: { readonly formatter?: string };
}

/** The series of a built chart's option. */
function seriesOf(name: string, frame?: ChartFrame): { name?: string; data: Item[]; edges?: unknown[] }[] {
  const option = CHARTS[name]!.build({ ...context, ...(frame ? { frame } : {}) }).option as { series: { data: Item[] }[] };
  return option.series;
}

/** The words a label shows, its lines joined. */
const shown = (item: Item): string => (item.label?.formatter ?? '').replace(/\{s\d+\|([^}]*)\}/g, '$1').replace(/\n/g, '');

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
  const tree = structureTree(speech, (n) => `priority-${n}`);

  test("the meeting → its parts and the priorities, in the speech's order", () => {
    expect(speech.headline.text.startsWith(tree.text)).toBe(true);
    expect(tree.children.map((c) => c.text)).toEqual([...speech.parts.map((p) => `会议${p.verb}`), '七个方面']);
  });

  test.each([
    ['会议提出了三项任务，即：补齐短板；整治环境；加强教育。', '三项任务'],
    ['会议要求，抓好以下工作：一是抓学习。二是抓落实。三是抓考核。', '三个方面'],
    ['会议要求，重点做好四方面工作：一是抓学习。二是抓落实。三是抓考核。', '三个方面'],
  ])('the priorities are named as the report announces them, when its count is right: %s', (body, name) => {
    const report = parseSpeech(`标题\n\n3月2日，全区召开工作会议。区委副书记李某出席并讲话。\n\n${body}\n`);
    expect(structureTree(report).children.at(-1)?.text).toBe(name);
  });

  test('seven priorities, each with its measures, in order and in seven colours, each opening its slide', () => {
    const priorities = tree.children.at(-1)!.children;
    expect(priorities).toHaveLength(7);
    for (const [i, node] of priorities.entries()) {
      const priority = speech.priorities[i]!;
      expect(priority.title.text.endsWith(node.text)).toBe(true);
      expect(node.slideId).toBe(`priority-${i + 1}`);
      const measures = measuresOf(speech, priority);
      expect(node.children.map((m) => m.text)).toEqual(measures.map((m) => m.label.text));
      for (const m of node.children) expect(speechKey).toContain(fidelityKey(m.text));
    }
    expect(priorities.map((p) => p.color)).toEqual(PRIORITY_COLORS.slice(0, 7));
  });

  test.each([
    ['16:9', undefined],
    ['phone', PHONE],
  ])('on the %s stage it draws every node, each label its own words or their start with the full words on hover', (_stage, frame) => {
    const [series] = seriesOf('structure', frame);
    const nodes = series!.data.filter((item) => item.label);
    const all: ChartTree[] = [];
    const visit = (node: ChartTree): void => {
      all.push(node);
      node.children.forEach(visit);
    };
    visit(tree);
    expect(nodes).toHaveLength(all.length);
    for (const [i, item] of nodes.entries()) {
      const words = shown(item);
      if (words.endsWith(ELLIPSIS)) {
        expect(all[i]!.text.startsWith(words.slice(0, -1))).toBe(true);
        expect(item.tooltip?.formatter).toBe(all[i]!.title ?? all[i]!.text);
      } else expect(words).toBe(all[i]!.text.replace(/\n/g, ''));
    }
  });
});

describe('priorities', () => {
  const bars = (frame?: ChartFrame) => seriesOf('priorities', frame).find((s) => s.name === '字数')!.data;

  test('seven bars with the titles in order, each the characters of its priority', () => {
    const data = bars();
    expect(seriesOf('priorities')[0]!.name).toBe('字数');
    expect(data.map((d) => d.name)).toEqual(speech.priorities.map((p) => p.title.text));
    expect(data.map((d) => d.name)).toEqual(OUR_PRIORITY_TITLES);
    for (const [i, d] of data.entries()) {
      const p = speech.priorities[i]!;
      const own = speech.text.slice(p.marker.start, p.body.end).replace(/[\p{P}\p{S}\s]/gu, '');
      expect(d.value).toBe(own.length);
    }
    expect(countCharacters('一是，更加“把牢”。')).toBe(6);
  });

  test("the shares add up to about 100% and each bar links to its priority's slide, on either stage", () => {
    for (const data of [bars(), bars(PHONE)]) {
      const total = data.reduce((n, d) => n + d.value!, 0);
      for (const [i, d] of data.entries()) {
        expect(d.label?.formatter).toBe(`${d.value}字 · ${Math.round((d.value! / total) * 100)}%`);
        expect(d.slideId).toBe(`priority-${i + 1}`);
      }
    }
  });

  test('the titles stand left of the bars on the 16:9 stage and above them on the phone, whole here', () => {
    const titles = (frame?: ChartFrame) => seriesOf('priorities', frame).find((s) => s.name === '标题')!.data;
    expect(titles().map(shown)).toEqual(speech.priorities.map((p) => p.title.text));
    expect(titles(PHONE).map(shown)).toEqual(speech.priorities.map((p) => p.title.text));
    expect(seriesOf('priorities', PHONE)[0]!.name).toBe('标题');
  });
});

describe('attendees', () => {
  const tree = attendeesTree(speech);
  const groups = attendeesByLevel(speech);

  test('one branch per level with the units and their count', () => {
    expect(tree.children).toHaveLength(groups.length);
    for (const [i, node] of tree.children.entries()) {
      expect(node.text).toContain(`${groups[i]!.units.length}个`);
      expect(node.children.map((u) => u.text)).toEqual(groups[i]!.units.map((u) => u.name.text));
    }
    expect(tree.text).toContain(`${groups.reduce((n, g) => n + g.units.length, 0)}个`);
  });

  test('every unit name stands in the lead; the summary names who spoke and who presided', () => {
    for (const group of tree.children) for (const unit of group.children) expect(speech.lead.body.text).toContain(unit.text);
    const summary = CHARTS.attendees!.build(context).summary;
    for (const person of [...speech.lead.speakers, ...speech.lead.presiders]) expect(summary).toContain(person.text);
  });
});

describe('assessment', () => {
  const assessment = readAssessment(speech);
  const nodes = flowNodes(assessment);

  test.each([
    ['16:9', undefined],
    ['phone', PHONE],
  ])('on the %s stage every box holds words of the fifth priority, only cut into lines', (_stage, frame) => {
    const [series] = seriesOf('assessment', frame);
    const body = speech.priorities[assessment.priority - 1]!.body.text;
    for (const node of nodes) {
      const item = series!.data.find((d) => d.id === node.id)!;
      expect(body).toContain(node.title.text);
      expect(shown(item)).toBe(node.title.text + (node.note?.text ?? ''));
    }
  });

  test('shows the team, the on-site checks and surveys, the half-yearly review, the yearly appraisal, the media and the hotline', () => {
    const titles = nodes.map((n) => n.title.text);
    for (const step of [
      assessment.team,
      assessment.onSiteCheck,
      assessment.survey,
      assessment.review,
      assessment.appraisal,
      assessment.media,
    ]) {
      expect(titles).toContain(step.text);
    }
    expect(titles).toContain(assessment.hotline.text);
  });

  test('every arrow joins two boxes', () => {
    const ids = new Set(nodes.map((n) => n.id));
    for (const edge of FLOW_EDGES) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
  });
});

test('the deck shows each chart on its slide', () => {
  const deck = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT);
  const chartOf = Object.fromEntries(deck.slides.filter((s) => s.chart).map((s) => [s.id, s.chart]));
  expect(chartOf).toEqual({ meeting: 'attendees', structure: 'structure', priorities: 'priorities', 'priority-5': 'assessment' });
});
