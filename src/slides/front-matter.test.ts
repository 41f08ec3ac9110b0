import { describe, expect, test } from 'vitest';
import { SlideError } from './errors.ts';
import { parseFrontMatter } from './front-matter.ts';

describe('reading a front matter', () => {
  test.each<[string, string, Record<string, [string, number]>, number]>([
    ['two entries', '---\nid: a\nlayout: bullets\n---\n# 题', { id: ['a', 2], layout: ['bullets', 3] }, 5],
    ['a byte-order mark and Windows line ends', '\uFEFF---\r\nid: a\r\n---\r\n# 题', { id: ['a', 2] }, 4],
    ['quoted values lose their quotes', '---\nkicker: "一是"\nid: \'a\'\n---\n', { kicker: ['一是', 2], id: ['a', 3] }, 5],
    ['blank and comment lines are skipped', '---\n\n# a comment\nid: a\n---\n', { id: ['a', 4] }, 6],
    ['spaces around a value are trimmed', '---\nid:    a   \n---\n', { id: ['a', 2] }, 4],
    ['an empty front matter', '---\n---\n# 题', {}, 3],
  ])('%s', (_name, source, entries, bodyLine) => {
    const front = parseFrontMatter(source, 'x.md');
    expect(Object.fromEntries([...front.entries].map(([key, { value, line }]) => [key, [value, line]]))).toEqual(entries);
    expect(front.bodyLine).toBe(bodyLine);
  });

  test('the body is everything after the closing fence', () => {
    expect(parseFrontMatter('---\nid: a\n---\n# 题\n\n- 一\n', 'x.md').body).toBe('# 题\n\n- 一\n');
  });
});

describe('a broken front matter names its line', () => {
  test.each<[string, string, number, RegExp]>([
    ['no opening fence', 'id: a\n---\n', 1, /must start with a front matter block/],
    ['no closing fence at all', '---\nid: a\n', 1, /never closed/],
    ['content where the closing fence should be', '---\nid: a\n# 题\n', 1, /never closed/],
    ['a line that is not key: value', '---\nid a\n---\n', 2, /is not "key: value"/],
    ['an upper-case key', '---\nID: a\n---\n', 2, /is not "key: value"/],
    ['a key twice', '---\nid: a\nid: b\n---\n', 3, /given twice \(first on line 2\)/],
  ])('%s', (_name, source, line, message) => {
    const error = (() => {
      try {
        parseFrontMatter(source, 'x.md');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(SlideError);
    expect((error as SlideError).line).toBe(line);
    expect((error as SlideError).reason).toMatch(message);
  });
});
