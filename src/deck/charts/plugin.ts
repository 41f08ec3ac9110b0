/**
 * The charts as a reveal plugin. On screen the chart code (ECharts and the chart data) is a chunk of
 * its own, loaded after the first slide is painted, so the first slide never waits for it. In the
 * print view reveal waits for the plugin, and the charts are drawn before it signals `pdf-ready`.
 */
import type Reveal from 'reveal.js';
import { afterFirstPaint } from '../after-first-paint.ts';
import type { ChartController } from './controller.ts';

type RevealDeck = InstanceType<typeof Reveal>;

declare global {
  interface Window {
    /** The chart controller, once loaded: for tests and the console. */
    deckCharts?: ChartController;
  }
}

/** The reveal plugin that draws the deck's charts. */
export function chartsPlugin(options: { readonly print: boolean; readonly reducedMotion: boolean }) {
  return {
    id: 'deck-charts',
    init(deck: RevealDeck): Promise<void> | void {
      const start = async (): Promise<ChartController> => {
        const { ChartController } = await import('./controller.ts');
        const controller = new ChartController(deck, options);
        window.deckCharts = controller;
        await controller.loadFonts();
        return controller;
      };
      if (options.print) return start().then((controller) => drawForPrint(deck, controller));
      void afterFirstPaint()
        .then(start)
        .then((controller) => controller.bind());
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
  if (root.classList.contains('print-pdf')) draw();
  else {
    const observer = new MutationObserver(() => {
      if (!root.classList.contains('print-pdf')) return;
      observer.disconnect();
      draw();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['class'] });
  }
  deck.on('pdf-ready', draw);
}
