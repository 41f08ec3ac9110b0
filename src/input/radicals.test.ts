import { describe, expect, test } from 'vitest';
import { RADICAL_SUPPLEMENT_TO_IDEOGRAPH, unifyRadicals } from './radicals.ts';

describe('radical code points become the ideographs a PDF meant', () => {
  test.each([
    ['⽂明办', '文明办', 'Kangxi 文 U+2F42'],
    ['⼯作', '工作', 'Kangxi 工 U+2F2F'],
    ['⾸都', '首都', 'Kangxi 首 U+2F78'],
    ['副部⻓', '副部长', 'supplement 长 U+2ED3'],
    ['⻢上', '马上', 'supplement 马 U+2EE2'],
    ['⻔⼾', '门户', 'supplement and Kangxi together'],
    ['⻚⾯', '页面', 'supplement 页 U+2EDA'],
    ['⺟亲', '母亲', 'one of the two supplement forms NFKC maps'],
    ['﨑', '﨑', 'a compatibility ideograph with no decomposition stays'],
    ['冬奧會', '冬奧會', 'traditional characters are not radicals'],
    ['⺀', '⺀', 'a supplement form without an ideograph of its own stays'],
    ['会议指出，（一）要：“好”；', '会议指出，（一）要：“好”；', 'full-width punctuation stays full-width'],
    ['ABC 123', 'ABC 123', 'ASCII stays'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(unifyRadicals(input)).toBe(expected);
  });

  test('compatibility ideographs with a canonical decomposition are unified', () => {
    expect(unifyRadicals('\uF900')).toBe('\u8C48');
  });

  test('every supplement entry maps a supplement code point to one unified ideograph', () => {
    for (const [radical, ideograph] of Object.entries(RADICAL_SUPPLEMENT_TO_IDEOGRAPH)) {
      expect(radical.codePointAt(0)).toBeGreaterThanOrEqual(0x2e80);
      expect(radical.codePointAt(0)).toBeLessThanOrEqual(0x2eff);
      expect([...ideograph]).toHaveLength(1);
      expect(ideograph).toMatch(/^\p{Unified_Ideograph}$/u);
    }
  });

  test('the Kangxi block maps wholly to unified ideographs', () => {
    for (let code = 0x2f00; code <= 0x2fd5; code++) expect(unifyRadicals(String.fromCodePoint(code))).toMatch(/^\p{Unified_Ideograph}$/u);
  });
});
