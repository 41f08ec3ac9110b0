/** Writes the deck as a PowerPoint file people can edit: native text, a native chart, notes, Chinese fonts. */
import { resolve } from 'node:path';
import { renderChartPicture } from '../../src/build/charts/picture.ts';
import { loadDeck } from '../../src/build/load-deck.ts';
import { DEFAULT_PPTX_FILE, DEFAULT_SLIDES_DIR } from '../../src/contract/index.ts';
import { checkWritable, writeOutput } from './output-file.ts';
import { measureWithFont } from './pptx/chart-picture.ts';
import { finishPackage } from './pptx/finish-package.ts';
import { loadCharWidth } from './pptx/font-metrics.ts';
import { PICTURE_FONT_STACK } from './pptx/office.ts';
import { markerColours, planPresentation } from './pptx/plan.ts';
import { writePptx } from './pptx/write-pptx.ts';
import { PROJECT_ROOT } from './project.ts';

/** What the file is called in messages. */
const WHAT = 'the PowerPoint file';

export interface PptxExportOptions {
  /** Where the file goes, relative to the working folder. Default `deck.pptx`. */
  readonly out?: string;
  /** The deck folder. Default `slides`. */
  readonly slidesDir?: string;
  /** Called with a line for each step. Default: silent. */
  readonly onProgress?: (message: string) => void;
}

export interface PptxExportResult {
  /** The absolute path of the file. */
  readonly file: string;
  /** PowerPoint slides (a deck slide whose text needs more room continues on a next one). */
  readonly pages: number;
  /** Slides of the deck. */
  readonly slides: number;
  readonly bytes: number;
}

/** Loads the deck's model, plans and writes the presentation; a failure leaves no file behind. */
export async function exportPptx({
  out = DEFAULT_PPTX_FILE,
  slidesDir = DEFAULT_SLIDES_DIR,
  onProgress = () => {},
}: PptxExportOptions = {}): Promise<PptxExportResult> {
  const file = resolve(out);
  await checkWritable(file, WHAT);
  onProgress(`reading the deck in ${slidesDir}`);
  const deck = loadDeck(resolve(slidesDir), PROJECT_ROOT);
  const charWidth = loadCharWidth();
  measureWithFont(charWidth);
  onProgress(`laying out ${deck.slides.length} slides`);
  const plan = planPresentation(deck, charWidth);
  onProgress('writing the presentation');
  const written = await writePptx({
    plan,
    charts: deck.charts,
    drawChart: (name, _spec, width, height) =>
      renderChartPicture(deck, name, { width: Math.round(width), height: Math.round(height) }, { fontFamily: PICTURE_FONT_STACK }),
  });
  const data = await finishPackage(
    written.data,
    plan.slides.map((slide) => ({ markerColours: markerColours(slide), notes: slide.notes })),
    written.pictures,
  );
  onProgress(`writing ${file}`);
  await writeOutput(file, data, WHAT);
  return { file, pages: plan.slides.length, slides: deck.slides.length, bytes: data.byteLength };
}
