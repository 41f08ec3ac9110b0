/** Importing every fixture report: the deck builds, quotes the report, never spills, and has a slide for every part and item. */
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../test/support/build.ts';
import { FIXTURE_SPEECHES } from '../../test/support/fixtures.ts';
import { buildImported as build, FAKE_REGISTRY, fakeChart, quotesOf } from '../../test/support/imported.ts';
import { OUR_SLIDES_DIR, SPEECH_SOURCE } from '../../test/support/speech.ts';
import { loadDeck } from '../build/load-deck.ts';
import type { ChartDefinition } from '../charts/types.ts';
import type { DeckModel } from '../slides/deck.ts';
import { fidelityKey } from '../slides/fidelity.ts';
import { htmlToText } from '../slides/markdown.ts';
import { namedUnits } from '../speech/attendees.ts';
import { charCount, clausesOf, type Passage, passage } from '../speech/index.ts';
import { fitsOnSlide, IMPORTED_CHARTS, importReport, MIN_EXCERPT_CHARS } from './index.ts';
import { CONTINUED, shortHeading } from './pages.ts';

/** A continuation page's id: `priority-2-p2`. */
const RE_CONTINUATION = /-p\d+$/;

describe.each(FIXTURE_SPEECHES.map((f) => [f.name, f] as const))('importing %s', (_name, fixture) => {
  const result = importReport(fixture.source, { charts: {} });
  const deck = build(result);
  const { speech } = result;
  const ids = deck.slides.map((s) => s.id);

  test('writes the speech verbatim, then slide files in order, and the deck builds', () => {
    expect(result.files[0]).toEqual({ name: 'speech.txt', content: fixture.source });
    const names = result.files.slice(1).map((f) => f.name);
    expect(names).toEqual([...names].sort());
    expect(ids).toEqual(names.map((n) => n.replace(/^\d+-|\.md$/g, '')));
    expect(result.measured).toHaveLength(names.length);
  });

  test('no page spills: each fits at 1920×1080 and on the phone by the size model', () => {
    for (const [i, page] of result.measured.entries()) expect(fitsOnSlide(page), ids[i]).toBe(true);
  });

  test('title and lead first, closing last; a continuation follows its slide and says so', () => {
    expect(ids[0]).toBe('title');
    expect(ids[1]).toBe('meeting');
    expect(ids.at(-1)).toBe('closing');
    for (const [i, slide] of deck.slides.entries()) {
      if (!RE_CONTINUATION.test(slide.id)) continue;
      expect(ids[i - 1]!.replace(RE_CONTINUATION, '')).toBe(slide.id.replace(RE_CONTINUATION, ''));
      expect(slide.title.endsWith(CONTINUED)).toBe(true);
    }
  });

  test('every item of the priorities has its slide, headed by its opening clause, or stands on the list slide', () => {
    const slides = deck.slides.filter((s) => s.priority !== undefined && !RE_CONTINUATION.test(s.id));
    const listed = quotesOf(deck).map(fidelityKey);
    if (slides.length > 0) {
      expect(slides.map((s) => s.priority)).toEqual(speech.priorities.map((p) => p.number));
      expect(slides.map((s) => s.title)).toEqual(speech.priorities.map((p) => shortHeading(p.title.text)));
    } else
      for (const p of speech.priorities)
        expect(
          listed.some((q) => q.includes(fidelityKey(p.title.text))),
          p.title.text,
        ).toBe(true);
  });

  test("every clause of the report's parts and lists is shown: in a bullet, a heading or a kicker", () => {
    const shown = deck.slides
      .flatMap((s) => [s.title, ...quotesOf({ ...deck, html: s.html }), /class="kicker">([^<]*)</.exec(s.html)?.[1] ?? ''])
      .map(fidelityKey);
    // Openers (`会议指出`, `张金波部长提出了具体要求`) are kickers' labels; a marker is the kicker of its item's slide.
    const openers = speech.parts.map((p) => passage(speech.text, p.body.start, p.content.start));
    const markers = speech.lists.flatMap((l) => [...l.items, ...l.items.flatMap((i) => i.inner?.items ?? [])]).map((i) => i.marker);
    const clauses = clausesOf(speech.text, passage(speech.text, speech.lead.body.end, speech.body.end))
      .filter((c) => !openers.some((o) => o.start <= c.start && c.end <= o.end))
      // A clause may run on past its opener (`会议提出了今年要抓好的三项任务`): what follows the opener is shown.
      .map((c) =>
        passage(speech.text, Math.max(c.start, ...openers.filter((o) => o.start <= c.start && o.end < c.end).map((o) => o.end)), c.end),
      )
      // An item may start one character into its clause: after the `即` that introduces an announced list.
      .map((c) => passage(speech.text, markers.find((m) => m.start >= c.start && m.start <= c.start + 1)?.end ?? c.start, c.end))
      .filter((c) => charCount(c.text) >= MIN_EXCERPT_CHARS);
    for (const clause of clauses)
      expect(
        shown.some((s) => s.includes(fidelityKey(clause.text))),
        clause.text,
      ).toBe(true);
  });

  test('every clause the lead and the closing sentences tell of the meeting is shown: on a slide, in the title or in the notes', () => {
    const visible = fidelityKey(htmlToText(deck.html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')));
    const [first] = speech.lead.sentences;
    // The clause that says the meeting was held is the title's; the attendance is the lead slide's notes.
    const convened = first && clausesOf(speech.text, first).find((c) => /召开|举行|举办/.test(c.text));
    const attending = (c: Passage): boolean => speech.lead.attendance.some((a) => a.start < c.end && c.start < a.end);
    const clauses = [...speech.lead.sentences, ...speech.lead.epilogue]
      .flatMap((s) => clausesOf(speech.text, s))
      .filter((c) => c.start !== convened?.start && !attending(c) && charCount(c.text) >= MIN_EXCERPT_CHARS);
    for (const clause of clauses) expect(visible, clause.text).toContain(fidelityKey(clause.text));
  });

  test('every bullet and quote stands in the speech', () => {
    const speechKey = fidelityKey(speech.text);
    const quotes = quotesOf(deck);
    expect(quotes.length).toBeGreaterThanOrEqual(speech.priorities.length);
    for (const quote of quotes) expect(speechKey, quote).toContain(fidelityKey(quote));
  });

  test("speaker notes carry each priority's full text", () => {
    for (const slide of deck.slides.filter((s) => s.priority !== undefined)) {
      expect(htmlToText(slide.notes)).toContain(speech.priorities[slide.priority! - 1]!.body.text);
    }
  });

  test('the closing quotes the attribution when there is one, and warnings are the speech’s', () => {
    const closing = deck.slides.at(-1)!;
    if (speech.attribution) expect(closing.html).toContain(`<blockquote>\n<p>${speech.attribution.text}</p>`);
    else expect(closing.html).not.toContain('<blockquote>');
    expect(result.warnings.filter((w) => !/announces/.test(w))).toEqual([]);
  });

  test('charts only where they say something: structure always, weights from two items, attendees from three units', () => {
    const charted = importReport(fixture.source, { charts: FAKE_REGISTRY });
    const expected = IMPORTED_CHARTS.map((c) => c.name).filter(
      (name) => (name !== 'attendees' || namedUnits(speech).length >= 3) && (name !== 'priorities' || speech.priorities.length >= 2),
    );
    expect(charted.charts).toEqual(expected);
    expect(
      build(charted, FAKE_REGISTRY)
        .slides.filter((s) => s.chart)
        .map((s) => s.chart),
    ).toEqual(expected);
  });
});

describe('charts follow the registry', () => {
  test('with an empty registry there are no chart slides, and each chart says why', () => {
    const result = importReport(SPEECH_SOURCE, { charts: {} });
    expect(result.charts).toEqual([]);
    expect(result.skippedCharts.map((c) => c.name)).toEqual(IMPORTED_CHARTS.map((c) => c.name));
    expect(result.files.some((f) => f.content.includes('layout: chart'))).toBe(false);
  });

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
  const importedDeck = build(importReport(SPEECH_SOURCE, { charts: {} }));

  test('gives the same structure as our hand-edited deck: the parts, seven priorities and their titles', () => {
    const firstPages = (deck: DeckModel): DeckModel => ({ ...deck, slides: deck.slides.filter((s) => !RE_CONTINUATION.test(s.id)) });
    const imported = firstPages(importedDeck);
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

describe('the lead slide', () => {
  const meetingSlide = (fixture: string): string =>
    importReport(FIXTURE_SPEECHES.find((f) => f.name === fixture)!.source, { charts: {} }).files.find((f) =>
      f.name.endsWith('-meeting.md'),
    )!.content;

  test('one who 主持会议并讲话 is shown once, under both roles', () => {
    const slide = meetingSlide('host-speaker-county-standing.txt');
    expect(slide).toContain('- **主持并讲话**：县委书记孟庆林主持会议并讲话');
    expect(slide.match(/孟庆林主持会议并讲话/g)).toHaveLength(1);
  });

  test("the report's closing sentences that tell of the meeting are on it; the attendance among them in its notes", () => {
    const slide = meetingSlide('agency-national-exchange.txt');
    expect(slide).toContain('- 会上，成都、厦门、苏州等地作了交流发言');
    expect(slide).toMatch(/Note:\n参加会议的有：中央文明委有关成员单位负责同志；各省、自治区、直辖市文明办负责同志。/);
  });

  test('a speaker and a presider apart are shown apart', () => {
    const slide = meetingSlide('announced-county-joint.txt');
    expect(slide).toMatch(/- \*\*讲话\*\*：县委常委、宣传部部长张金波出席会议并讲话/);
    expect(slide).toMatch(/- \*\*主持\*\*：副县长李红主持会议/);
  });
});

describe('intertitles', () => {
  test('a part under an intertitle is headed by it; the intertitle is no part of the lead or of the part before', () => {
    const { files, speech } = importReport(FIXTURE_SPEECHES.find((f) => f.name === 'intertitles-city-conference.txt')!.source, {
      charts: {},
    });
    expect(speech.parts.map((p) => p.title?.text)).toEqual([
      '坚持守正创新　凝聚奋进力量',
      '聚焦群众期盼　深化文明创建',
      '压实工作责任　确保落地见效',
    ]);
    const headings = files.map((f) => /^# (.+)$/m.exec(f.content)?.[1]);
    expect(headings).toContain('坚持守正创新　凝聚奋进力量');
    expect(headings).toContain('压实工作责任　确保落地见效');
    const bullets = files.flatMap((f) => [...f.content.matchAll(/^- (.+)$/gm)].map((m) => m[1]!));
    expect(bullets.filter((b) => /凝聚奋进力量|深化文明创建|确保落地见效/.test(b))).toEqual([]);
  });
});

describe('a very long text', () => {
  test("100 copies of our speech's body import into a deck that builds", () => {
    const lines = SPEECH_SOURCE.split('\n');
    const last = lines.findLastIndex((line) => line.trim() !== '');
    const long = [lines[0], ...Array.from({ length: 100 }, () => lines.slice(1, last).join('\n')), ...lines.slice(last)].join('\n');
    const result = importReport(long, { charts: {} });
    const deck = build(result);
    expect(deck.slides.filter((s) => s.priority !== undefined && !RE_CONTINUATION.test(s.id))).toHaveLength(
      result.speech.priorities.length,
    );
    expect(deck.slides).toHaveLength(result.files.length - 1);
  });
});
