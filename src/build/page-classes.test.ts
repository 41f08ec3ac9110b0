import { describe, expect, test } from 'vitest';
import { LATER_SLIDES_ID } from '../contract/index.ts';
import { classesBeforeScript } from './page-classes.ts';

const page = (body: string): string => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('the classes a page shows before its script runs', () => {
  test('those of slide 1, the page and the outline; not those of the later slides', () => {
    const classes = classesBeforeScript(
      page(
        '<noscript><div class="deck-outline"><ol><li>一</li></ol></div></noscript>' +
          '<div class="reveal"><div class="slides"><section class="layout-title"><p class="kicker">会议</p></section></div></div>' +
          `<noscript id="${LATER_SLIDES_ID}"><div hidden><section class="layout-bullets"><ul class="tracker"><li class="is-long">二</li></ul></section></div></noscript>`,
      ),
    );
    expect([...classes].sort()).toEqual(['deck-outline', 'kicker', 'layout-title', 'reveal', 'slides']);
  });

  test('a later chart the outline shows by reference counts, with its ancestors, as its place styles it', () => {
    const classes = classesBeforeScript(
      page(
        '<noscript><div class="deck-outline"><svg class="outline-chart"><use href="#chart-wide-a"></use></svg></div></noscript>' +
          '<div class="reveal"><div class="slides"><section class="layout-title"></section></div></div>' +
          `<noscript id="${LATER_SLIDES_ID}"><div hidden>` +
          '<section class="layout-chart"><figure class="chart-figure"><div class="chart"><svg id="chart-wide-a" class="drawing"><g class="bar"></g></svg></div></figure></section>' +
          '<section class="layout-closing"><p class="qr">码</p></section>' +
          '</div></noscript>',
      ),
    );
    expect([...classes].sort()).toEqual(
      [
        'bar',
        'chart',
        'chart-figure',
        'deck-outline',
        'drawing',
        'layout-chart',
        'layout-title',
        'outline-chart',
        'reveal',
        'slides',
      ].sort(),
    );
  });

  test('a page without later slides: every class of it', () => {
    expect(
      [...classesBeforeScript(page('<div class="reveal"><div class="slides"><section class="a b"></section></div></div>'))].sort(),
    ).toEqual(['a', 'b', 'reveal', 'slides']);
  });
});
