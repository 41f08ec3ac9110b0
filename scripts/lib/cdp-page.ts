/** A page of a CdpBrowser: the few things the PDF exporter does with it, as Playwright's Page would. */
import type { CdpBrowser, CdpEvent } from './cdp-pipe.ts';

/** What Page.printToPDF takes that the exporter sets. */
export interface PrintOptions {
  readonly preferCSSPageSize: boolean;
  readonly printBackground: boolean;
  /** A tagged (accessible) PDF. */
  readonly tagged: boolean;
  /** Bookmarks from the headings. */
  readonly outline: boolean;
}

/** An open page. */
export interface CdpPage {
  /** Uncaught errors the page has thrown so far. */
  readonly errors: readonly string[];
  /** Runs `source` in every document the page loads, before its own scripts. */
  addInitScript(source: string): Promise<void>;
  /** Loads `url` and resolves once its `load` event has fired. */
  goto(url: string): Promise<void>;
  /** Evaluates an expression (awaiting a promise it returns) and resolves with its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** The page printed to PDF, with no margin but the page's own. */
  pdf(options: PrintOptions): Promise<Uint8Array>;
}

interface EvaluateResult {
  readonly result: { readonly value?: unknown };
  readonly exceptionDetails?: { readonly text: string; readonly exception?: { readonly description?: string } };
}

/** The blank page the browser opened with, or a new one: opening a page starts a renderer process. */
async function pageTarget(browser: CdpBrowser): Promise<string> {
  const { targetInfos } = await browser.send<{ targetInfos: { targetId: string; type: string }[] }>('Target.getTargets');
  const blank = targetInfos.find((target) => target.type === 'page');
  if (blank) return blank.targetId;
  return (await browser.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' })).targetId;
}

/** Opens a page of `width`×`height` CSS pixels. */
export async function openCdpPage(browser: CdpBrowser, viewport: { readonly width: number; readonly height: number }): Promise<CdpPage> {
  const targetId = await pageTarget(browser);
  const { sessionId } = await browser.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  const send = <T>(method: string, params: Record<string, unknown> = {}): Promise<T> => browser.send<T>(method, params, sessionId);
  const errors: string[] = [];
  const waiters = new Set<(event: CdpEvent) => void>();
  browser.on((event) => {
    if (event.sessionId !== sessionId) return;
    if (event.method === 'Runtime.exceptionThrown') {
      const details = event.params.exceptionDetails as EvaluateResult['exceptionDetails'];
      errors.push(details?.exception?.description ?? details?.text ?? 'an uncaught error');
    }
    for (const waiter of waiters) waiter(event);
  });
  await Promise.all([
    send('Page.enable'),
    send('Runtime.enable'),
    send('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor: 1, mobile: false }),
  ]);
  return {
    errors,
    async addInitScript(source) {
      await send('Page.addScriptToEvaluateOnNewDocument', { source });
    },
    async goto(url) {
      let onLoad: (event: CdpEvent) => void = () => {};
      const loaded = new Promise<void>((resolve) => {
        onLoad = (event) => {
          if (event.method === 'Page.loadEventFired') resolve();
        };
        waiters.add(onLoad);
      });
      const { errorText } = await send<{ errorText?: string }>('Page.navigate', { url });
      if (errorText) throw new Error(`${url} did not load: ${errorText}`);
      await loaded;
      waiters.delete(onLoad);
    },
    async evaluate<T>(expression: string) {
      const { result, exceptionDetails } = await send<EvaluateResult>('Runtime.evaluate', {
        expression,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value as T;
    },
    async pdf(options) {
      const { data } = await send<{ data: string }>('Page.printToPDF', {
        preferCSSPageSize: options.preferCSSPageSize,
        printBackground: options.printBackground,
        generateTaggedPDF: options.tagged,
        generateDocumentOutline: options.outline,
        marginTop: 0,
        marginBottom: 0,
        marginLeft: 0,
        marginRight: 0,
      });
      return Buffer.from(data, 'base64');
    },
  };
}
