/** The Vite plugin that turns the slides folder into the deck's ready HTML (charts drawn in), fonts and notes. */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { PHONE_STAGE, PREVIEW_DIR, SCROLL_VIEW_WIDTH, STAGE, STAGE_SCALE_LIMITS, themeTokensCss, uiText } from '../contract/index.ts';
import type { BuiltSlide, DeckModel } from '../slides/deck.ts';
import { SlideError } from '../slides/errors.ts';
import { escapeHtml } from '../slides/html.ts';
import { type DrawnChart, drawDeckCharts, outlineFigure, withChart } from './charts/deck-charts.ts';
import { CLOSING_QR_SHEET, withClosingQr } from './closing-qr.ts';
import { renderCspMeta } from './csp.ts';
import { firstPaintCss, renderDeepLinkTargets } from './first-paint.ts';
import { groupCharacters, slideText } from './font-groups.ts';
import { type BuiltFonts, buildFonts, type FontFile } from './fonts.ts';
import { inlineBundleStyleSheets } from './inline-style-sheets.ts';
import { renderLaterSlides } from './later-slides.ts';
import { splitLaterStyles } from './later-styles.ts';
import { deckInputs, loadDeck } from './load-deck.ts';
import type { DeckBuildOptions } from './options.ts';
import { paceModule } from './pace-module.ts';
import { classesBeforeScript } from './page-classes.ts';
import { PREVIEW_SIZE, previewTextOf } from './preview-image.ts';
import { renderPreviewPng } from './preview-render.ts';
import { renderNoscriptOutline, renderShareMeta, type ShareInfo } from './share-meta.ts';
import { dataUrl, inlineFontCss } from './single-file.ts';

/** Where index.html wants slide 1. */
const SLIDES_PLACEHOLDER = '<!--deck:slides-->';
/** Where index.html wants the later slides, as text the deck's script puts in place (later-slides.ts). */
const LATER_SLIDES_PLACEHOLDER = '<!--deck:later-slides-->';
/** Where index.html wants the head tags (title, description, link previews, fonts). */
const HEAD_PLACEHOLDER = '<!--deck:head-->';
/** Where index.html wants the text outline for browsers without JavaScript. */
const NOSCRIPT_PLACEHOLDER = '<!--deck:noscript-->';
/** Where index.html wants the hidden targets of the slides' deep links. */
const LINKS_PLACEHOLDER = '<!--deck:links-->';
/** Virtual modules the client imports. */
/** The deck's slide count: tiny, but its import is what makes a broken deck show Vite's error overlay in dev. */
const SUMMARY_MODULE = 'virtual:deck/summary';
const NOTES_MODULE = 'virtual:deck/notes';
/** The pace plan's weights (what each slide presents of the speech), for the speaker view and the remote. */
const PACE_MODULE = 'virtual:deck/pace';
/** The palette and font stack as CSS custom properties, generated from src/contract. */
const TOKENS_MODULE = 'virtual:deck/tokens.css';
/** The closing slide's QR code style sheet when the build draws the code (DECK_URL), an empty sheet otherwise. */
const CLOSING_QR_MODULE = 'virtual:deck/closing-qr.css';
/** The style sheet that lays slide 1 out before reveal's script runs (first-paint.ts). */
const FIRST_PAINT_MODULE = 'virtual:deck/first-paint.css';
const VIRTUAL_MODULES = [SUMMARY_MODULE, NOTES_MODULE, PACE_MODULE, TOKENS_MODULE, CLOSING_QR_MODULE, FIRST_PAINT_MODULE];
const RESOLVED_PREFIX = '\0';

/** What the plugin knows after reading the deck, or the error that stopped it. */
type DeckState =
  | { readonly deck: DeckModel; readonly slides: readonly string[]; readonly fonts: BuiltFonts; readonly page: PageParts }
  | { readonly error: SlideError };

/** What the page shows besides the slides: link previews, the no-script outline, and the files they need. */
interface PageParts {
  readonly share: ShareInfo;
  readonly noscript: string;
  /** The style sheet that lays slide 1 out before reveal's script runs. */
  readonly firstPaint: string;
  /** Hidden elements the slides' deep links point at (see first-paint.ts). */
  readonly deepLinks: string;
  readonly preview?: { readonly fileName: string; readonly source: Uint8Array };
}

/** A SlideError as Rollup/Vite report it: message plus file and line, shown by the build and the dev overlay. */
function toRollupError(error: SlideError, root: string) {
  return {
    message: error.message,
    id: resolve(root, error.file),
    ...(error.line !== undefined ? { loc: { file: resolve(root, error.file), line: error.line, column: 0 } } : {}),
  };
}

