/** A slide's header: the kicker, the heading in the title placeholder, and the rule under it. Pure. */
import { HEADING_LINES, lineOf, MASTERS, type MasterName, RULE, SECTION_GAP, TYPE } from './geometry.ts';
import type { PlanElement, PlanParagraph } from './plan-types.ts';
import { breakLines, type CharWidth } from './text-layout.ts';

/** The header's elements, and where the body may start below it. */
export interface HeadPlan {
  readonly elements: readonly PlanElement[];
  readonly bodyTop: number;
}

/** A heading that needs more than the title box's lines is set smaller, by this step, down to this size. */
const HEADING_STEP_PX = 4;
const HEADING_MIN_PX = 40;

/** The heading's paragraph: at the master's size, or smaller when that takes more than two lines. */
export function headingParagraph(text: string, master: MasterName, charWidth: CharWidth): PlanParagraph {
  const geometry = MASTERS[master];
  const { lineHeight, letterSpacingEm } = geometry.heading;
  const runs = [{ text, bold: true }];
  let fontPx: number = geometry.heading.fontPx;
  let lines = breakLines(runs, { fontPx, letterSpacingEm }, geometry.title.w, charWidth).length;
  while (lines > HEADING_LINES && fontPx - HEADING_STEP_PX >= HEADING_MIN_PX) {
    fontPx -= HEADING_STEP_PX;
    lines = breakLines(runs, { fontPx, letterSpacingEm }, geometry.title.w, charWidth).length;
  }
  return {
    runs: [{ text, bold: true, colour: geometry.headingColour }],
    fontPx,
    lineHeightPx: fontPx * lineHeight,
    spaceAfterPx: 0,
    letterSpacingEm,
    level: 0,
    indentPx: 0,
    lines,
  };
}

/** Plans the header of a slide on `master`: kicker above the heading, the rule below its last line. */
export function planHead(kicker: string | undefined, heading: string, master: MasterName, charWidth: CharWidth): HeadPlan {
  const geometry = MASTERS[master];
  const title = headingParagraph(heading, master, charWidth);
  const headingHeight = title.lines * title.lineHeightPx;
  const headingTop = geometry.titleAnchor === 'top' ? geometry.title.y : geometry.title.y + geometry.title.h - headingHeight;
  const ruleTop = headingTop + headingHeight + geometry.ruleGap;
  const elements: PlanElement[] = [{ kind: 'title', paragraph: title }];
  if (kicker) {
    const style = TYPE.kicker;
    const lines = breakLines([{ text: kicker, bold: false }], style, geometry.width, charWidth).length;
    const height = lines * lineOf(style);
    elements.push({
      kind: 'text',
      name: '眉题',
      box: { x: geometry.left, y: headingTop - style.marginBelow - height, w: geometry.width, h: height },
      anchor: 'top',
      paragraphs: [
        {
          runs: [{ text: kicker, bold: false, colour: geometry.kickerColour }],
          fontPx: style.fontPx,
          lineHeightPx: lineOf(style),
          spaceAfterPx: 0,
          letterSpacingEm: style.letterSpacingEm,
          level: 0,
          indentPx: 0,
          lines,
        },
      ],
    });
  }
  elements.push({
    kind: 'rect',
    name: '标题线',
    box: { x: geometry.left, y: ruleTop, w: geometry.ruleWidth, h: RULE.height },
    colour: geometry.ruleColour,
  });
  return { elements, bodyTop: ruleTop + RULE.height + SECTION_GAP };
}
