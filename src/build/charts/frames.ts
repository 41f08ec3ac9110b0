/**
 * The box a slide's chart gets on each stage, worked out at build time from the slide's parts (its
 * kicker, heading lines, text and tracker) with the sizes of the theme's style sheets, so that each
 * chart is drawn for the room it has. The figures follow src/deck/styles/ (base, layouts, tracker and
 * phone.css); a browser test checks that every chart is shown at its drawn size on both stages.
 */
import type { ChartFrame, TextMeasure } from '../../charts/types.ts';
import { CHART_STAGE_SIZES, type ChartStage } from '../../contract/index.ts';
import { htmlToText } from '../../slides/markdown.ts';

/** A chart slide as the build rendered it. */
export interface ChartSlide {
  readonly layout: string;
  readonly html: string;
}

/** The theme's sizes on each stage, in px of that stage. */
const THEME = {
  wide: { paddingX: 120, paddingTop: 96, paddingBottom: 72, gap: 48, heading: 64, body: 36, listBody: 34, tracker: 92 },
  phone: { paddingX: 60, paddingTop: 96, paddingBottom: 72, gap: 36, heading: 52, body: 34, listBody: 34, tracker: 64 },
} as const;
/** Sizes shared by both stages: kicker line and margin, the rule under a heading, line heights, list and column gaps. */
const KICKER = 44;
const HEADING_RULE = 30;
const HEADING_LEADING = 1.25;
const HEADING_TRACKING = 0.02;
const BODY_LEADING = 1.6;
const BLOCK_GAP = 24;
const MAIN_GAP = 72;
const QUOTE = { size: 40, paddingY: 48, paddingX: 104 } as const;
const LIST_INDENT = { ul: 48, ol: 72 } as const;
/** The chart's share of a `bullets-chart` slide on the 16:9 stage (columns 5fr and 7fr). */
const CHART_COLUMN_SHARE = 7 / 12;
/** Lines of body text are counted on a little more than the regular face's advance: its bold words are a little wider. */
const BODY_MARGIN = 1.01;
const HEADING_MARGIN = 1;

const RE_KICKER = /<p class="kicker">/;
const RE_HEADING = /<h[12]\b[^>]*>([\s\S]*?)<\/h[12]>/;
const RE_BODY = /<div class="slide-body">([\s\S]*?)<\/div>/;
const RE_BLOCK = /<(p|li|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/g;
const RE_LIST = /<(ul|ol)\b/g;
const RE_TRACKER = /<nav class="tracker"/;

/** Marks a browser will not start a line with (`line-break: strict`): the character before them moves down too. */
const NO_LINE_START = '，。、；：！？）」』”’》〉】,.;:!?)…%';

/**
 * How many lines `text` takes in `width` at `size` px (with `tracking` em between letters), filled
 * character by character as a browser breaks Chinese text.
 */
function lineCount(text: string, size: number, width: number, measure: TextMeasure, tracking = 0, margin = BODY_MARGIN): number {
  const chars = [...text];
  const advance = (char: string): number => (measure(char, size) + tracking * size) * margin;
  let lines = 1;
  let used = 0;
  for (const [i, char] of chars.entries()) {
    const step = advance(char);
    if (used + step > width && used > 0) {
      lines++;
      // A mark may not start the line: the character before it comes down with it.
      used = NO_LINE_START.includes(char) && i > 0 ? advance(chars[i - 1]!) : 0;
    }
    used += step;
  }
  return lines;
}

/** The height of a slide body's blocks (paragraphs, list items, quotes) in `width` at `size` px. */
function bodyHeight(html: string, size: number, width: number, measure: TextMeasure): number {
  const listIndent = [...html.matchAll(RE_LIST)].some((m) => m[1] === 'ol') ? LIST_INDENT.ol : LIST_INDENT.ul;
  let height = 0;
  let items = 0;
  for (const [, tag, inner] of html.matchAll(RE_BLOCK)) {
    const text = htmlToText(inner!).trim();
    if (tag === 'li') {
      height += lineCount(text, size, width - listIndent, measure) * size * BODY_LEADING + (items++ > 0 ? BLOCK_GAP : 0);
    } else if (tag === 'blockquote') {
      height += lineCount(text, QUOTE.size, width - QUOTE.paddingX, measure) * QUOTE.size * BODY_LEADING + QUOTE.paddingY + BLOCK_GAP;
    } else height += lineCount(text, size, width, measure) * size * BODY_LEADING + BLOCK_GAP;
  }
  return height;
}

/** The chart's box on `stage` for a slide with this layout and content. */
export function chartFrame(slide: ChartSlide, stage: ChartStage, measure: TextMeasure): ChartFrame {
  const theme = THEME[stage];
  const stageSize = CHART_STAGE_SIZES[stage];
  const width = stageSize.width - 2 * theme.paddingX;
  const heading = htmlToText(RE_HEADING.exec(slide.html)?.[1] ?? '');
  const headingLines = lineCount(heading, theme.heading, width, measure, HEADING_TRACKING, HEADING_MARGIN);
  const header = (RE_KICKER.test(slide.html) ? KICKER : 0) + headingLines * theme.heading * HEADING_LEADING + HEADING_RULE;
  const tracker = RE_TRACKER.test(slide.html) ? theme.tracker + theme.gap : 0;
  const main = stageSize.height - theme.paddingTop - theme.paddingBottom - header - theme.gap - tracker;
  const bodyHtml = RE_BODY.exec(slide.html)?.[1];
  const besideText = slide.layout === 'bullets-chart' && stage === 'wide';
  const chartWidth = besideText ? Math.round((width - MAIN_GAP) * CHART_COLUMN_SHARE) : width;
  const bodySize = slide.layout === 'bullets-chart' ? theme.listBody : theme.body;
  const body = bodyHtml && !besideText ? bodyHeight(bodyHtml, bodySize, width, measure) + MAIN_GAP : 0;
  return { width: chartWidth, height: Math.floor(main - body), stage };
}
