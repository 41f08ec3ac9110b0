import { describe, expect, test } from 'vitest';
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
    expect(result.fileNames).toEqual(['assets/index-2b.css']);
  });

  test('the icon, preloads, scripts, unknown files and sheets for other media stay as they are', () => {
    const page = `${PAGE}\n<link rel="stylesheet" href="./assets/print.css" media="print">\n<link rel="stylesheet" href="https://example.org/a.css">`;
    const result = inlineStyleSheets(page, (file) => (file.endsWith('.css') && file !== 'assets/index-2b.css' ? 'p{}' : undefined));
    expect(result.html).toBe(page);
    expect(result.styles).toEqual([]);
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
});
