import { describe, expect, test } from 'vitest';
import { SlideError } from './errors.ts';
import { parseSlideFile } from './slide-file.ts';

const slide = (front: string, body = '# 标题\n\n- 内容\n'): string => `---\n${front}\n---\n${body}`;

describe('a valid slide file', () => {
  test('gives its id, layout, body and notes', () => {
    const parsed = parseSlideFile(
      slide(
        'id: priority-1\nlayout: bullets\nkicker: 一是\nsource: priority:1\nfragments: true',
        '# 更加把牢根本遵循\n\n- 一点\n\nNote:\n讲稿\n',
      ),
      'slides/06.md',
    );
    expect(parsed).toMatchObject({ id: 'priority-1', layout: 'bullets', kicker: '一是', fragments: true, notes: '讲稿', bodyLine: 8 });
    expect(parsed.source).toEqual({ ref: { kind: 'priority', number: 1 }, line: 5 });
    expect(parsed.body).toContain('# 更加把牢根本遵循');
  });

  test('a chart layout names its chart', () => {
    expect(parseSlideFile(slide('id: c\nlayout: chart\nchart: priorities'), 'c.md').chart).toEqual({ name: 'priorities', line: 4 });
  });
});

describe('a malformed slide file fails with its file, line and what to do', () => {
  test.each([
    ['no front matter', '# 标题\n', 1, /must start with a front matter block/],
    ['an unclosed front matter', '---\nid: a\nlayout: bullets\n# 标题\n', 1, /never closed/],
    [
      'an unclosed front matter before content',
      '---\nid: a\nlayout: bullets\n# 标题\n\n- 内容\n',
      6,
      /never closed: add a line "---" before this line/,
    ],
    ['a line that is not key: value', slide('id: a\nlayout bullets'), 3, /is not "key: value"/],
    ['an unknown key', slide('id: a\nlayout: bullets\ncolour: red'), 4, /unknown front matter key "colour"/],
    ['a key given twice', slide('id: a\nid: b\nlayout: bullets'), 3, /given twice/],
    ['no id', slide('layout: bullets'), 1, /has no "id: …"/],
    ['a bad id', slide('id: Priority 1\nlayout: bullets'), 2, /lower-case letters, digits and dashes/],
    ['no layout', slide('id: a'), 1, /has no "layout: …"/],
    [
      'an unknown layout',
      slide('id: a\nlayout: fancy'),
      3,
      /unknown layout "fancy": use one of title, section, bullets, chart, bullets-chart, closing/,
    ],
    ['a chart layout without a chart', slide('id: a\nlayout: chart'), 3, /add "chart: <name>"/],
    ['a chart on a layout without one', slide('id: a\nlayout: bullets\nchart: x'), 4, /needs a chart layout/],
    ['fragments that are not true or false', slide('id: a\nlayout: bullets\nfragments: yes'), 4, /true or false/],
    ['an empty body', slide('id: a\nlayout: bullets', '\n\n'), 5, /has no content/],
    ['only notes', slide('id: a\nlayout: bullets', 'Note:\n讲稿\n'), 5, /has no content/],
    ['an unknown source', slide('id: a\nlayout: bullets\nsource: chapter:2'), 4, /unknown source "chapter:2": use one of headline, lead/],
    ['a priority source that is not a number', slide('id: a\nlayout: bullets\nsource: priority:one'), 4, /unknown source/],
  ])('%s', (_name, source, line, message) => {
    let error: unknown;
    try {
      parseSlideFile(source, 'slides/x.md');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SlideError);
    expect((error as SlideError).file).toBe('slides/x.md');
    expect((error as SlideError).line).toBe(line);
    expect((error as SlideError).message).toMatch(message);
    expect((error as SlideError).message.startsWith(`slides/x.md:${line}: `)).toBe(true);
  });
});