/** Builds the deck from `slidesDir` into index.html, virtual modules and font assets. */
export function deckPlugin(options: DeckBuildOptions): Plugin {
  let root = process.cwd();
  let slidesDir = resolve(root, options.slidesDir);
  let state: Promise<DeckState> | undefined;
  let server: ViteDevServer | undefined;
  /** What the page's style sheets leave for later, to be emitted once the page is made. */
  let laterSheets: readonly { readonly laterFileName: string; readonly later: string }[] = [];

  const readDeck = async (): Promise<DeckState> => {
    try {
      const deck = await withClosingQr(loadDeck(slidesDir, root), options.siteUrl);
      const charts = drawDeckCharts(deck);
      const chartOf = (slide: BuiltSlide): DrawnChart | undefined => charts.find((chart) => chart.slideId === slide.id);
      const markup = deck.slides.map((slide) => withChart(slide.html, chartOf(slide)));
      const figures = deck.slides.map((slide) => {
        const chart = chartOf(slide);
        return chart ? outlineFigure(chart) : '';
      });
      const page = await buildPageParts(deck, figures, options);
      const slides = deck.slides.map((slide) => slideText(slide.html, chartOf(slide)?.text ?? '', slide.notes));
      // Text of the deck's own screens: the speaker view, and the outline shown without JavaScript.
      const noscript = slideText(page.noscript, '', '');
      const fonts = await buildFonts(groupCharacters(slides, { regular: uiText() + noscript.regular, bold: noscript.bold }));
      return { deck, slides: markup, fonts, page };
    } catch (error) {
      if (error instanceof SlideError) return { error };
      throw error;
    }
  };
  const current = (): Promise<DeckState> => (state ??= readDeck());

  return {
    name: 'deck',
    configResolved(config) {
      root = config.root;
      slidesDir = resolve(root, options.slidesDir);
    },

    async buildStart() {
      state = undefined;
      for (const file of deckInputs(slidesDir)) this.addWatchFile(file);
      const result = await current();
      if ('error' in result) this.error(toRollupError(result.error, root));
    },

    resolveId(id) {
      if (id === CLOSING_QR_MODULE && options.siteUrl) return CLOSING_QR_SHEET;
      return VIRTUAL_MODULES.includes(id) ? RESOLVED_PREFIX + id : undefined;
    },

    async load(id) {
      const name = id.startsWith(RESOLVED_PREFIX) ? id.slice(RESOLVED_PREFIX.length) : '';
      if (!VIRTUAL_MODULES.includes(name)) return undefined;
      if (name === TOKENS_MODULE) return themeTokensCss();
      if (name === CLOSING_QR_MODULE) return '';
      const result = await current();
      if ('error' in result) this.error(toRollupError(result.error, root));
      const { deck } = result;
      if (name === FIRST_PAINT_MODULE) return result.page.firstPaint;
      if (name === NOTES_MODULE)
        return `export default ${JSON.stringify(Object.fromEntries(deck.slides.filter((s) => s.notes).map((s) => [s.id, s.notes])))};`;
      if (name === PACE_MODULE) return paceModule(deck);
      return `export const slideCount = ${deck.slides.length};`;
    },

    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(slidesDir);
      const onChange = (file: string): void => {
        if (!resolve(file).startsWith(slidesDir)) return;
        state = undefined;
        for (const id of VIRTUAL_MODULES) {
          const module = devServer.moduleGraph.getModuleById(RESOLVED_PREFIX + id);
          if (module) devServer.moduleGraph.invalidateModule(module);
        }
        void current().then((result) => {
          if ('error' in result) {
            const err = toRollupError(result.error, root);
            devServer.ws.send({
              type: 'error',
              err: { message: err.message, stack: '', id: err.id, ...(err.loc ? { loc: err.loc } : {}) },
            });
          } else {
            devServer.ws.send({ type: 'full-reload' });
          }
        });
      };
      devServer.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
      // The font files live in memory: serve them under the same relative path the build writes them to.
      devServer.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        void current().then((result) => {
          const files = 'fonts' in result ? [...result.fonts.files, ...(result.page.preview ? [result.page.preview] : [])] : [];
          const file = files.find((f) => url.endsWith(`/${f.fileName}`));
          if (!file) return next();
          res.setHeader('Content-Type', file.fileName.endsWith('.png') ? 'image/png' : 'font/woff2');
          res.end(file.source);
        }, next);
      });
    },

    transformIndexHtml: {
      order: 'post',
      async handler(built, context) {
        const result = await current();
        // In dev a broken deck still serves the page, so the client's import of the summary shows the error overlay.
        if ('error' in result) {
          if (!server) throw new Error(result.error.message);
          return [SLIDES_PLACEHOLDER, LATER_SLIDES_PLACEHOLDER, HEAD_PLACEHOLDER, NOSCRIPT_PLACEHOLDER, LINKS_PLACEHOLDER].reduce(
            (page, mark) => page.replace(mark, ''),
            built,
          );
        }
        // Vite's dev server injects an inline client script, and a single file is all inline code: the policy is for the site.
        const site = !server && !options.singleFile;
        const page = built
          .replace(SLIDES_PLACEHOLDER, () => result.slides[0] ?? '')
          .replace(LATER_SLIDES_PLACEHOLDER, () => renderLaterSlides(result.slides.slice(1)))
          .replace(NOSCRIPT_PLACEHOLDER, () => result.page.noscript)
          .replace(LINKS_PLACEHOLDER, () => result.page.deepLinks);
        // The site's page holds the part of its style sheet that can match before the script has run (and slide 1's
        // glyphs, below): slide 1's paint waits for no second request, and parses no rule it cannot use.
        const bundle = site ? context.bundle : undefined;
        const { html, styles, files } = bundle
          ? inlineBundleStyleSheets(page, bundle, (css) => splitLaterStyles(css, classesBeforeScript(page)))
          : { html: page, styles: [], files: [] };
        laterSheets = files.filter((file) => file.later);
        const head = renderHead(result, { singleFile: options.singleFile, csp: site, inlineStyles: styles });
        return html.replace(HEAD_PLACEHOLDER, () => head);
      },
    },

    // The rules the page left for later, under names of their own (inline-style-sheets.ts); the page is made by then.
    generateBundle: {
      order: 'post',
      handler() {
        for (const sheet of laterSheets) this.emitFile({ type: 'asset', fileName: sheet.laterFileName, source: sheet.later });
      },
    },

    async renderStart() {
      const result = await current();
      if ('error' in result) this.error(toRollupError(result.error, root));
      const fontFiles = options.singleFile ? [] : result.fonts.files.filter((file) => !isFirstSlideFont(file));
      const files = [...fontFiles, ...(result.page.preview ? [result.page.preview] : [])];
      for (const file of files) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
    },
  };
}

