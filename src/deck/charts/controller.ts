/**
 * The chart lifecycle: a chart is created when its slide is shown (or, in the scroll view, when it
 * scrolls into sight), resized with its box, and disposed when it is no longer shown. In reveal's
 * print view every chart is drawn, without animation, before `pdf-ready`.
 */

import specs from 'virtual:deck/charts';
import type { ChartSpec } from '../../charts/types.ts';
import { FONT_FAMILY, READY_CLASS } from '../../contract/index.ts';
import { Listeners, type RevealDeck } from '../reveal-deck.ts';
import { type EChartsType, init } from './echarts.ts';

/** How long a chart outlives its slide, so it fades out with the slide instead of vanishing first. */
const DISPOSE_DELAY_MS = 800;
/** How far outside the screen a chart is drawn ahead of being scrolled to, in the scroll view. */
const SCROLL_MARGIN = '50% 0px';
/** The attribute ECharts marks its container with; stale after reveal restores the slides' HTML. */
const ECHARTS_ATTRIBUTE = '_echarts_instance_';

/** How the page is shown. */
export interface ChartControllerOptions {
  /** reveal's print layout (`?print-pdf`): draw everything, no animation. */
  readonly print: boolean;
  /** The viewer asked for less motion: no animation. */
  readonly reducedMotion: boolean;
}

/** A drawn chart and what watches its size. */
interface LiveChart {
  readonly chart: EChartsType;
  readonly resizeObserver: ResizeObserver;
}

/** The chart's slide element id to go to when a mark carrying `slideId` is clicked. */
function slideIdOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || !('slideId' in data)) return undefined;
  return typeof data.slideId === 'string' ? data.slideId : undefined;
}

/** Creates, resizes and disposes the deck's charts. */
export class ChartController {
  private readonly live = new Map<HTMLElement, LiveChart>();
  private readonly inSight = new Set<HTMLElement>();
  private readonly intersection: IntersectionObserver;
  private disposeTimer: number | undefined;
  private readonly listeners = new Listeners();
  private readonly deck: RevealDeck;
  private readonly options: ChartControllerOptions;

  constructor(deck: RevealDeck, options: ChartControllerOptions) {
    this.deck = deck;
    this.options = options;
    this.intersection = new IntersectionObserver((entries) => this.onIntersection(entries), { rootMargin: SCROLL_MARGIN });
  }

  /** The number of chart instances alive now. */
  get liveCount(): number {
    return this.live.size;
  }

  /** Starts following the deck. */
  bind(): void {
    const update = (): void => this.update();
    for (const event of ['slidechanged', 'ready', 'resize', 'overviewhidden']) this.listeners.deck(this.deck, event, update);
    this.listeners.window('resize', update);
    this.update();
  }

  /** Stops following the deck and disposes every chart. */
  destroy(): void {
    this.listeners.removeAll();
    this.intersection.disconnect();
    window.clearTimeout(this.disposeTimer);
    for (const element of [...this.live.keys()]) this.dispose(element);
  }

  /** Loads the font for every chart's text, so that ECharts measures labels with the glyphs it will draw. */
  async loadFonts(): Promise<void> {
    const text = Object.values(specs)
      .map((spec) => JSON.stringify(spec.option))
      .join('');
    await document.fonts.load(`400 28px "${FONT_FAMILY}"`, text);
  }

  /** Draws every chart of the page now, at its printed size (print view). */
  drawAll(): void {
    for (const element of this.chartElements()) {
      const current = this.live.get(element);
      if (current) current.chart.resize();
      else this.create(element);
    }
    this.markReady();
  }

  /** Brings the live charts in line with what is shown. */
  update(): void {
    if (this.options.print) return;
    this.observeElements();
    for (const element of this.live.keys()) {
      if (!element.isConnected) this.dispose(element);
    }
    for (const element of this.chartElements()) {
      if (this.isShown(element) && !this.live.has(element)) this.create(element);
    }
    window.clearTimeout(this.disposeTimer);
    this.disposeTimer = window.setTimeout(() => this.disposeHidden(), DISPOSE_DELAY_MS);
    this.markReady();
  }

  private chartElements(): HTMLElement[] {
    return [...document.querySelectorAll<HTMLElement>('.reveal .chart[data-chart]')];
  }

  private isScrollView(): boolean {
    return document.querySelector('.reveal-scroll') !== null;
  }

  private isShown(element: HTMLElement): boolean {
    if (this.isScrollView()) return this.inSight.has(element);
    return element.closest('section')?.classList.contains('present') === true && !this.deck.isOverview();
  }

  /** Watches new chart elements (reveal rebuilds the slides' HTML when it leaves the scroll view). */
  private observeElements(): void {
    for (const element of this.chartElements()) {
      if (element.dataset.chartObserved === undefined) {
        element.dataset.chartObserved = '';
        this.intersection.observe(element);
      }
    }
  }

  private onIntersection(entries: readonly IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const element = entry.target as HTMLElement;
      if (entry.isIntersecting) this.inSight.add(element);
      else this.inSight.delete(element);
    }
    this.update();
  }

  private disposeHidden(): void {
    for (const element of [...this.live.keys()]) {
      if (!element.isConnected || !this.isShown(element)) this.dispose(element);
    }
  }

  private create(element: HTMLElement): void {
    const name = element.dataset.chart ?? '';
    const spec: ChartSpec | undefined = specs[name];
    if (!spec) throw new Error(`chart "${name}" is on a slide but not in the deck's chart data: rebuild the deck`);
    if (element.clientWidth === 0 || element.clientHeight === 0) return;
    // reveal restores the slides' HTML when it leaves the scroll view: clear a copy of an older chart.
    element.removeAttribute(ECHARTS_ATTRIBUTE);
    element.replaceChildren();
    element.dataset.chartState = 'drawing';

    const animate = !this.options.print && !this.options.reducedMotion;
    const chart = init(element, undefined, { renderer: 'svg' });
    chart.on('finished', () => {
      if (this.live.get(element)?.chart === chart) {
        element.dataset.chartState = 'drawn';
        this.markReady();
      }
    });
    chart.on('click', (params) => this.onClick(params.data));
    chart.setOption({ ...spec.option, animation: animate, animationDuration: 600 });
    const resizeObserver = new ResizeObserver(() => {
      if (element.clientWidth > 0 && element.clientHeight > 0) chart.resize();
    });
    resizeObserver.observe(element);
    this.live.set(element, { chart, resizeObserver });
    // Without animation the SVG is complete as soon as setOption returns.
    if (!animate) element.dataset.chartState = 'drawn';
  }

  private dispose(element: HTMLElement): void {
    const live = this.live.get(element);
    if (!live) return;
    live.resizeObserver.disconnect();
    live.chart.dispose();
    this.live.delete(element);
    delete element.dataset.chartState;
  }

  private onClick(data: unknown): void {
    const slideId = slideIdOf(data);
    const target = slideId ? document.getElementById(slideId) : null;
    if (!target) return;
    const { h, v } = this.deck.getIndices(target);
    this.deck.slide(h, v);
  }

  /** `charts-ready` on <html>: every chart that should be shown now is drawn. */
  private markReady(): void {
    const wanted = this.options.print ? this.chartElements() : this.chartElements().filter((e) => this.isShown(e));
    const ready = wanted.every((e) => e.dataset.chartState === 'drawn');
    document.documentElement.classList.toggle(READY_CLASS.charts, ready);
  }
}
