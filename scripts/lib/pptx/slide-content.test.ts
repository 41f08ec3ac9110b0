import { describe, expect, test } from 'vitest';
import { readNotes, readSlideContent, UnsupportedContentError } from './slide-content.ts';

/** A section as the deck renders it, with this header and body. */
const section = (head: string, body: string, extra = ''): string =>
  `<section id="s" class="layout-bullets"><div class="slide-frame"><header class="slide-head">${head}</header><div class="slide-body">${body}</div>${extra}</div></section>`;

describe('readSlideContent', () => {
  test('kicker, heading and a list with strong labels', () => {
    const content = readSlideContent(
      section('<p class="kicker">会议概况</p><h2>谁召开</h2>', '<ul>\n<li><strong>时间</strong>：2月1日下午</li>\n<li>其他</li>\n</ul>\n'),
    );
    expect(content).toEqual({
      kicker: '会议概况',
      heading: '谁召开',
      blocks: [
        {
          kind: 'bullet',
          level: 0,
          runs: [
            { text: '时间', strong: true },
            { text: '：2月1日下午', strong: false },
          ],
        },
        { kind: 'bullet', level: 0, runs: [{ text: '其他', strong: false }] },
      ],
      tracker: [],
    });
  });

  test.each([
    ['<p>一段话</p>', [{ kind: 'paragraph', level: 0, runs: [{ text: '一段话', strong: false }] }]],
    [
      '<ol start="3"><li>三</li><li>四</li></ol>',
      [
        { kind: 'number', level: 0, number: 3, runs: [{ text: '三', strong: false }] },
        { kind: 'number', level: 0, number: 4, runs: [{ text: '四', strong: false }] },
      ],
    ],
    [
      '<ul><li>外<ul><li>内</li></ul></li></ul>',
      [
        { kind: 'bullet', level: 0, runs: [{ text: '外', strong: false }] },
        { kind: 'bullet', level: 1, runs: [{ text: '内', strong: false }] },
      ],
    ],
    ['<ul><li><p>松散</p></li></ul>', [{ kind: 'bullet', level: 0, runs: [{ text: '松散', strong: false }] }]],
    [
      '<blockquote>\n<p>引文一</p>\n<p>引文二</p>\n</blockquote>',
      [
        { kind: 'quote', level: 0, runs: [{ text: '引文一', strong: false }] },
        { kind: 'quote', level: 0, runs: [{ text: '引文二', strong: false }] },
      ],
    ],
    ['<h3>小标题</h3>', [{ kind: 'heading', level: 0, runs: [{ text: '小标题', strong: true }] }]],
    [
      '<p>链接<a href="https://example.org">这里</a>，<em>强调</em></p>',
      [{ kind: 'paragraph', level: 0, runs: [{ text: '链接这里，强调', strong: false }] }],
    ],
    ['<p>甲&amp;乙 &lt;丙&gt;</p>', [{ kind: 'paragraph', level: 0, runs: [{ text: '甲&乙 <丙>', strong: false }] }]],
    ['<hr>', []],
  ])('%s', (body, blocks) => {
    expect(readSlideContent(section('<h2>标题</h2>', body)).blocks).toEqual(blocks);
  });

  test('the chart and the tracker', () => {
    const tracker =
      '<nav class="tracker"><ol><li class="is-done"><a href="#/priority-1"><span class="tracker-num">一</span><span class="tracker-label">根本遵循</span></a></li>' +
      '<li class="is-current is-long"><a href="#/priority-2" aria-current="step"><span class="tracker-num">二</span><span class="tracker-label">基本职责</span></a></li>' +
      '<li class="is-next"><span><span class="tracker-num">三</span><span class="tracker-label">根本任务</span></span></li></ol></nav>';
    const content = readSlideContent(
      section('<h2>标题</h2>', '', `<figure class="chart-figure"><div class="chart" data-chart="assessment"></div></figure>${tracker}`),
    );
    expect(content.chart).toBe('assessment');
    expect(content.tracker).toEqual([
      { state: 'done', marker: '一', label: '根本遵循', target: 'priority-1' },
      { state: 'current', marker: '二', label: '基本职责', target: 'priority-2' },
      { state: 'next', marker: '三', label: '根本任务' },
    ]);
  });

  test('an image is content the export cannot carry', () => {
    expect(() => readSlideContent(section('<h2>标题</h2>', '<p><img src="assets/a.png" alt=""></p>'))).toThrow(UnsupportedContentError);
  });
});

test('readNotes: paragraphs, list items, and a source label on its own line', () => {
  const notes =
    '<p>开场：说明主题。</p>\n<ul><li>一</li><li>二</li></ul>' +
    '<p class="notes-source"><span class="notes-label">原文 · 标题（第1–1行）</span>2021年度会议召开</p>';
  expect(readNotes(notes)).toEqual(['开场：说明主题。', '• 一', '• 二', '原文 · 标题（第1–1行）', '2021年度会议召开']);
  expect(readNotes('')).toEqual([]);
});
