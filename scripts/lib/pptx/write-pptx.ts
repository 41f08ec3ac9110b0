/**
 * The presentation plan → a PPTX package with pptxgenjs: masters with a title placeholder, native
 * text boxes, shapes, the native bar chart and chart pictures, notes, document properties. Thin:
 * every decision is in the plan; what pptxgenjs writes imperfectly is mended in package-fixes.ts.
 */
import PptxGenJS from 'pptxgenjs';
import type { ChartSpec } from '../../../src/charts/types.ts';
import { STAGE } from '../../../src/contract/index.ts';
import { nativeBarChart } from './chart-data.ts';
import type { ChartPicture } from './chart-picture.ts';
import { type Box, inches, MASTERS, type MasterName, points, SLIDE_NUMBER_BOX, TYPE } from './geometry.ts';
import { BULLET_CHARACTER, OFFICE_FONT, OFFICE_LANG } from './office.ts';
import type { PlanChart, PlannedSlide, PlanParagraph, PlanText, PlanTitle, PresentationPlan } from './plan-types.ts';

/** The layout names PowerPoint lists for the masters. */
const MASTER_TITLES: Readonly<Record<MasterName, string>> = { title: '封面', content: '内容', closing: '结束', section: '章节' };
/** The slide size: 16:9 at 13.333 × 7.5 in. */
const LAYOUT_NAME = 'DECK_16x9';

/** What the writer needs besides the plan. */
export interface WriteInput {
  readonly plan: PresentationPlan;
  readonly charts: Readonly<Record<string, ChartSpec>>;
  /** Draws a chart that is not a native one as a picture at the stage size of its box. */
  readonly drawChart: (name: string, spec: ChartSpec, width: number, height: number) => ChartPicture;
}

/** What was written, and the pictures' PNGs to put in place of pptxgenjs' SVG previews. */
export interface WrittenPackage {
  readonly data: Uint8Array;
  readonly pictures: readonly ChartPicture[];
}

const hex = (colour: string): string => colour.replace(/^#/, '').toUpperCase();
const position = (box: Box): PptxGenJS.PositionProps => ({ x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h) });

function defineMasters(pptx: PptxGenJS): void {
  for (const [name, master] of Object.entries(MASTERS) as [MasterName, (typeof MASTERS)[MasterName]][]) {
    pptx.defineSlideMaster({
      title: MASTER_TITLES[name],
      background: { color: hex(master.background) },
      objects: [{ placeholder: { options: { name: 'title', type: 'title', ...position(master.title) }, text: '' } }],
      slideNumber: {
        ...position(SLIDE_NUMBER_BOX),
        fontFace: OFFICE_FONT,
        fontSize: points(TYPE.slideNumber.fontPx),
        color: hex(master.slideNumberColour),
        margin: 0,
      },
    });
  }
}

/** A paragraph's runs as pptxgenjs text props: paragraph settings on its first run, a break after its last. */
function paragraphRuns(paragraph: PlanParagraph, numberStart: number, link: number | undefined): PptxGenJS.TextProps[] {
  const bullet: PptxGenJS.TextPropsOptions['bullet'] =
    paragraph.bullet?.kind === 'diamond'
      ? { characterCode: BULLET_CHARACTER, indent: points(paragraph.indentPx / (paragraph.level + 1)) }
      : paragraph.bullet?.kind === 'number'
        ? {
            type: 'number',
            style: 'circleNumDbPlain',
            numberStartAt: numberStart,
            indent: points(paragraph.indentPx / (paragraph.level + 1)),
          }
        : false;
  return paragraph.runs.map((run, i) => ({
    text: run.text,
    options: {
      fontFace: OFFICE_FONT,
      lang: OFFICE_LANG,
      fontSize: points(paragraph.fontPx),
      bold: run.bold,
      color: hex(run.colour),
      lineSpacing: points(paragraph.lineHeightPx),
      paraSpaceAfter: points(paragraph.spaceAfterPx),
      ...(paragraph.letterSpacingEm ? { charSpacing: points(paragraph.letterSpacingEm * paragraph.fontPx) } : {}),
      ...(i === 0 && bullet ? { bullet, indentLevel: paragraph.level } : {}),
      // No underline: the link moves from the runs to the box (package-fixes.ts linkShapesNotRuns).
      ...(link !== undefined ? { hyperlink: { slide: link }, underline: { style: 'none' as const } } : {}),
      breakLine: i === paragraph.runs.length - 1,
    },
  }));
}

/** Each paragraph's runs; a numbered item carries the number its list run starts at, so numbering continues. */
function textRuns(paragraphs: readonly PlanParagraph[], link: number | undefined): PptxGenJS.TextProps[] {
  let start = 1;
  return paragraphs.flatMap((paragraph, i) => {
    const previous = paragraphs[i - 1];
    if (paragraph.bullet?.kind === 'number' && previous?.bullet?.kind !== 'number') start = paragraph.bullet.number ?? 1;
    return paragraphRuns(paragraph, start, link);
  });
}

