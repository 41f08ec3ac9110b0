import { describe, expect, test } from 'vitest';
import { LATER_STYLES_ATTRIBUTE } from '../contract/index.ts';
import { inlineBundleStyleSheets, inlineStyleSheets, laterFileName } from './inline-style-sheets.ts';

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
    expect(result.files).toEqual([{ fileName: 'assets/index-2b.css', later: '', laterFileName: 'assets/index-2b.css' }]);
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
    const laterName = laterFileName('assets/index-2b.css', '.controls{top:1}');
    expect(result.html).toContain(
      `<style>h1{top:0}</style><link rel="stylesheet" href="./${laterName}" ${LATER_STYLES_ATTRIBUTE} disabled>`,
    );
    expect(result.styles).toEqual(['h1{top:0}']);
    expect(result.files).toEqual([{ fileName: 'assets/index-2b.css', later: '.controls{top:1}', laterFileName: laterName }]);
  });

  test('the later file is named by a hash of what it holds: another page leaving other rules for later gets another name', () => {
    expect(laterFileName('assets/index-DZ8W-y4q.css', '.controls{top:1}')).toMatch(/^assets\/index-[\w-]{8}\.css$/);
    expect(laterFileName('assets/index-DZ8W-y4q.css', '.controls{top:1}')).not.toBe('assets/index-DZ8W-y4q.css');
    expect(laterFileName('assets/index-DZ8W-y4q.css', '.controls{top:1}')).toBe(
      laterFileName('assets/index-AAAAAAAA.css', '.controls{top:1}'),
    );
    expect(laterFileName('assets/index-DZ8W-y4q.css', '.controls{top:1}')).not.toBe(
      laterFileName('assets/index-DZ8W-y4q.css', '.tracker{top:1}'),
    );
    expect(laterFileName('deck.css', 'a{}')).toMatch(/^deck-[\w-]{8}\.css$/);
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

  test("from Vite's bundle, split: the CSS asset leaves the bundle, and what loads later is handed back under its new name", () => {
    const bundle = { 'assets/index-2b.css': { type: 'asset' as const, source: 'h1{margin:0}.overview{margin:1}' } };
    const result = inlineBundleStyleSheets(PAGE, bundle, (css) => ({ now: css.slice(0, 12), later: css.slice(12) }));
    const laterName = laterFileName('assets/index-2b.css', '.overview{margin:1}');
    expect(Object.keys(bundle)).toEqual([]);
    expect(result.files).toEqual([{ fileName: 'assets/index-2b.css', later: '.overview{margin:1}', laterFileName: laterName }]);
    expect(result.html).toContain(`href="./${laterName}"`);
  });
});
