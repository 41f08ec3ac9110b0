/**
 * A slide's body: its paragraphs, list items and quotes as text boxes, measured with the font's
 * real widths and stacked as the deck stacks them; what does not fit continues on a next page. Pure.
 */
import { PALETTE } from '../../../src/contract/index.ts';
import { type Box, BULLET_INDENT, GROUP_GAP, lineOf, NUMBER_INDENT, PARAGRAPH_GAP, QUOTE, TYPE } from './geometry.ts';
import type { PlanElement, PlanParagraph, PlanRun } from './plan-types.ts';
import type { TextBlock } from './slide-content.ts';
import { breakLines, type CharWidth } from './text-layout.ts';

/** How a body's text looks on one layout. */
export interface BodyStyle {
  readonly type: { readonly fontPx: number; readonly lineHeight: number };
  readonly colour: string;
  readonly strongColour: string;
  readonly bulletColour: string;
  readonly quote: { readonly fill: string; readonly transparency: number; readonly bar: string; readonly colour: string };
}

const PAPER_QUOTE = { fill: PALETTE.panel, transparency: 0, bar: PALETTE.gold, colour: PALETTE.ink } as const;
const RED_QUOTE = { fill: PALETTE.white, transparency: 92, bar: PALETTE.gold, colour: PALETTE.white } as const;

/** The body style of a deck layout (src/deck/styles/layouts.css). */
export function bodyStyleOf(layout: string): BodyStyle {
  const paper = { colour: PALETTE.ink, strongColour: PALETTE.redDark, bulletColour: PALETTE.red, quote: PAPER_QUOTE };
  switch (layout) {
    case 'title':
    case 'closing':
      return { type: TYPE.body, colour: PALETTE.white, strongColour: PALETTE.goldLight, bulletColour: PALETTE.gold, quote: RED_QUOTE };
    case 'section':
      return { ...paper, type: TYPE.bulletsBody, colour: PALETTE.muted };
    case 'bullets':
      return { ...paper, type: TYPE.bulletsBody };
    case 'bullets-chart':
      return { ...paper, type: TYPE.sideBody };
    default:
      return { ...paper, type: TYPE.body };
  }
}

/** One block as a measured paragraph for a box `width` px wide. */
export function planParagraph(block: TextBlock, style: BodyStyle, width: number, charWidth: CharWidth): PlanParagraph {
  const type = block.kind === 'quote' ? TYPE.quote : block.kind === 'heading' ? TYPE.bulletsBody : style.type;
  const colour = block.kind === 'quote' ? style.quote.colour : style.colour;
  const listIndent = block.kind === 'bullet' ? BULLET_INDENT : block.kind === 'number' ? NUMBER_INDENT : 0;
  const indentPx = listIndent * (block.level + 1);
  const runs: PlanRun[] = block.runs.map((run) => ({
    text: run.text,
    bold: run.strong || block.kind === 'heading',
    colour: run.strong && block.kind !== 'heading' ? style.strongColour : colour,
  }));
  const lines = breakLines(runs, type, width - indentPx, charWidth).length;
  const bullet =
    block.kind === 'bullet'
      ? { kind: 'diamond' as const, colour: style.bulletColour }
      : block.kind === 'number'
        ? { kind: 'number' as const, colour: style.bulletColour, number: block.number ?? 1 }
        : undefined;
  return {
    runs,
    fontPx: type.fontPx,
    lineHeightPx: lineOf(type),
    spaceAfterPx: PARAGRAPH_GAP,
    level: block.level,
    indentPx,
    lines,
    ...(bullet ? { bullet } : {}),
  };
}

const heightOf = (paragraph: PlanParagraph): number => paragraph.lines * paragraph.lineHeightPx;

/** An open text box being filled. */
interface OpenGroup {
  readonly quote: boolean;
  readonly top: number;
  readonly paragraphs: PlanParagraph[];
}

/** The elements of a finished text box (a quote gets its panel and gold bar). */
function closeGroup(group: OpenGroup, box: Box, style: BodyStyle): PlanElement[] {
  const paragraphs = group.paragraphs.map((p, i) => ({
    ...p,
    spaceAfterPx: i === group.paragraphs.length - 1 || group.quote ? 0 : p.spaceAfterPx,
  }));
  const textHeight = paragraphs.reduce((sum, p) => sum + heightOf(p) + p.spaceAfterPx, 0);
  if (!group.quote) {
    return [{ kind: 'text', name: '正文', box: { x: box.x, y: group.top, w: box.w, h: textHeight }, anchor: 'top', paragraphs }];
  }
  const panel = { x: box.x, y: group.top, w: box.w, h: textHeight + 2 * QUOTE.padY };
  return [
    {
      kind: 'text',
      name: '引文',
      box: panel,
      anchor: 'top',
      paragraphs,
      padding: [QUOTE.bar + QUOTE.padX, QUOTE.padY, QUOTE.padX, QUOTE.padY],
      fill: { colour: style.quote.fill, transparency: style.quote.transparency },
    },
    { kind: 'rect', name: '引文线', box: { ...panel, w: QUOTE.bar }, colour: style.quote.bar },
  ];
}

/**
 * Stacks the blocks into the page boxes: page 0 in `pageBox(0)`, and when the next paragraph
 * would pass the box's bottom, on to `pageBox(1)`… (a continuation slide). Returns each page's elements.
 */
export function paginateBody(
  blocks: readonly TextBlock[],
  pageBox: (page: number) => Box,
  style: BodyStyle,
  charWidth: CharWidth,
): PlanElement[][] {
  const pages: PlanElement[][] = [[]];
  let box = pageBox(0);
  let y = box.y;
  let group: OpenGroup | undefined;
  const close = (): void => {
    if (group?.paragraphs.length) {
      pages.at(-1)!.push(...closeGroup(group, box, style));
      y += GROUP_GAP;
    }
    group = undefined;
  };
  for (const block of blocks) {
    const quote = block.kind === 'quote';
    if (group && group.quote !== quote) close();
    const measure = (): PlanParagraph => planParagraph(block, style, quote ? box.w - QUOTE.bar - 2 * QUOTE.padX : box.w, charWidth);
    let paragraph = measure();
    const need = (): number => heightOf(paragraph) + (group?.paragraphs.length ? (quote ? 0 : PARAGRAPH_GAP) : quote ? 2 * QUOTE.padY : 0);
    const pageHasContent = pages.at(-1)!.length > 0 || (group?.paragraphs.length ?? 0) > 0;
    if (y + need() > box.y + box.h && pageHasContent) {
      close();
      pages.push([]);
      box = pageBox(pages.length - 1);
      y = box.y;
      paragraph = measure();
    }
    if (!group) group = { quote, top: y, paragraphs: [] };
    y += need();
    group.paragraphs.push(paragraph);
  }
  close();
  return pages;
}
