/**
 * The charts as a reveal plugin. On screen the chart code (ECharts and the chart data) is a chunk of
 * its own, loaded after the first slide is painted, so the first slide never waits for it. In the
 * print view reveal waits for the plugin, and the charts are drawn before it signals `pdf-ready`.
 */
import { PDF_READY_EVENT, PRINT_LAYOUT_CLASS } from '../../contract/index.ts';
import { afterFirstPaint } from '../after-first-paint.ts';
import type { DeckPlugin, RevealDeck } from '../reveal-deck.ts';
import type { ChartController } from './controller.ts';

/** The reveal plugin that draws the deck's charts. */
export function chartsPlugin(options: { readonly print: boolean; readonly reducedMotion: boolean }): DeckPlugin {
  let controller: ChartController | undefined;
  let destroyed = false;
  return {
    id: 'deck-charts',
    init(deck: RevealDeck): Promise<void> | void {
      const start = async (): Promise<ChartController> => {
        const { ChartController } = await import('./controller.ts');
        controller = new ChartController(deck, options);
        window.deckCharts = controller;
        await controller.loadFonts();
        return controller;
      };
      if (options.print) return start().then((started) => drawForPrint(deck, started));
      void afterFirstPaint()
        .then(start)
        .then((started) => {
          if (!destroyed) started.bind();
        });
    },
    destroy() {
      destroyed = true;
      controller?.destroy();
      delete window.deckCharts;
    },
  };
}

/**
 * Draws the charts as soon as reveal lays the page out for print (it marks <html> with `print-pdf`),
 * and again at `pdf-ready`, which reveal dispatches right after placing the pages.
 */
function drawForPrint(deck: RevealDeck, controller: ChartController): void {
  const root = document.documentElement;
  const draw = (): void => controller.drawAll();
  if (root.classList.contains(PRINT_LAYOUT_CLASS)) draw();
  else {
    const observer = new MutationObserver(() => {
      if (!root.classList.contains(PRINT_LAYOUT_CLASS)) return;
      observer.disconnect();
      draw();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['class'] });
  }
  deck.on(PDF_READY_EVENT, draw);
}
