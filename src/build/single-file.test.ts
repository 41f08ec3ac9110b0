import { expect, test } from 'vitest';
import { dataUrl, inlineFontCss, inlinePageAssets } from './single-file.ts';

test('dataUrl types the file by its extension', () => {
  expect(dataUrl('a.svg', '<svg/>')).toBe(`data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}`);
  expect(dataUrl('a.bin', new Uint8Array([1]))).toBe('data:application/octet-stream;base64,AQ==');
});

test('inlineFontCss replaces each font file by a data URL', () => {
  const css = inlineFontCss({
    css: "src:url(./assets/fonts/a.woff2) format('woff2')",
    files: [{ fileName: 'assets/fonts/a.woff2', source: new Uint8Array([0, 1]), group: { weight: 400, firstSlide: 1, characters: 'a' } }],
  });
  expect(css).toBe("src:url(data:font/woff2;base64,AAE=) format('woff2')");
});

test('inlineFontCss leaves the files it is told to keep as files', () => {
  const group = (firstSlide: number) => ({ weight: 400 as const, firstSlide, characters: 'a' });
  const fonts = {
    css: 'src:url(./a.woff2);src:url(./b.woff2)',
    files: [
      { fileName: 'a.woff2', source: new Uint8Array([0, 1]), group: group(1) },
      { fileName: 'b.woff2', source: new Uint8Array([2]), group: group(2) },
    ],
  };
  expect(inlineFontCss(fonts, (file) => file.group.firstSlide === 1)).toBe('src:url(data:font/woff2;base64,AAE=);src:url(./b.woff2)');
});

test('inlinePageAssets inlines only the assets the page refers to', () => {
  const assets = new Map<string, string>([
    ['favicon-1.svg', '<svg/>'],
    ['unused.png', 'x'],
  ]);
  const { html, inlined } = inlinePageAssets('<link rel="icon" href="./favicon-1.svg">', assets);
  expect(inlined).toEqual(['favicon-1.svg']);
  expect(html).toBe(`<link rel="icon" href="${dataUrl('favicon-1.svg', '<svg/>')}">`);
});
