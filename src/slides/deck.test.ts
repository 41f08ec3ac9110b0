import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../test/support/build.ts';
import { OUR_SLIDES_DIR, SPEECH, SPEECH_SOURCE } from '../../test/support/speech.ts';
import { loadDeck } from '../build/load-deck.ts';
import type { ChartDefinition } from '../charts/types.ts';
import { buildDeck, type DeckInput } from './deck.ts';
import { SlideError } from './errors.ts';
import { fidelityKey } from './fidelity.ts';
import { htmlToText } from './markdown.ts';

const deck = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT);

describe('our deck', () => {
  test('has one slide per slide file, in file-name order', () => {
    const files = readdirSync(OUR_SLIDES_DIR)
      .filter((f) => f.endsWith('.md'))
      .sort();
    expect(deck.slides.map((s) => s.file)).toEqual(files.map((f) => `slides/${f}`));
  });

  test('has one slide for each priority of the speech, each with the tracker', () => {
    const prioritySlides = deck.slides.filter((s) => s.priority !== undefined);
    expect(prioritySlides.map((s) => s.priority)).toEqual(SPEECH.priorities.map((p) => p.number));
    for (const slide of prioritySlides) {
      expect(slide.html).toContain('class="tracker"');
      expect(slide.html).toContain(`aria-current="step"`);
    }
  });

  test('every list item and quote on every slide stands in the speech (punctuation ignored)', () => {
    const speechKey = fidelityKey(SPEECH.text);
    const quoted = [...deck.html.matchAll(/<(li|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/g)]
      .filter(([, , inner]) => !inner!.includes('tracker-num'))
      .map(([, , inner]) => htmlToText(inner!.replace(/^\s*(<p>)?<strong>[^<]*<\/strong>\s*[：:]/, '')).trim());
    expect(quoted.length).toBeGreaterThan(30);
    for (const quote of quoted) expect(speechKey, quote).toContain(fidelityKey(quote));
  });

  test("speaker notes carry the speech text of the slide's part", () => {
    const priority5 = deck.slides.find((s) => s.priority === 5)!;
    expect(htmlToText(priority5.notes)).toContain(SPEECH.priorities[4]!.body.text);
    expect(priority5.html).not.toContain('class="notes"');
  });

  test('the title slide has the only h1', () => {
    expect(deck.html.match(/<h1>/g)).toHaveLength(1);
    expect(deck.slides[0]!.html).toContain('<h1>');
  });
});

describe('bad slides fail the build with file, line and what to do', () => {
  const chart: ChartDefinition = {
    description: 'a test chart',
    build: () => {
      throw new Error('the speech names no units');
    },
  };
  const input = (slides: Record<string, string>, overrides: Partial<DeckInput> = {}): DeckInput => ({
    speech: { file: 'slides/speech.txt', source: SPEECH_SOURCE },
    slides: Object.entries(slides).map(([file, source]) => ({ file, source })),
    charts: { broken: chart },
    assetExists: (href) => href === 'ok.png',
    ...overrides,
  });
  const good = '---\nid: a\nlayout: bullets\n---\n# 标题\n\n- 更加把牢根本遵循\n';

  test.each([
    ['a duplicate id', { 'a.md': good, 'b.md': good }, 'b.md', 2, /id "a" is already used by a\.md/],
    [
      'a bullet not in the speech',
      { 'a.md': '---\nid: a\nlayout: bullets\n---\n# 标题\n\n- 更加把牢根本遵循\n- 全面提升城市品位\n' },
      'a.md',
      8,
      /"全面提升城市品位" is not in the speech/,
    ],
    [
      'a quote not in the speech',
      { 'a.md': '---\nid: a\nlayout: bullets\n---\n# 标题\n\n> 全面提升城市品位\n' },
      'a.md',
      7,
      /is not in the speech/,
    ],
    [
      'raw HTML',
      { 'a.md': '---\nid: a\nlayout: bullets\n---\n# 标题\n\n<script>alert(1)</script>\n' },
      'a.md',
      7,
      /raw HTML is not allowed/,
    ],
    [
      'a missing image',
      { 'a.md': '---\nid: a\nlayout: bullets\n---\n# 标题\n\n![图](missing.png)\n' },
      'a.md',
      7,
      /image "missing\.png" does not exist/,
    ],
    ['no heading first', { 'a.md': '---\nid: a\nlayout: bullets\n---\n- 更加把牢根本遵循\n' }, 'a.md', 5, /starts with its heading/],
    [
      'an unknown chart',
      { 'a.md': '---\nid: a\nlayout: chart\nchart: pie\n---\n# 标题\n' },
      'a.md',
      4,
      /unknown chart "pie": use one of broken \(a test chart\)/,
    ],
    [
      'a chart that cannot be computed',
      { 'a.md': '---\nid: a\nlayout: chart\nchart: broken\n---\n# 标题\n' },
      'a.md',
      4,
      /chart "broken" cannot be computed from the speech: the speech names no units/,
    ],
    [
      'an unknown source',
      { 'a.md': '---\nid: a\nlayout: bullets\nsource: priority:8\n---\n# 标题\n' },
      'a.md',
      4,
      /priorities 1 to 7, not 8/,
    ],
    [
      'a part the speech lacks',
      { 'a.md': '---\nid: a\nlayout: bullets\nsource: part:强调\n---\n# 标题\n' },
      'a.md',
      4,
      /no part "会议强调"; it has: part:认为, part:指出/,
    ],
  ])('%s', (_name, slides, file, line, message) => {
    let error: unknown;
    try {
      buildDeck(input(slides));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SlideError);
    expect(error).toMatchObject({ file, line });
    expect((error as Error).message).toMatch(message);
  });

  const body = (markdown: string): Record<string, string> => ({ 'a.md': `---\nid: a\nlayout: bullets\n---\n# 标题\n\n${markdown}` });
  test.each([
    ['a javascript: link', '[点此](javascript:alert(1))\n', 7, /link target "javascript:alert\(1\)" is not allowed: link to https:/],
    [
      'a javascript: link in mixed case and spaces',
      '[点此]( JaVaScRiPt:alert(1))\n',
      7,
      /link target "JaVaScRiPt:alert\(1\)" is not allowed/,
    ],
    ['an entity-encoded javascript: link', '[点此](&#106;avascript:alert(1))\n', 7, /is not allowed/],
    ['a javascript: reference link', '[点此][r]\n\n[r]: javascript:alert(1)\n', 7, /link target "javascript:alert\(1\)" is not allowed/],
    ['a javascript: autolink', '<javascript:alert(1)>\n', 7, /link target "javascript:alert\(1\)" is not allowed/],
    ['a data: link', '[点此](data:text/html,<script>alert(1)</script>)\n', 7, /link target "data:text\/html/],
    [
      'inline <img onerror>',
      '见 <img src=x onerror=alert(1)> 图\n',
      7,
      /raw HTML is not allowed in a slide \("<img src=x onerror=alert\(1\)>"\)/,
    ],
    ['HTML inside a list item', '- 更加把牢根本遵循 <b onclick="alert(1)">x</b>\n', 7, /raw HTML is not allowed in a slide \("<b onclick/],
    ['an HTML block inside a list item', '- 更加把牢根本遵循\n\n  <div onmouseover="alert(1)">x</div>\n', 9, /raw HTML is not allowed/],
    ['an SVG with onload in an image', '![图](data:image/svg+xml,<svg onload=alert(1)>)\n', 7, /raw HTML is not allowed/],
    ['raw HTML in the speaker notes', '- 更加把牢根本遵循\n\nNote:\n提示\n\n<script>alert(1)</script>\n', 12, /raw HTML is not allowed/],
    [
      'a javascript: link in the speaker notes',
      'Note:\n\n[点此](javascript:alert(1))\n',
      9,
      /link target "javascript:alert\(1\)" is not allowed/,
    ],
  ])('markdown cannot inject script: %s', (_name, markdown, line, message) => {
    let error: unknown;
    try {
      buildDeck(input(body(markdown)));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SlideError);
    expect(error).toMatchObject({ file: 'a.md', line });
    expect((error as Error).message).toMatch(message);
  });

  test('web, mail and slide links and a web autolink pass, escaped code stays text', () => {
    const built = buildDeck(
      input(body('[网页](https://example.org/a) [邮件](mailto:a@example.org) [一是](#/priority-1) <https://example.org> `<script>`\n')),
    );
    expect(built.slides[0]!.html).toContain('<a href="https://example.org">https://example.org</a>');
    expect(built.slides[0]!.html).toContain('<code>&lt;script&gt;</code>');
    expect(built.slides[0]!.html).not.toMatch(/<script|javascript:|onerror|onclick/i);
  });

  test('a speech that no longer marks a priority a slide presents fails on that slide', () => {
    const seventh = '---\nid: p7\nlayout: bullets\nsource: priority:7\n---\n# 标题\n';
    expect(() =>
      buildDeck(input({ 'p7.md': seventh }, { speech: { file: 'slides/speech.txt', source: SPEECH_SOURCE.replace('七是', '另外') } })),
    ).toThrow(/^p7\.md:4: the speech has priorities 1 to 6, not 7/);
  });

  test('an empty speech fails on the speech file', () => {
    expect(() => buildDeck(input({ 'a.md': good }, { speech: { file: 'slides/speech.txt', source: '\n' } }))).toThrow(
      /^slides\/speech\.txt: the speech is empty/,
    );
  });

  test('an image that exists and a labelled bullet pass', () => {
    const built = buildDeck(input({ 'a.md': '---\nid: a\nlayout: bullets\n---\n# 标题\n\n![图](ok.png)\n\n- **时间**：2月1日下午\n' }));
    expect(built.slides[0]!.html).toContain('<strong>时间</strong>');
  });
});
