/** The Vite plugin that turns the slides folder into the deck's ready HTML, fonts and chart data. */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { Deck } from '../slides/deck.ts';
import { SlideError } from '../slides/errors.ts';
import { escapeHtml } from '../slides/html.ts';
import { revealConfig } from '../deck/config.ts';
import { readSpeakerViewInline, renderCspMeta } from './csp.ts';
import { buildFonts, type BuiltFonts } from './fonts.ts';
import { textByWeight } from './font-text.ts';
import { deckInputs, loadDeck } from './load-deck.ts';

/** Where index.html wants the slides. */
const SLIDES_PLACEHOLDER = '<!--deck:slides-->';
/** Where index.html wants the head tags (title, description, fonts). */
const HEAD_PLACEHOLDER = '<!--deck:head-->';
/** Virtual modules the client imports. */
const OUTLINE_MODULE = 'virtual:deck/outline';
const CHARTS_MODULE = 'virtual:deck/charts';
const RESOLVED_PREFIX = '\0';

export interface DeckPluginOptions {
  /** The deck folder: the speech and one markdown file per slide. Default `slides`. */
  readonly slidesDir?: string;
}

/** What the plugin knows after reading the deck, or the error that stopped it. */
type DeckState = { readonly deck: Deck; readonly fonts: BuiltFonts } | { readonly error: SlideError };

/** A SlideError as Rollup/Vite report it: message plus file and line, shown by the build and the dev overlay. */
function toRollupError(error: SlideError, root: string) {
  return {
    message: error.message,
    id: resolve(root, error.file),
    ...(error.line !== undefined ? { loc: { file: resolve(root, error.file), line: error.line, column: 0 } } : {}),
  };
}

/** Builds the deck from `slidesDir` into index.html, virtual modules and font assets. */
export function deckPlugin(options: DeckPluginOptions = {}): Plugin {
  let root = process.cwd();
  let slidesDir = resolve(root, options.slidesDir ?? 'slides');
  let state: Promise<DeckState> | undefined;
  let server: ViteDevServer | undefined;

  const readDeck = async (): Promise<DeckState> => {
    try {
      const deck = loadDeck(slidesDir, root);
      const chartText = Object.values(deck.charts).map((c) => `${c.title}${c.summary}${JSON.stringify(c.option)}`).join('');
      const fonts = await buildFonts(textByWeight(deck.html, chartText));
      return { deck, fonts };
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
      slidesDir = resolve(root, options.slidesDir ?? 'slides');
    },

    async buildStart() {
      state = undefined;
      for (const file of deckInputs(slidesDir)) this.addWatchFile(file);
      const result = await current();
      if ('error' in result) this.error(toRollupError(result.error, root));
    },

    resolveId(id) {
      return id === OUTLINE_MODULE || id === CHARTS_MODULE ? RESOLVED_PREFIX + id : undefined;
    },

    async load(id) {
      if (id !== RESOLVED_PREFIX + OUTLINE_MODULE && id !== RESOLVED_PREFIX + CHARTS_MODULE) return undefined;
      const result = await current();
      if ('error' in result) this.error(toRollupError(result.error, root));
      const { deck } = result;
      if (id === RESOLVED_PREFIX + CHARTS_MODULE) return `export default ${JSON.stringify(deck.charts)};`;
      const outline = deck.slides.map(({ id: slideId, title }) => ({ id: slideId, title }));
      return `export default ${JSON.stringify(outline)};`;
    },

    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(slidesDir);
      const onChange = (file: string): void => {
        if (!resolve(file).startsWith(slidesDir)) return;
        state = undefined;
        for (const id of [OUTLINE_MODULE, CHARTS_MODULE]) {
          const module = devServer.moduleGraph.getModuleById(RESOLVED_PREFIX + id);
          if (module) devServer.moduleGraph.invalidateModule(module);
        }
        void current().then((result) => {
          if ('error' in result) {
            const err = toRollupError(result.error, root);
            devServer.ws.send({ type: 'error', err: { message: err.message, stack: '', id: err.id, ...(err.loc ? { loc: err.loc } : {}) } });
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
          const file = 'fonts' in result ? result.fonts.files.find((f) => url.endsWith(`/${f.fileName}`)) : undefined;
          if (!file) return next();
          res.setHeader('Content-Type', 'font/woff2');
          res.end(file.source);
        }, next);
      });
    },

    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const result = await current();
        // In dev a broken deck still serves the page, so the client's import of the outline shows the error overlay.
        if ('error' in result) {
          if (!server) throw new Error(result.error.message);
          return html.replace(SLIDES_PLACEHOLDER, '').replace(HEAD_PLACEHOLDER, '');
        }
        const head = renderHead(result.deck, result.fonts, { csp: !server });
        return html.replace(SLIDES_PLACEHOLDER, () => result.deck.html).replace(HEAD_PLACEHOLDER, () => head);
      },
    },

    async renderStart() {
      const result = await current();
      if ('error' in result) this.error(toRollupError(result.error, root));
      for (const file of result.fonts.files) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
    },
  };
}

/** The head tags made from the deck: the page's policy (built page only), title, description and the font faces. */
function renderHead(deck: Deck, fonts: BuiltFonts, options: { readonly csp: boolean }): string {
  const title = deck.speech.headline.text;
  const description = deck.speech.lead.sentences[0]?.text ?? title;
  const { width, height } = revealConfig({ reducedMotion: false });
  // Vite's dev server injects an inline client script: the policy is for the built page.
  const csp = options.csp
    ? [renderCspMeta({ inlineStyles: [fonts.css], stage: { width: Number(width), height: Number(height) }, speakerView: readSpeakerViewInline() })]
    : [];
  return [
    ...csp,
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<style id="deck-fonts">${fonts.css}</style>`,
  ].join('\n');
}
