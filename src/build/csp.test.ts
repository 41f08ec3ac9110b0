import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, cspHash, printViewStyles, readSpeakerViewInline, speakerViewInline } from './csp.ts';

describe('the page policy', () => {
  test('hashes an inline text as CSP expects: sha256 of its UTF-8 bytes, base64', () => {
    const text = '@font-face{font-family:"Deck Sans SC"}';
    expect(cspHash(text)).toBe(`'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`);
  });

  test('reads the speaker view page from a plugin source, unescaping the JS string', () => {
    const source = 'w.document.write("<html><style>\\n\\tbody{margin:0}\\n</style><script>var s = \\"<\\\\/b>\\";\\u0041()<\\/script></html>"), x();';
    expect(speakerViewInline(source)).toEqual({ styles: ['\n\tbody{margin:0}\n'], scripts: ['var s = "<\\/b>";A()'] });
    expect(() => speakerViewInline('nothing here')).toThrow(/speaker view page was not found/);
  });

  test('finds the installed reveal.js speaker view\'s inline script and style', () => {
    const inline = readSpeakerViewInline();
    expect(inline.scripts.length).toBeGreaterThan(0);
    expect(inline.styles.length).toBeGreaterThan(0);
    expect(inline.scripts.join('')).toContain('reveal-notes');
  });

  test('allows inline styles and scripts by hash only', () => {
    const policy = contentSecurityPolicy({ inlineStyles: ['a{}'], stage: { width: 1920, height: 1080 }, speakerView: { scripts: ['go()'], styles: ['b{}'] } });
    expect(policy).toContain(`script-src 'self' ${cspHash('go()')};`);
    for (const style of ['a{}', 'b{}', ...printViewStyles({ width: 1920, height: 1080 })]) expect(policy).toContain(cspHash(style));
    expect(printViewStyles({ width: 1920, height: 1080 })[0]).toBe('@page{size:1920px 1080px; margin: 0px;}');
    expect(policy).not.toContain('unsafe-eval');
  });
});
