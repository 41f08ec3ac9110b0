/** Checking the size model's metrics (src/contract/text-layout.ts) against the theme's computed styles in a built deck. */
import type { Page } from 'playwright-core';
import { type FrameLayout, PHONE_TEXT_LAYOUT, type TrackerLayout, WIDE_TEXT_LAYOUT } from '../../src/contract/text-layout.ts';

/** The slide shown for each layout the size model knows. */
export interface LayoutSlides {
  readonly bullets: string;
  readonly title: string;
  readonly closing: string;
}

/** What a frame's text measures in the browser, in the model's terms (stage pixels). */
interface Measured {
  readonly padding: number[];
  readonly gap: number;
  readonly kicker: number[];
  readonly heading: number[];
  readonly body: number[];
  readonly list: number[];
  readonly quote: number[] | undefined;
  readonly paragraphGap: number | undefined;
}

/** The model's numbers for a frame, in the order `measure` reads them from the browser. */
function expected(frame: FrameLayout, layout: keyof LayoutSlides): Omit<Measured, 'quote' | 'paragraphGap'> & Partial<Measured> {
  const { kicker, heading, body, quote } = frame;
  return {
    padding: [...frame.padding],
    gap: frame.gap,
    kicker: [kicker.size, kicker.lineHeight, kicker.marginBottom, kicker.size * kicker.letterSpacing],
    heading: [heading.size, heading.lineHeight, heading.size * heading.letterSpacing, heading.rule],
    body: [body.size, body.lineHeight],
    list: [frame.itemGap, frame.bulletIndent, frame.numberIndent],
    ...(layout === 'closing' ? { quote: [quote.size, quote.lineHeight, quote.paddingBlock, quote.paddingInline, quote.border] } : {}),
    ...(layout === 'title' ? { paragraphGap: frame.paragraphGap } : {}),
  };
}

/** Reads a slide's frame metrics from its computed styles. */
function measure(page: Page, id: string): Promise<Measured> {
  return page.evaluate((slideId) => {
    const section = document.getElementById(slideId)!;
    const px = (element: Element | null, property: string, pseudo?: string): number =>
      element ? Number.parseFloat(getComputedStyle(element, pseudo).getPropertyValue(property)) : Number.NaN;
    const frame = section.querySelector('.slide-frame')!;
    const heading = section.querySelector('.slide-head h1, .slide-head h2');
    const kicker = section.querySelector('.kicker');
    const body = section.querySelector('.slide-body');
    // A list of each kind, made for measuring, removed again.
    const probe = document.createElement('div');
    probe.innerHTML = '<ul><li>甲</li><li>乙</li></ul><ol><li>丙</li></ol>';
    (body ?? frame).append(probe);
    const list = [
      px(probe.querySelector('ul'), 'row-gap'),
      px(probe.querySelector('ul > li'), 'padding-left'),
      px(probe.querySelector('ol > li'), 'padding-left'),
    ];
    probe.remove();
    const quote = section.querySelector('blockquote');
    const paragraph = section.querySelector('.slide-body p');
    return {
      padding: ['padding-top', 'padding-right', 'padding-bottom', 'padding-left'].map((p) => px(frame, p)),
      gap: px(frame, 'row-gap'),
      kicker: [px(kicker, 'font-size'), px(kicker, 'line-height'), px(kicker, 'margin-bottom'), px(kicker, 'letter-spacing')],
      heading: [
        px(heading, 'font-size'),
        px(heading, 'line-height'),
        px(heading, 'letter-spacing'),
        px(heading, 'margin-top', '::after') + px(heading, 'height', '::after'),
      ],
      body: [px(body, 'font-size'), px(body, 'line-height')],
      list,
      quote: quote
        ? [
            px(quote, 'font-size'),
            px(quote, 'line-height'),
            px(quote, 'padding-top'),
            px(quote, 'padding-left'),
            px(quote, 'border-left-width'),
          ]
        : undefined,
      paragraphGap: paragraph ? px(paragraph, 'margin-bottom') : undefined,
    };
  }, id);
}

/** Reads the tracker's metrics from a priority slide. */
function measureTracker(page: Page, id: string): Promise<number[]> {
  return page.evaluate((slideId) => {
    const section = document.getElementById(slideId)!;
    const item = section.querySelector('.tracker a, .tracker li > span')!;
    const style = getComputedStyle(item);
    const label = section.querySelector('.tracker-label');
    return [
      Number.parseFloat(style.minHeight),
      Number.parseFloat(style.fontSize),
      Number.parseFloat(style.lineHeight),
      Number.parseFloat(style.paddingTop),
      Number.parseFloat(style.paddingLeft),
      Number.parseFloat(style.borderTopWidth),
      Number.parseFloat(getComputedStyle(section.querySelector('.tracker ol')!).columnGap),
      Number.parseFloat(style.columnGap),
      label && getComputedStyle(label).display !== 'none' ? 1 : 0,
    ];
  }, id);
}

const trackerNumbers = (t: TrackerLayout): number[] => [
  t.minHeight,
  t.text.size,
  t.text.lineHeight,
  t.paddingBlock,
  t.paddingInline,
  t.border,
  t.itemGap,
  t.labelGap,
  t.labels ? 1 : 0,
];

/** Numbers equal to a hundredth of a pixel (`34 × 1.6` is 54.400000000000006 in JavaScript, 54.4px in CSS). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 0.01;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return a === b;
}

/** Where the theme and the size model disagree on one stage, described; empty when they agree. */
export async function themeMetricsProblems(page: Page, stage: 'wide' | 'phone', slides: LayoutSlides): Promise<string[]> {
  const model = stage === 'wide' ? WIDE_TEXT_LAYOUT : PHONE_TEXT_LAYOUT;
  const problems: string[] = [];
  for (const layout of ['bullets', 'title', 'closing'] as const) {
    const theme = await measure(page, slides[layout]);
    for (const [key, value] of Object.entries(expected(model[layout], layout))) {
      const seen = theme[key as keyof Measured];
      if (!same(seen, value))
        problems.push(`${stage} ${layout} ${key}: the theme has ${JSON.stringify(seen)}, the model ${JSON.stringify(value)}`);
    }
  }
  const tracker = await measureTracker(page, slides.bullets);
  if (!same(tracker, trackerNumbers(model.tracker)))
    problems.push(`${stage} tracker: the theme has ${JSON.stringify(tracker)}, the model ${JSON.stringify(trackerNumbers(model.tracker))}`);
  return problems;
}
