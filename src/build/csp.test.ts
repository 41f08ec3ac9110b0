import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { STAGE } from '../contract/index.ts';
import { contentSecurityPolicy, cspHash, printViewStyles } from './csp.ts';

describe('the page policy', () => {
  test('hashes an inline text as CSP expects: sha256 of its UTF-8 bytes, base64', () => {
    const text = '@font-face{font-family:"Deck Sans SC"}';
    expect(cspHash(text)).toBe(`'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`);
  });

  test("allows scripts from the deck's files only, and inline styles by hash only", () => {
    const policy = contentSecurityPolicy({ inlineStyles: ['a{}'], stage: STAGE });
    expect(policy).toContain(`script-src 'self';`);
    for (const style of ['a{}', ...printViewStyles(STAGE)]) expect(policy).toContain(cspHash(style));
    expect(printViewStyles(STAGE)[0]).toBe('@page{size:1920px 1080px; margin: 0px;}');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toMatch(/style-src 'self' [^;]*;/);
    expect(policy).not.toMatch(/style-src [^;]*unsafe-inline/);
  });
});
