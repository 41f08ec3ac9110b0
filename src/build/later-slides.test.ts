import { expect, test } from 'vitest';
import { LATER_SLIDES_ID } from '../contract/index.ts';
import { renderLaterSlides } from './later-slides.ts';

test('the slides after the first go into a noscript, hidden where a browser builds them', () => {
  expect(renderLaterSlides(['<section id="a"></section>', '<section id="b"><svg></svg></section>'])).toBe(
    `<noscript id="${LATER_SLIDES_ID}"><div hidden><section id="a"></section>\n<section id="b"><svg></svg></section></div></noscript>`,
  );
});

test('a deck of one slide carries no later slides', () => {
  expect(renderLaterSlides([])).toBe('');
});

test('markup that would end the noscript early is refused with what to do', () => {
  expect(() => renderLaterSlides(['<section><p></NOSCRIPT></p></section>'])).toThrow(/contains "<\/noscript".*escaped when rendered/);
});
