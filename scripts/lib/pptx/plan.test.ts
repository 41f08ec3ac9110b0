import { describe, expect, test } from 'vitest';
import { loadDeck } from '../../../src/build/load-deck.ts';
import { PALETTE, STAGE } from '../../../src/contract/index.ts';
import type { BuiltSlide } from '../../../src/slides/deck.ts';
import type { Layout } from '../../../src/slides/format.ts';
import { OUR_SLIDES_DIR, SPEECH } from '../../../test/support/speech.ts';
import { PROJECT_ROOT } from '../project.ts';
import { loadCharWidth } from './font-metrics.ts';
import { HEADING_LINES, MASTERS, TYPE } from './geometry.ts';
import { CONTINUED, markerColours, planPresentation, planProperties, planSlide } from './plan.ts';
import type { PlanElement, PlannedSlide, PlanText } from './plan-types.ts';

const charWidth = loadCharWidth();
const deck = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT);
const plan = planPresentation(deck, charWidth);

const texts = (slide: PlannedSlide): PlanText[] => slide.elements.filter((e): e is PlanText => e.kind === 'text');
const boxed = (slide: PlannedSlide) => slide.elements.filter((e): e is Exclude<PlanElement, { kind: 'title' }> => e.kind !== 'title');
const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** A deck slide as buildDeck renders it, with a heading and a bullet list. */
function bulletSlide(heading: string, bullets: readonly string[], layout: Layout = 'bullets'): BuiltSlide {
  const items = bullets.map((b) => `<li>${b}</li>`).join('\n');
  return {
    id: 'many',
    file: 'slides/99-many.md',
    layout,
    title: heading,
    html: `<section id="many" class="layout-${layout}"><div class="slide-frame"><header class="slide-head"><p class="kicker">一是</p><h2>${heading}</h2></header><div class="slide-body"><ul>\n${items}\n</ul>\n</div></div></section>`,
    notes: '<p>讲稿</p>',
  };
}

describe('our deck', () => {
  test('one PowerPoint slide per deck slide, each with its heading in the title placeholder', () => {
    expect(plan.slides.map((s) => s.deckSlideId)).toEqual(deck.slides.map((s) => s.id));
    for (const [i, slide] of plan.slides.entries()) {
      const titles = slide.elements.filter((e) => e.kind === 'title');
      expect(titles).toHaveLength(1);
      expect(titles[0]!.kind === 'title' && titles[0]!.paragraph.runs.map((r) => r.text).join('')).toBe(deck.slides[i]!.title);
    }
  });

  test('every element lies on the stage, and no text box overlaps a chart, the tracker or another text box', () => {
    for (const slide of plan.slides) {
      const elements = boxed(slide);
      for (const element of elements) {
        expect(element.box.x, `${slide.deckSlideId}: ${JSON.stringify(element.box)}`).toBeGreaterThanOrEqual(0);
        expect(element.box.y + element.box.h, slide.deckSlideId).toBeLessThanOrEqual(STAGE.height);
        expect(element.box.x + element.box.w, slide.deckSlideId).toBeLessThanOrEqual(STAGE.width);
      }
      const solid = elements.filter((e) => e.kind === 'text' || e.kind === 'chart');
      for (const [i, a] of solid.entries()) {
        for (const b of solid.slice(i + 1))
          expect(overlaps(a.box, b.box), `${slide.deckSlideId}: ${JSON.stringify([a.box, b.box])}`).toBe(false);
      }
    }
  });

  test('every text box holds its measured lines, and every heading fits the title placeholder', () => {
    for (const slide of plan.slides) {
      for (const text of texts(slide)) {
        const [, top = 0, , bottom = 0] = text.padding ?? [];
        const needed = text.paragraphs.reduce(
          (sum, p, i) => sum + p.lines * p.lineHeightPx + (i < text.paragraphs.length - 1 ? p.spaceAfterPx : 0),
          0,
        );
        expect(needed + top + bottom, `${slide.deckSlideId} ${text.name}`).toBeLessThanOrEqual(text.box.h + 0.001);
      }
      const title = slide.elements.find((e) => e.kind === 'title');
      expect(title?.kind === 'title' && title.paragraph.lines).toBeLessThanOrEqual(HEADING_LINES);
    }
  });

  test('the notes are the deck notes, paragraph by paragraph', () => {
    const first = plan.slides[0]!;
    expect(first.notes[0]).toMatch(/^开场/);
    expect(first.notes).toContain('原文 · 标题（第1–1行）');
  });

  test('charts sit where the deck shows them; priority slides carry the tracker', () => {
    const byId = new Map(plan.slides.map((s) => [s.deckSlideId, s]));
    const chartOf = (id: string) => byId.get(id)!.elements.find((e) => e.kind === 'chart');
    expect(chartOf('meeting')).toMatchObject({ chart: 'attendees' });
    expect(chartOf('priorities')).toMatchObject({ chart: 'priorities' });
    const meetingText = texts(byId.get('meeting')!).find((t) => t.name === '正文')!;
    expect(chartOf('meeting')!.kind === 'chart' && chartOf('meeting')!.box.x).toBeGreaterThan(meetingText.box.x + meetingText.box.w);
    for (const p of SPEECH.priorities) {
      const trackerItems = texts(byId.get(`priority-${p.number}`)!).filter((t) => t.name.startsWith('进度'));
      expect(trackerItems).toHaveLength(SPEECH.priorities.length);
      expect(trackerItems.filter((t) => t.fill?.colour === PALETTE.red)).toHaveLength(1);
      expect(trackerItems.every((t, i) => t.link === `priority-${i + 1}`)).toBe(true);
    }
  });

  test('list markers are red on paper', () => {
    const review = plan.slides.find((s) => s.deckSlideId === 'review')!;
    expect(markerColours(review)).toEqual(Array(5).fill(PALETTE.red));
  });
});

