import { describe, expect, test } from 'vitest';
import { htmlToText, inspectMarkdown, type MarkdownFacts } from './markdown.ts';

/** The facts of one kind, as `value@line`. */
const found = (facts: MarkdownFacts, kind: keyof MarkdownFacts): string[] => facts[kind].map((f) => `${f.value}@${f.line}`);

describe('what the build checks in a slide', () => {
  test.each<[string, string, keyof MarkdownFacts, string[]]>([
    ['headings, with their lines', '# 一\n\n## 二\n', 'headings', ['一@10', '二@12']],
    ['list items are quotes', '# 题\n\n- 甲乙丙\n- 丁戊己\n', 'quotes', ['甲乙丙@12', '丁戊己@13']],
    ['a leading bold label is not part of the quote', '- **时间**：2月1日下午\n', 'quotes', ['2月1日下午@10']],
    ['a nested item is its own quote', '- 外层\n  - 内层\n', 'quotes', ['外层@10', '内层@11']],
    ['a block quote is a quote', '> 引文一句\n', 'quotes', ['引文一句@10']],
    ['numbered items too', '1. 第一项\n2. 第二项\n', 'quotes', ['第一项@10', '第二项@11']],
    ['raw HTML, inline or block', '# 题\n\n<div>x</div>\n\n正文<b>粗</b>\n', 'rawHtml', ['<div>x</div>@12', '<b>@14', '</b>@14']],
    ['images', '![图](assets/a.png)\n', 'images', ['assets/a.png@10']],
    [
      'links of every kind',
      '[甲](https://a.cn) <mailto:x@y.cn> [乙][r]\n\n[r]: javascript:alert(1)\n',
      'links',
      ['https://a.cn@10', 'mailto:x@y.cn@10', 'javascript:alert(1)@10'],
    ],
  ])('%s', (_name, markdown, kind, expected) => {
    expect(found(inspectMarkdown(markdown, 10), kind)).toEqual(expected);
  });

  test('a paragraph is not a quote (headings and paragraphs are editorial)', () => {
    expect(inspectMarkdown('# 题\n\n一段说明文字。\n', 1).quotes).toEqual([]);
  });
});

test.each([
  ['<p>甲&amp;乙</p>', '甲&乙'],
  ['<li><strong>时间</strong>：下午</li>', '时间：下午'],
  ['&lt;b&gt; &quot;x&quot; &#39;y&#39;', '<b> "x" \'y\''],
])('htmlToText(%j) is %j', (html, text) => {
  expect(htmlToText(html)).toBe(text);
});
