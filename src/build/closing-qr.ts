/**
 * A QR code of the deck's address on the closing slide, when the address is known at build
 * (DECK_URL): the room scans it to open the deck on their phones. Drawn at build time as SVG, so
 * it is sharp on a projector and in the PDF, and the page loads no QR code library.
 */
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { PALETTE, QR_UI } from '../contract/index.ts';
import type { BuiltSlide, DeckModel } from '../slides/deck.ts';
import { escapeHtml } from '../slides/html.ts';

/** The code's style sheet: the build includes it only when it draws the code (see `virtual:deck/closing-qr.css`). */
export const CLOSING_QR_SHEET = fileURLToPath(new URL('../deck/styles/closing-qr.css', import.meta.url));

/** The layout whose slide gets the code (the last one, if a deck has several). */
const CLOSING_LAYOUT = 'closing';
/** Where the figure goes in the rendered section: after the slide's body, inside its frame. */
const FRAME_END = '</div></section>';

/** The QR code of `url` as an SVG element: dark modules on white, two modules of quiet zone, medium error correction. */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    margin: 2,
    errorCorrectionLevel: 'M',
    color: { dark: PALETTE.ink, light: '#ffffff' },
  });
  // The address is in the caption beside it: screen readers read that, not the drawing.
  return svg.trim().replace('<svg ', '<svg class="closing-qr-code" aria-hidden="true" focusable="false" ');
}

/** The figure on the slide: the code, what it is for, and the address in words. */
export function renderQrFigure(svg: string, url: string): string {
  return (
    `<figure class="closing-qr">${svg}` +
    `<figcaption>${escapeHtml(QR_UI.caption)}<span class="closing-qr-url">${escapeHtml(url)}</span></figcaption></figure>`
  );
}

/** The deck with `figure` on its closing slide; unchanged when it has none. */
export function withClosingFigure(deck: DeckModel, figure: string): DeckModel {
  const closing = deck.slides.findLast((slide) => slide.layout === CLOSING_LAYOUT);
  if (!closing?.html.endsWith(FRAME_END)) return deck;
  const html = `${closing.html.slice(0, -FRAME_END.length)}${figure}${FRAME_END}`;
  const slides = deck.slides.map((slide): BuiltSlide => (slide === closing ? { ...slide, html } : slide));
  return { ...deck, slides, html: slides.map((slide) => slide.html).join('\n') };
}

/** The deck with a QR code of `siteUrl` on its closing slide; unchanged without an address. */
export async function withClosingQr(deck: DeckModel, siteUrl: string | undefined): Promise<DeckModel> {
  return siteUrl ? withClosingFigure(deck, renderQrFigure(await qrSvg(siteUrl), siteUrl)) : deck;
}
