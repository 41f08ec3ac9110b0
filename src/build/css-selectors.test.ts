import { describe, expect, test } from 'vitest';
import { requiredClasses } from './css-selectors.ts';

describe('the classes a selector requires', () => {
  test('every class of every compound, in order', () => {
    expect(requiredClasses('.reveal .slides > section.layout-title h1')).toEqual(['reveal', 'slides', 'layout-title']);
    expect(requiredClasses('#deck.a::before')).toEqual(['a']);
  });

  test('not those in the arguments of a pseudo-class: alternatives, negations and :has() require none', () => {
    expect(requiredClasses(':is(.layout-title, .layout-closing) h1')).toEqual([]);
    expect(requiredClasses('html:not(.print-pdf) .reveal')).toEqual(['reveal']);
    expect(requiredClasses(':root:not(:has(.reveal .slides section.present)) .reveal > .slides')).toEqual(['reveal', 'slides']);
    expect(requiredClasses('.tracker li:nth-child(2 of .is-long)')).toEqual(['tracker']);
  });

  test('not a dot inside an attribute value or an escaped name', () => {
    expect(requiredClasses('.chart > [data-variant=".wide"]')).toEqual(['chart']);
    expect(requiredClasses('.w-1\\.5 .b')).toEqual(['w-1.5', 'b']);
  });

  test('an unbalanced group is an error that names the selector', () => {
    expect(() => requiredClasses('.a:is(.b')).toThrow(/unbalanced "\(" in the selector "\.a:is\(\.b"/);
  });
});