test('document properties come from the report', () => {
  expect(planProperties(SPEECH)).toEqual({
    title: SPEECH.headline.text,
    subject: SPEECH.lead.sentences[0]!.text,
    author: '精神文明调查研究处',
  });
});

test('text that does not fit continues on a next slide, heading marked 续, every bullet once and in order', () => {
  const bullets = Array.from({ length: 14 }, (_, i) => `第${i + 1}条：推动首都精神文明建设工作在新的历史起点上迈上新台阶、作出新贡献`);
  const parts = planSlide(bulletSlide('更加把牢根本遵循', bullets), charWidth);
  expect(parts.length).toBeGreaterThan(1);
  expect(parts.map((p) => p.part)).toEqual(parts.map((_, i) => i));
  const headings = parts
    .map((p) => p.elements.find((e) => e.kind === 'title')!)
    .map((t) => (t.kind === 'title' ? t.paragraph.runs[0]!.text : ''));
  expect(headings[0]).toBe('更加把牢根本遵循');
  expect(headings.slice(1).every((h) => h === `更加把牢根本遵循${CONTINUED}`)).toBe(true);
  const shown = parts.flatMap((p) =>
    texts(p)
      .filter((t) => t.name === '正文')
      .flatMap((t) => t.paragraphs.map((q) => q.runs.map((r) => r.text).join(''))),
  );
  expect(shown).toEqual(bullets);
  for (const part of parts) {
    expect(part.notes).toEqual(['讲稿']);
    for (const text of texts(part)) expect(text.box.y + text.box.h).toBeLessThanOrEqual(STAGE.height - 72);
  }
});

test('a heading too long for two lines is set smaller until it fits', () => {
  const heading = '更加把牢文明城区创建这一龙头工程，掀起新一轮首都精神文明创建新热潮，全方位推进精神文明创建各项任务落到实处';
  const [slide] = planSlide(bulletSlide(heading, ['抓好文明城区创建三年行动计划落实']), charWidth);
  const title = slide!.elements.find((e) => e.kind === 'title');
  expect(title?.kind === 'title' && title.paragraph.fontPx).toBeLessThan(TYPE.h2.fontPx);
  expect(title?.kind === 'title' && title.paragraph.lines).toBeLessThanOrEqual(HEADING_LINES);
  expect(MASTERS.content.title.h).toBe(HEADING_LINES * TYPE.h2.fontPx * TYPE.h2.lineHeight);
});

test('an image in a slide is a clear error naming the file', () => {
  const slide = bulletSlide('标题', ['一']);
  expect(() => planSlide({ ...slide, html: slide.html.replace('<li>一</li>', '<li><img src="a.png" alt=""></li>') }, charWidth)).toThrow(
    'slides/99-many.md: the slide has an image ("a.png"), which the PowerPoint export does not carry yet: export it as PDF',
  );
});
