import { describe, expect, test } from 'vitest';
import { splitLaterStyles, waitsForReveal } from './later-styles.ts';

describe('which rules wait for reveal', () => {
  test('rules for what reveal adds or sets when it starts', () => {
    for (const selector of [
      '.reveal .controls button',
      '.reveal.overview .slides section',
      '.reveal-viewport',
      'html.print-pdf .reveal',
      '.reveal .slides > section.present',
    ])
      expect(waitsForReveal(selector)).toBe(true);
  });

  test('not rules for slide 1 and the page before reveal: a class reveal sets only inside :not() does not count', () => {
    for (const selector of [
      '.reveal .slides > section',
      'html:not(.print-pdf) .reveal .slides',
      ':root:not(:has(.reveal .slides section.present)) .reveal > .slides',
      '.reveal .progress-note',
      '.slide-frame',
    ])
      expect(waitsForReveal(selector)).toBe(false);
  });
});

describe('the split', () => {
  test('keeps each part in source order, splits a rule by its selectors and a media block by its rules', () => {
    const css = [
      '.a{color:red}',
      '.reveal .controls,.reveal .b{top:0}',
      '@media (min-width:500px){.c{top:1px}.reveal .progress{top:2px}}',
      '@media print{.d{top:3px}}',
      '@font-face{font-family:x}',
      '.reveal.overview .e{top:4px}',
    ].join('');
    const { now, later } = splitLaterStyles(css);
    expect(now).toBe('.a{color:red}.reveal .b{top:0}@media (min-width:500px){.c{top:1px}}@font-face{font-family:x}');
    expect(later).toBe(
      '.reveal .controls{top:0}@media (min-width:500px){.reveal .progress{top:2px}}@media print{.d{top:3px}}.reveal.overview .e{top:4px}',
    );
  });

  test('given the classes the page shows before its script, rules that need any other class wait too', () => {
    const css = [
      '.reveal .slides section{display:none}',
      '.layout-title h1,.layout-closing h1{font-size:84px}',
      ':is(.layout-title,.layout-section) .kicker{color:red}',
      'html:not(.print-pdf) .tracker{gap:8px}',
      '@media (max-width:600px){.kicker{top:0}.tracker li{top:1px}}',
    ].join('');
    const { now, later } = splitLaterStyles(css, new Set(['reveal', 'slides', 'layout-title', 'kicker']));
    expect(now).toBe(
      '.reveal .slides section{display:none}.layout-title h1{font-size:84px}:is(.layout-title,.layout-section) .kicker{color:red}@media (max-width:600px){.kicker{top:0}}',
    );
    expect(later).toBe(
      '.layout-closing h1{font-size:84px}html:not(.print-pdf) .tracker{gap:8px}@media (max-width:600px){.tracker li{top:1px}}',
    );
  });

  test('a sheet with nothing to wait for leaves nothing for later', () => {
    expect(splitLaterStyles('.a{top:0}').later).toBe('');
  });
});
