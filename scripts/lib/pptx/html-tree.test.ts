import { describe, expect, test } from 'vitest';
import { decodeEntities, findElement, type HtmlNode, hasClass, parseHtml, textOf } from './html-tree.ts';

describe('parseHtml', () => {
  test('elements, attributes, text and void elements', () => {
    const tree = parseHtml('<p class="a b" data-x=\'1\'>one<br>two<img src="x.png" alt=""/>three</p>');
    expect(tree).toEqual([
      {
        tag: 'p',
        attrs: { class: 'a b', 'data-x': '1' },
        children: [
          'one',
          { tag: 'br', attrs: {}, children: [] },
          'two',
          { tag: 'img', attrs: { src: 'x.png', alt: '' }, children: [] },
          'three',
        ],
      },
    ]);
  });

  test('nested lists keep their structure', () => {
    const [list] = parseHtml('<ul><li>a<ul><li>b</li></ul></li></ul>');
    const inner = findElement([list!], (e) => e.tag === 'ul' && e !== list);
    expect(textOf(inner!.children)).toBe('b');
  });

  test('an end tag closes the elements left open inside it', () => {
    expect(textOf(parseHtml('<div><p>a<strong>b</div>c'))).toBe('abc');
  });

  test('a stray end tag is an error', () => {
    expect(() => parseHtml('a</p>')).toThrow('unexpected </p>');
  });

  test('comments are dropped', () => {
    expect(parseHtml('a<!-- x -->b')).toEqual(['a', 'b']);
  });
});

test.each([
  ['&amp;&lt;&gt;&quot;&#39;', '&<>"\''],
  ['&#x4e00;&#19968;', '一一'],
  ['a&nbsp;b', 'a\u00a0b'],
  ['&unknown;', '&unknown;'],
])('decodeEntities(%j)', (input, output) => {
  expect(decodeEntities(input)).toBe(output);
});

test('hasClass and textOf', () => {
  const [p] = parseHtml('<p class="kicker x">会议<br>报告</p>') as [HtmlNode];
  expect(typeof p === 'object' && hasClass(p, 'kicker')).toBe(true);
  expect(textOf([p])).toBe('会议\n报告');
});