/**
 * Slide 1's glyphs come inside the page, so its paint waits for no second request (the bench measured
 * it faster than preloading the same files).
 */
const isFirstSlideFont = (file: FontFile): boolean => file.group.firstSlide === 1;

/**
 * A preload of each of slide 1's fonts, by its `data:` URL. Chromium decodes a preloaded font while it
 * parses the head and holds the first paint for it; a font only named by `@font-face` is decoded after
 * the first layout asks for it, so slide 1 would be laid out once in a fallback font (invisible, as
 * `font-display: block` draws it) and again in its own, and the lines below a title that wraps
 * differently would move.
 */
function renderFirstSlideFontPreloads(fonts: BuiltFonts): string[] {
  return fonts.files
    .filter(isFirstSlideFont)
    .map((file) => `<link rel="preload" href="${dataUrl(file.fileName, file.source)}" as="font" type="font/woff2" crossorigin>`);
}

/** The head tags made from the deck: the page's policy, title, description, link previews and the font faces. */
function renderHead(
  { fonts, page }: { readonly fonts: BuiltFonts; readonly page: PageParts },
  options: { readonly singleFile: boolean; readonly csp: boolean; readonly inlineStyles: readonly string[] },
): string {
  const fontCss = inlineFontCss(fonts, options.singleFile ? undefined : isFirstSlideFont);
  return [
    ...(options.csp ? [renderCspMeta({ inlineStyles: [fontCss, ...options.inlineStyles], stage: STAGE })] : []),
    `<title>${escapeHtml(page.share.title)}</title>`,
    `<meta name="description" content="${escapeHtml(page.share.description)}">`,
    renderShareMeta(page.share),
    ...renderFirstSlideFontPreloads(fonts),
    `<style id="deck-fonts">${fontCss}</style>`,
  ].join('\n');
}

/** Link previews (with the title slide drawn as a PNG, when there is a place to point at it) and the no-script outline. */
async function buildPageParts(deck: DeckModel, figures: readonly string[], options: DeckBuildOptions): Promise<PageParts> {
  const title = deck.speech.headline.text;
  const description = deck.speech.lead.sentences[0]?.text ?? title;
  const noscript = renderNoscriptOutline({ title, description, headings: deck.slides.map((slide) => slide.title), figures });
  const firstSection = deck.slides[0]?.html.slice(0, deck.slides[0].html.indexOf('>') + 1) ?? '';
  const firstPaint = firstPaintCss({
    stage: STAGE,
    phoneStage: PHONE_STAGE,
    phoneWidth: SCROLL_VIEW_WIDTH,
    scaleLimits: STAGE_SCALE_LIMITS,
    firstSection,
  });
  const pageText = { noscript, firstPaint, deepLinks: renderDeepLinkTargets(deck.slides.map((slide) => slide.id)) };
  const siteUrl = options.siteUrl ? { siteUrl: options.siteUrl } : {};
  // A single file sent as an attachment has no address a preview image could be fetched from.
  if ((options.singleFile && !options.siteUrl) || !options.linkPreview) return { share: { title, description }, ...pageText };
  const titleSlide = deck.slides.find((slide) => slide.layout === 'title') ?? deck.slides[0]!;
  const text = previewTextOf(titleSlide.html);
  const source = await renderPreviewPng(text);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
  const fileName = `${PREVIEW_DIR}/preview-${hash}.png`;
  const image = { path: fileName, ...PREVIEW_SIZE, alt: [text.kicker, text.title, text.subtitle].filter(Boolean).join(' — ') };
  return { share: { title, description, image, ...siteUrl }, ...pageText, preview: { fileName, source } };
}
