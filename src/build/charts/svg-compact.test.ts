import { expect, test } from 'vitest';
import { compactChartSvg } from './svg-compact.ts';

test('a text is placed by x and y, sized by attribute, its family and baseline left to the page', () => {
  const ssr =
    '<text dominant-baseline="central" text-anchor="end" style="font-size:26px;font-family:Deck Sans SC;" y="-13.25" transform="translate(369 93.7512)" fill="#9e1b17">市级单位</text>';
  expect(compactChartSvg(ssr)).toBe('<text text-anchor="end" font-size="26" x="369" y="80.5" fill="#9e1b17">市级单位</text>');
});

test('a dot becomes a circle, keeping its title; runs of lines of one stroke become one path', () => {
  const ssr =
    '<path d="M1 0A1 1 0 1 1 1 -0.1A1 1 0 0 1 1 0" transform="matrix(7,0,0,7,145.125,379)" fill="#1c1b1a"><title>参会单位</title></path>' +
    '<path d="M145 379L173 379" fill="none" stroke="#55504a" stroke-width="2"></path><path d="M173 136L173 346" fill="none" stroke="#55504a" stroke-width="2"></path>' +
    '<path d="M173 136L386 136" fill="none" stroke="#9e1b17" stroke-width="2"></path>';
  expect(compactChartSvg(ssr)).toBe(
    '<circle cx="145.1" cy="379" r="7" fill="#1c1b1a"><title>参会单位</title></circle>' +
      '<path d="M145 379L173 379M173 136L173 346" fill="none" stroke="#55504a" stroke-width="2"></path>' +
      '<path d="M173 136L386 136" fill="none" stroke="#9e1b17" stroke-width="2"></path>',
  );
});
