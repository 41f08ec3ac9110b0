/**
 * The deck's model → the presentation plan: every PowerPoint slide's elements, placed and measured,
 * its notes, and the document's properties. Pure: the font's widths come in as a function.
 */

import type { BuiltSlide, DeckModel } from '../../../src/slides/deck.ts';
import { SlideError } from '../../../src/slides/errors.ts';
import type { Speech } from '../../../src/speech/index.ts';
import { type Box, CHART_GAP, FRAME, FRAME_BOTTOM, INNER_WIDTH, MASTERS, masterOf, SECTION_GAP } from './geometry.ts';
import { bodyStyleOf, paginateBody } from './plan-body.ts';
import { planHead } from './plan-head.ts';
import { planTracker } from './plan-tracker.ts';
import type { PlanElement, PlannedSlide, PlanProperties, PresentationPlan } from './plan-types.ts';
import { readNotes, readSlideContent, type SlideContent, UnsupportedContentError } from './slide-content.ts';
import type { CharWidth } from './text-layout.ts';

/** What a continuation slide adds to the heading. */
export const CONTINUED = '（续）';
/** The text column of the bullets-chart layout: 5 of 12 parts of the width after the gap. */
const SIDE_COLUMN = 5 / 12;
/** On the chart layout, text above the chart takes at most this share of the body's height. */
const CHART_TEXT_SHARE = 0.4;
/** The red slides keep a wider bottom margin (the frame's 6 grid). */
const RED_BOTTOM = 1080 - 144;
/** Parentheses around an attribution: `（精神文明调查研究处）`. */
const RE_PARENTHESES = /^[（(]|[）)]$/g;

/** Title, subject and author of the document, from the report. */
export function planProperties(speech: Speech): PlanProperties {
  return {
    title: speech.headline.text,
    subject: speech.lead.sentences[0]?.text ?? '',
    author: speech.attribution?.text.trim().replace(RE_PARENTHESES, '') ?? '',
  };
}

function contentOf(slide: BuiltSlide): SlideContent {
  try {
    return readSlideContent(slide.html);
  } catch (error) {
    if (error instanceof UnsupportedContentError) {
      throw new SlideError(`the slide has ${error.message}, which the PowerPoint export does not carry yet: export it as PDF`, slide.file);
    }
    throw error;
  }
}

/** The lowest edge any element reaches. */
const bottomOf = (elements: readonly PlanElement[], fallback: number): number =>
  Math.max(fallback, ...elements.map((e) => (e.kind === 'title' ? fallback : e.box.y + e.box.h)));

/** One deck slide → its PowerPoint slide and the continuations its text needs. */
export function planSlide(slide: BuiltSlide, charWidth: CharWidth): PlannedSlide[] {
  const content = contentOf(slide);
  const master = masterOf(slide.layout);
  const geometry = MASTERS[master];
  const style = bodyStyleOf(slide.layout);
  const head = planHead(content.kicker, content.heading, master, charWidth);
  const tracker = planTracker(content.tracker, charWidth);
  const bottom = master === 'title' || master === 'closing' ? RED_BOTTOM : tracker.top - (tracker.elements.length ? SECTION_GAP : 0);
  // Continuations: the same master, the whole width (no chart), the heading marked 续.
  const nextHead = planHead(content.kicker, `${content.heading}${CONTINUED}`, master, charWidth);
  const fullWidth = (top: number): Box => ({ x: geometry.left, y: top, w: geometry.width, h: bottom - top });
  const sideWidth = (INNER_WIDTH - CHART_GAP) * SIDE_COLUMN;

  let firstBox = fullWidth(head.bodyTop);
  if (slide.layout === 'bullets-chart') firstBox = { ...firstBox, w: sideWidth };
  if (slide.layout === 'chart') firstBox = { ...firstBox, h: firstBox.h * CHART_TEXT_SHARE };
  const pages = paginateBody(content.blocks, (page) => (page === 0 ? firstBox : fullWidth(nextHead.bodyTop)), style, charWidth);

  const notes = readNotes(slide.notes);
  return pages.map((body, part): PlannedSlide => {
    const elements: PlanElement[] = [...(part === 0 ? head : nextHead).elements, ...body];
    if (part === 0 && content.chart) {
      const box: Box =
        slide.layout === 'bullets-chart'
          ? { x: FRAME.side + sideWidth + CHART_GAP, y: head.bodyTop, w: INNER_WIDTH - sideWidth - CHART_GAP, h: bottom - head.bodyTop }
          : (() => {
              const top = body.length ? bottomOf(body, head.bodyTop) + CHART_GAP : head.bodyTop;
              return { x: FRAME.side, y: top, w: INNER_WIDTH, h: Math.min(bottom, FRAME_BOTTOM) - top };
            })();
      elements.push({ kind: 'chart', box, chart: content.chart });
    }
    elements.push(...tracker.elements);
    return { deckSlideId: slide.id, part, master, elements, notes };
  });
}

/** Plans the whole presentation. */
export function planPresentation(deck: DeckModel, charWidth: CharWidth): PresentationPlan {
  return { properties: planProperties(deck.speech), slides: deck.slides.flatMap((slide) => planSlide(slide, charWidth)) };
}

/** The colours of a planned slide's list markers, in the order the slide's XML has them. */
export function markerColours(slide: PlannedSlide): string[] {
  return slide.elements.flatMap((element) => {
    const paragraphs = element.kind === 'title' ? [element.paragraph] : element.kind === 'text' ? element.paragraphs : [];
    return paragraphs.flatMap((p) => (p.bullet ? [p.bullet.colour] : []));
  });
}
