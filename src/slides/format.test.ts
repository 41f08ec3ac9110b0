import { describe, expect, test } from 'vitest';
import { formatSlideFile, formatSourceRef, parseSourceRef, type SlideFileContent, type SourceRef } from './format.ts';
import { parseSlideFile } from './slide-file.ts';

describe('source references', () => {
  test.each<[string, SourceRef | undefined]>([
    ['headline', { kind: 'headline' }],
    ['lead', { kind: 'lead' }],
    ['priorities', { kind: 'priorities' }],
    ['attribution', { kind: 'attribution' }],
    ['part:指出', { kind: 'part', verb: '指出' }],
    ['priority:1', { kind: 'priority', number: 1 }],
    ['priority:12', { kind: 'priority', number: 12 }],
    ['priority:0', undefined],
    ['priority:01', undefined],
    ['priority:', undefined],
    ['part:', undefined],
    ['Headline', undefined],
    ['', undefined],
  ])('%j reads as %j', (text, ref) => {
    expect(parseSourceRef(text)).toEqual(ref);
    if (ref) expect(formatSourceRef(ref)).toBe(text);
  });
});

describe('a slide file written and read back', () => {
  const cases: [string, SlideFileContent][] = [
    ['the least a slide has', { id: 'a', layout: 'bullets', markdown: '# 标题' }],
    [
      'every key, and notes',
      {
        id: 'priority-3',
        layout: 'bullets',
        kicker: '三是',
        source: { kind: 'priority', number: 3 },
        fragments: true,
        markdown: '# 更加突出\n\n- 一点\n- 两点',
        notes: '讲稿\n\n第二段',
      },
    ],
    ['a chart slide', { id: 'chart-x', layout: 'chart', chart: 'structure', markdown: '# 结构' }],
    ['a kicker over two lines and in quotes', { id: 'b', layout: 'title', kicker: '"会议\n报告"', markdown: '# 题' }],
  ];
  test.each(cases)('%s', (_name, content) => {
    const parsed = parseSlideFile(formatSlideFile(content), 'x.md');
    expect(parsed).toMatchObject({
      id: content.id,
      layout: content.layout,
      fragments: content.fragments ?? false,
      notes: content.notes?.trim() ?? '',
    });
    expect(parsed.kicker).toBe(content.kicker?.replace(/\n/g, ' '));
    expect(parsed.chart?.name).toBe(content.chart);
    expect(parsed.source?.ref).toEqual(content.source);
    expect(parsed.body.trim()).toBe(content.markdown);
  });
});