function addTitle(slide: PptxGenJS.Slide, element: PlanTitle, master: MasterName): void {
  slide.addText(textRuns([element.paragraph], undefined), {
    placeholder: 'title',
    valign: MASTERS[master].titleAnchor,
    align: 'left',
    margin: 0,
    fit: 'none',
  });
}

function addTextBox(slide: PptxGenJS.Slide, element: PlanText, slideNumberOf: (id: string) => number | undefined): void {
  const [left, top, right, bottom] = element.padding ?? [0, 0, 0, 0];
  slide.addText(textRuns(element.paragraphs, element.link === undefined ? undefined : slideNumberOf(element.link)), {
    ...position(element.box),
    objectName: element.name,
    valign: element.anchor,
    margin: [points(left), points(right), points(bottom), points(top)],
    fit: 'none',
    ...(element.fill ? { fill: { color: hex(element.fill.colour), transparency: element.fill.transparency } } : {}),
  });
}

function addChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, element: PlanChart, input: WriteInput, pictures: ChartPicture[]): void {
  const spec = input.charts[element.chart];
  if (!spec) throw new Error(`chart "${element.chart}" is not in the deck's chart specs`);
  const bar = nativeBarChart(spec.option);
  if (!bar) {
    const picture = input.drawChart(element.chart, spec, element.box.w, element.box.h);
    pictures.push(picture);
    slide.addImage({
      data: `data:image/svg+xml;base64,${Buffer.from(picture.svg).toString('base64')}`,
      ...position(element.box),
      altText: spec.summary,
    });
    return;
  }
  const text = { fontFace: OFFICE_FONT, fontSize: points(TYPE.tracker.fontPx) };
  // Top to bottom in the speech's order, as the deck draws it (pptxgenjs' types know only minMax).
  const orientation: Record<string, string> = { catAxisOrientation: 'maxMin' };
  slide.addChart(pptx.ChartType.bar, [{ name: bar.seriesName, labels: [...bar.labels], values: [...bar.values] }], {
    ...position(element.box),
    ...orientation,
    barDir: 'bar',
    altText: spec.summary,
    chartColors: bar.colours.map(hex),
    barGapWidthPct: 40,
    showValue: true,
    dataLabelPosition: 'outEnd',
    dataLabelFormatCode: bar.valueFormat,
    dataLabelFontFace: text.fontFace,
    dataLabelFontSize: text.fontSize,
    catAxisLabelFontFace: text.fontFace,
    catAxisLabelFontSize: text.fontSize,
    valAxisHidden: true,
    valGridLine: { style: 'none' },
    showLegend: false,
  });
}

function addSlide(
  pptx: PptxGenJS,
  planned: PlannedSlide,
  input: WriteInput,
  slideNumberOf: (id: string) => number | undefined,
  pictures: ChartPicture[],
): void {
  const slide = pptx.addSlide({ masterName: MASTER_TITLES[planned.master] });
  for (const element of planned.elements) {
    if (element.kind === 'title') addTitle(slide, element, planned.master);
    else if (element.kind === 'text') addTextBox(slide, element, slideNumberOf);
    else if (element.kind === 'rect')
      slide.addShape(pptx.ShapeType.rect, {
        ...position(element.box),
        objectName: element.name,
        fill: { color: hex(element.colour), transparency: element.transparency ?? 0 },
        line: { type: 'none' },
      });
    else addChart(pptx, slide, element, input, pictures);
  }
  slide.addNotes(planned.notes.join('\n'));
}

/** Writes the plan as a PPTX package (before package-fixes.ts mends it). */
export async function writePptx(input: WriteInput): Promise<WrittenPackage> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: LAYOUT_NAME, width: inches(STAGE.width), height: inches(STAGE.height) });
  pptx.layout = LAYOUT_NAME;
  pptx.title = input.plan.properties.title;
  pptx.subject = input.plan.properties.subject;
  pptx.author = input.plan.properties.author;
  pptx.company = input.plan.properties.author;
  pptx.theme = { headFontFace: OFFICE_FONT, bodyFontFace: OFFICE_FONT };
  defineMasters(pptx);
  const firstSlideOf = new Map<string, number>();
  input.plan.slides.forEach((slide, i) => {
    if (!firstSlideOf.has(slide.deckSlideId)) firstSlideOf.set(slide.deckSlideId, i + 1);
  });
  const pictures: ChartPicture[] = [];
  for (const planned of input.plan.slides) addSlide(pptx, planned, input, (id) => firstSlideOf.get(id), pictures);
  const data = await pptx.write({ outputType: 'uint8array' });
  if (!(data instanceof Uint8Array)) throw new Error('pptxgenjs did not return the package as bytes');
  return { data, pictures };
}
