/**
 * Decks broken one way each, with the error the build must give: the file, the line and what to
 * do. The chart names `test-*` are fakes the build-errors test mocks in beside the real charts.
 */
import { readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editDeckFile as edit, idOf as ids, lineOf, readDeckFile as read } from './deck-copy.ts';

export interface BrokenDeck {
  /** What is broken. */
  readonly name: string;
  /** Breaks the deck folder; returns the file the error must name (in the folder) and its line, if it has one. */
  readonly breakDeck: (dir: string) => { readonly file: string; readonly line?: number };
  /** What the message must say, including what to do. */
  readonly message: RegExp;
}

export const BROKEN: readonly BrokenDeck[] = [
  {
    name: 'a front matter that is never closed',
    breakDeck: (dir) => {
      edit(dir, '03-review.md', /\n---\n/, '\n\n');
      const firstItem = /^- .+$/m.exec(read(dir, '03-review.md'))![0];
      return { file: '03-review.md', line: lineOf(dir, '03-review.md', firstItem) };
    },
    message: /front matter block is never closed: add a line "---"/,
  },
  {
    name: 'a front matter line that is not key: value',
    breakDeck: (dir) => {
      edit(dir, '04-context.md', 'layout: ', 'layout = ');
      return { file: '04-context.md', line: lineOf(dir, '04-context.md', 'layout = ') };
    },
    message: /front matter line "layout = .*" is not "key: value"/,
  },
  {
    name: 'a duplicate slide id',
    breakDeck: (dir) => {
      edit(dir, '07-priority-2.md', /^id: .+$/m, `id: ${ids(dir, '06-priority-1.md')}`);
      return { file: '07-priority-2.md', line: lineOf(dir, '07-priority-2.md', 'id: ') };
    },
    message: /id "priority-1" is already used by .*06-priority-1\.md: every slide needs its own id/,
  },
  {
    name: 'an unknown layout',
    breakDeck: (dir) => {
      edit(dir, '04-context.md', /^layout: .+$/m, 'layout: two-columns');
      return { file: '04-context.md', line: lineOf(dir, '04-context.md', 'layout: ') };
    },
    message: /unknown layout "two-columns": use one of title, section, bullets, chart, bullets-chart, closing/,
  },
  {
    name: 'an unknown chart name',
    breakDeck: (dir) => {
      edit(dir, '03-review.md', /^layout: .+$/m, 'layout: bullets-chart\nchart: pie');
      return { file: '03-review.md', line: lineOf(dir, '03-review.md', 'chart: pie') };
    },
    message: /unknown chart "pie": use one of .*test-formatter \(a test chart\)/,
  },
  ...(
    [
      ['test-formatter', /option\.series\[0\]\.label\.formatter is a function: .*compute the value at build time/],
      ['test-no-series', /option\.series is missing or empty: a chart needs at least one series/],
      ['test-bold', /option\.series\[0\]\.label\.fontWeight is "bold": .*set fontWeight to 'normal'/],
    ] as const
  ).map(
    ([chart, problem]): BrokenDeck => ({
      name: `chart options that do not validate (${chart})`,
      breakDeck: (dir) => {
        edit(dir, '03-review.md', /^layout: .+$/m, `layout: bullets-chart\nchart: ${chart}`);
        return { file: '03-review.md', line: lineOf(dir, '03-review.md', `chart: ${chart}`) };
      },
      message: new RegExp(`chart "${chart}" gives an option that cannot be drawn: ${problem.source}`),
    }),
  ),
  {
    name: 'a chart the speech cannot feed',
    breakDeck: (dir) => {
      edit(dir, '03-review.md', /^layout: .+$/m, 'layout: chart\nchart: test-throws');
      return { file: '03-review.md', line: lineOf(dir, '03-review.md', 'chart: test-throws') };
    },
    message: /chart "test-throws" cannot be computed from the speech: the speech names no attending units/,
  },
  {
    name: 'a chart whose labels run into each other',
    breakDeck: (dir) => {
      edit(dir, '03-review.md', /^layout: .+$/m, 'layout: chart\nchart: test-crowded');
      return { file: '03-review.md', line: lineOf(dir, '03-review.md', 'chart: test-crowded') };
    },
    message:
      /chart "test-crowded" does not read on the wide stage \(\d+×\d+ px\): label "会议认为" overlaps the label "会议指出".*change its layout in src\/charts\//,
  },
  {
    name: 'a chart left too little room by the text above it',
    breakDeck: (dir) => {
      const paragraph = '这一段文字很长，占去了图表的位置。'.repeat(12);
      edit(dir, '05-priorities.md', /^(横条长短.+)$/m, `$1\n\n${paragraph}\n\n${paragraph}\n\n${paragraph}`);
      return { file: '05-priorities.md', line: lineOf(dir, '05-priorities.md', 'chart: priorities') };
    },
    message:
      /chart "priorities" cannot be drawn on the wide stage: \d+ bars cannot be legible in a 1680×-?\d+ box: give the chart a slide of its own/,
  },
  {
    name: 'an empty slide',
    breakDeck: (dir) => {
      writeFileSync(join(dir, '14-empty.md'), '---\nid: empty\nlayout: bullets\n---\n\n');
      return { file: '14-empty.md', line: 5 };
    },
    message: /the slide has no content: write at least a heading/,
  },
  {
    name: 'a bullet that is not in the speech',
    breakDeck: (dir) => {
      edit(dir, '06-priority-1.md', /^(- .+)$/m, '$1\n- 全面提升城市文明程度和市民素质');
      return { file: '06-priority-1.md', line: lineOf(dir, '06-priority-1.md', '全面提升城市文明程度和市民素质') };
    },
    message: /"全面提升城市文明程度和市民素质" is not in the speech: .*copy the excerpt from the speech/,
  },
  {
    name: 'a missing speech file',
    breakDeck: (dir) => {
      unlinkSync(join(dir, 'speech.txt'));
      return { file: 'speech.txt' };
    },
    message: /the speech file is missing: put the report's text in/,
  },
  {
    name: 'an empty speech file',
    breakDeck: (dir) => {
      writeFileSync(join(dir, 'speech.txt'), '\n');
      return { file: 'speech.txt' };
    },
    message: /the speech is empty: put the report's text in the speech file/,
  },
  {
    name: 'a speech that no longer marks the seventh priority, which a slide presents',
    breakDeck: (dir) => {
      edit(dir, 'speech.txt', '七是', '另外');
      return { file: '12-priority-7.md', line: lineOf(dir, '12-priority-7.md', 'source: ') };
    },
    message: /the speech has priorities 1 to 6, not 7/,
  },
  {
    name: 'a speech that is not UTF-8',
    breakDeck: (dir) => {
      writeFileSync(join(dir, 'speech.txt'), Buffer.concat([Buffer.from('标题\n正文\n'), Buffer.from([0xd5, 0xfd, 0xce, 0xc4])]));
      return { file: 'speech.txt', line: 3 };
    },
    message: /not UTF-8 text: save it as UTF-8/,
  },
  {
    name: 'a file in slides/ that is not a slide',
    breakDeck: (dir) => {
      writeFileSync(join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      return { file: 'photo.png' };
    },
    message: /"photo\.png" is not a slide: the slides folder holds speech\.txt and \*\.md slide files only \(images go in assets\/\)/,
  },
  {
    name: 'a folder without slide files',
    breakDeck: (dir) => {
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.md'))) rmSync(join(dir, file), { force: true });
      return { file: 'speech.txt' };
    },
    message: /there are no slide files \(\*\.md\) next to the speech: add one per slide/,
  },
  {
    name: 'raw HTML with a <script> in a slide',
    breakDeck: (dir) => {
      edit(dir, '08-priority-3.md', /^(- .+)$/m, '$1\n\n<script>alert(document.cookie)</script>');
      return { file: '08-priority-3.md', line: lineOf(dir, '08-priority-3.md', '<script>') };
    },
    message: /raw HTML is not allowed in a slide \("<script>alert\(document\.cookie\)<\/script>"\): write markdown/,
  },
  {
    name: 'a javascript: link in a slide',
    breakDeck: (dir) => {
      edit(dir, '02-meeting.md', /^(# .+)$/m, '$1\n\n[详见](javascript:alert(1))');
      return { file: '02-meeting.md', line: lineOf(dir, '02-meeting.md', 'javascript:') };
    },
    message: /link target "javascript:alert\(1\)" is not allowed: link to https:\/\/…/,
  },
  {
    name: 'an image reference to a missing asset',
    breakDeck: (dir) => {
      edit(dir, '13-closing.md', /^(# .+)$/m, '$1\n\n![会场](../assets/meeting-hall.jpg)');
      return { file: '13-closing.md', line: lineOf(dir, '13-closing.md', 'meeting-hall.jpg') };
    },
    message: /image "\.\.\/assets\/meeting-hall\.jpg" does not exist: put the file in assets\/ and refer to it relative to the slide/,
  },
  {
    name: 'an unknown front matter key',
    breakDeck: (dir) => {
      edit(dir, '09-priority-4.md', /^(layout: .+)$/m, '$1\ntheme: dark');
      return { file: '09-priority-4.md', line: lineOf(dir, '09-priority-4.md', 'theme: dark') };
    },
    message: /unknown front matter key "theme"; the keys are: id \(/,
  },
  {
    name: 'a source the speech does not have',
    breakDeck: (dir) => {
      edit(dir, '12-priority-7.md', /^source: .+$/m, 'source: priority:8');
      return { file: '12-priority-7.md', line: lineOf(dir, '12-priority-7.md', 'source: ') };
    },
    message: /priorities 1 to 7, not 8/,
  },
];
