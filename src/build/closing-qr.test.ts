import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../test/support/build.ts';
import { OUR_SLIDES_DIR } from '../../test/support/speech.ts';
import { qrSvg, renderQrFigure, withClosingFigure, withClosingQr } from './closing-qr.ts';
import { loadDeck } from './load-deck.ts';

const deck = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT);
const FIGURE = '<figure class="test-figure"></figure>';

describe('withClosingFigure', () => {
  const changed = withClosingFigure(deck, FIGURE);

  test("puts the figure inside the closing slide's frame, and nowhere else", () => {
    const closing = changed.slides.find((s) => s.layout === 'closing')!;
    expect(closing.html).toMatch(/<div class="slide-frame">[\s\S]*<figure class="test-figure"><\/figure><\/div><\/section>$/);
    expect(changed.slides.filter((s) => s.html.includes(FIGURE))).toHaveLength(1);
    for (const [i, slide] of changed.slides.entries()) if (slide !== closing) expect(slide).toBe(deck.slides[i]);
  });

  test("the page's HTML is the slides' HTML", () => {
    expect(changed.html).toBe(changed.slides.map((s) => s.html).join('\n'));
    expect(changed.html).toContain(FIGURE);
  });

  test('a deck without a closing slide is left as it is', () => {
    const noClosing = { ...deck, slides: deck.slides.filter((s) => s.layout !== 'closing') };
    expect(withClosingFigure(noClosing, FIGURE)).toBe(noClosing);
  });
});

test('the code is an SVG hidden from screen readers, which read the caption with the address', async () => {
  const svg = await qrSvg('https://example.org/d/');
  expect(svg).toMatch(
    /^<svg class="closing-qr-code" aria-hidden="true" focusable="false" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/,
  );
  expect(svg).not.toMatch(/<script|style=/);
  expect(renderQrFigure(svg, 'https://example.org/d/?a=1&b=2')).toContain(
    '<span class="closing-qr-url">https://example.org/d/?a=1&amp;b=2</span>',
  );
});

test('without an address the deck is unchanged', async () => {
  expect(await withClosingQr(deck, undefined)).toBe(deck);
});
