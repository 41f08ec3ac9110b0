import { expect, test } from 'vitest';
import { declaredCharset } from './charset.ts';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

test.each([
  ['<html><head><meta charset="gb2312"><title>t</title>', 'gbk'],
  ['<meta charset=GBK>', 'gbk'],
  ['<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">', 'gbk'],
  ["<meta http-equiv='content-type' content='text/html;charset=GB18030'>", 'gb18030'],
  ['<meta charset="utf-8">', 'utf-8'],
  ['<?xml version="1.0" encoding="GBK"?><html>', 'gbk'],
  ['<meta name="description" content="会议"><meta charset="big5">', 'big5'],
  ['<html><head><title>no declaration</title>', undefined],
  ['<meta charset="no-such-encoding">', undefined],
])('%s → %s', (head, expected) => {
  expect(declaredCharset(ascii(head))).toBe(expected);
});

test('a declaration after the first kilobytes is not looked for', () => {
  expect(declaredCharset(ascii(`<!-- ${'x'.repeat(5000)} --><meta charset="gbk">`))).toBeUndefined();
});
