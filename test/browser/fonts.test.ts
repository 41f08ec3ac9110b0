/** Every character the deck shows is in the font cut for its weight: a missing glyph would print blank. */

import { expect, inject, test } from 'vitest';
import { loadDeck } from '../../src/build/load-deck.ts';
import { FONT_FAMILY, uiText } from '../../src/contract/index.ts';
import { htmlToText } from '../../src/slides/markdown.ts';
import { PROJECT_ROOT } from '../support/build.ts';
import { waitForDeck } from '../support/deck-page.ts';
import { fontCharacters } from '../support/dist.ts';
import { useServedDeck } from '../support/served-deck.ts';
import { OUR_SLIDES_DIR } from '../support/speech.ts';

const deck = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT);
const distDir = inject('distDir');
const covered = fontCharacters(distDir);
const served = useServedDeck();

/** Characters of `text` (spaces aside) that the given weight's faces do not cover. */
function missing(text: string, weight: number): string[] {
  const faces = covered.get(weight) ?? new Set<string>();
  return [...new Set([...text])].filter((c) => !/\s/.test(c) && !faces.has(c));
}

test('every character on every slide, in HTML and in charts, is in the face of its weight', async () => {
  const page = await served.browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(served.server.url);
  await waitForDeck(page);
  const shown: { slide: string; weight: number; text: string; svg: boolean }[] = [];
  for (const index of deck.slides.keys()) {
    await page.evaluate((i) => {
      window.Reveal!.slide(i);
      const fragments = document.querySelectorAll('.present .fragment').length;
      if (fragments > 0) window.Reveal!.navigateFragment(fragments - 1);
    }, index);
    shown.push(
      ...(await page.evaluate((family) => {
        const section = document.querySelector('.slides > section.present')!;
        const found: { slide: string; weight: number; text: string; svg: boolean }[] = [];
        const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement!;
          const style = getComputedStyle(element);
          const svg = element instanceof SVGElement;
          // Hidden text in another family needs no glyphs of ours; chart text must always be in ours. A chart's hover
          // titles are shown by the browser's own tooltip, in the system's font.
          if (element.closest('aside.notes, title') || (!svg && !style.fontFamily.startsWith(`"${family}"`))) continue;
          const weight = Number(style.fontWeight) >= 600 ? 700 : 400;
          found.push({
            slide: section.id,
            weight,
            text: svg && !style.fontFamily.startsWith(`"${family}"`) ? `(not in ${family})` : (node.textContent ?? ''),
            svg,
          });
        }
        return found;
      }, FONT_FAMILY)),
    );
  }
  // The slide number, in reveal's own element.
  shown.push({ slide: 'slide-number', weight: 400, text: `${deck.slides.length} / ${deck.slides.length}`, svg: false });
  const gaps = shown.flatMap(({ slide, weight, text }) => missing(text, weight).map((c) => `${slide} ${weight} ${c}`));
  expect([...new Set(gaps)]).toEqual([]);
  // The charts' labels were read, and every one is set in our family.
  const chartSlides = new Set(deck.slides.filter((s) => s.chart).map((s) => s.id));
  expect(new Set(shown.filter((s) => s.svg).map((s) => s.slide))).toEqual(chartSlides);
  expect(shown.filter((s) => s.text.startsWith('(not in '))).toEqual([]);
  await page.close();
});

test("the speaker view's words and every slide's notes are in the regular face", () => {
  const notes = deck.slides.map((slide) => htmlToText(slide.notes)).join('');
  expect(missing(notes + uiText(), 400)).toEqual([]);
});
