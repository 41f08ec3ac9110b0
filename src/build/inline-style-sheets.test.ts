import { describe, expect, test } from 'vitest';
import { LATER_STYLES_ATTRIBUTE } from '../contract/index.ts';
import { inlineBundleStyleSheets, inlineStyleSheets } from './inline-style-sheets.ts';

const PAGE = [
  '<head>',
  '<link rel="icon" href="./assets/favicon.svg" type="image/svg+xml">',
  '<link rel="preload" href="./assets/fonts/a.woff2" as="font" type="font/woff2" crossorigin>',
  '<script type="module" crossorigin src="./assets/index-1a.js"></script>',
  '<link rel="stylesheet" crossorigin href="./assets/index-2b.css">',
  '</head>',
].join('\n');

describe("the page's own style sheets written into it", () => {
  test('a stylesheet link to a file of the build becomes a <style> with its text, in the same place', () => {
    const result = inlineStyleSheets(PAGE, (file) => (file === 'assets/index-2b.css' ? '.reveal{color:red}' : undefined));
    expect(result.html).toBe(
      PAGE.replace('<link rel="stylesheet" crossorigin href="./assets/index-2b.css">', '<style>.reveal{color:red}</style>'),
    );
    expect(result.styles).toEqual(['.reveal{color:red}']);
    expect(result.files).toEqual([{ fileName: 'assets/index-2b.css', later: '' }]);
  });

  test('the icon, preloads, scripts, unknown files and sheets for other media stay as they are', () => {
    const page = `${PAGE}\n<link rel="stylesheet" href="./assets/print.css" media="print">\n<link rel="stylesheet" href="https://example.org/a.css">`;
    const result = inlineStyleSheets(page, (file) => (file.endsWith('.css') && file !== 'assets/index-2b.css' ? 'p{}' : undefined));
    expect(result.html).toBe(page);
    expect(result.styles).toEqual([]);
  });

  test("split: the first paint's part goes into the page, the rest stays in the file, linked after it and disabled", () => {
    const split = (css: string) => ({ now: css.slice(0, 9), later: css.slice(9) });
    const result = inlineStyleSheets(PAGE, () => 'h1{top:0}.controls{top:1}', split);
    expect(result.html).toContain(
      `<style>h1{top:0}</style><link rel="stylesheet" href="./assets/index-2b.css" ${LATER_STYLES_ATTRIBUTE} disabled>`,
    );
    expect(result.styles).toEqual(['h1{top:0}']);
    expect(result.files).toEqual([{ fileName: 'assets/index-2b.css', later: '.controls{top:1}' }]);
  });

  test('a sheet whose text would end the <style> early is refused, naming it', () => {
    expect(() => inlineStyleSheets(PAGE, () => 'a::after{content:"</style>"}')).toThrow('assets/index-2b.css contains "</style"');
  });

  test("from Vite's bundle: CSS assets are written in and taken out of the bundle; chunks and other assets stay", () => {
    const bundle = {
      'assets/index-2b.css': { type: 'asset' as const, source: 'h1{margin:0}' },
      'assets/index-1a.js': { type: 'chunk' as const },
      'assets/favicon.svg': { type: 'asset' as const, source: '<svg/>' },
    };
    const result = inlineBundleStyleSheets(PAGE, bundle);
    expect(result.html).toContain('<style>h1{margin:0}</style>');
    expect(result.html).not.toContain('index-2b.css');
    expect(Object.keys(bundle)).toEqual(['assets/index-1a.js', 'assets/favicon.svg']);
  });

  test("from Vite's bundle, split: the CSS asset keeps only what loads later", () => {
    const bundle = { 'assets/index-2b.css': { type: 'asset' as const, source: 'h1{margin:0}.overview{margin:1}' } };
    inlineBundleStyleSheets(PAGE, bundle, (css) => ({ now: css.slice(0, 12), later: css.slice(12) }));
    expect(bundle['assets/index-2b.css'].source).toBe('.overview{margin:1}');
  });
});
