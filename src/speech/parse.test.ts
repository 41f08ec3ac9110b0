import { describe, expect, test } from 'vitest';
import { OUR_PRIORITY_TITLES, SPEECH_SOURCE as source, SPEECH as speech } from '../../test/support/speech.ts';
import { SpeechError } from './errors.ts';
import { parseSpeech } from './parse.ts';

const HAN = /\p{Script=Han}/gu;
const countHan = (text: string): number => text.match(HAN)?.length ?? 0;

describe('joining the broken lines', () => {
  test('loses no Han character and adds none', () => {
    expect(countHan(speech.text)).toBe(countHan(source));
  });

  test('keeps every non-space character, in order (only punctuation changes width)', () => {
    const strip = (text: string): string =>
      text.replace(/[\s\u3000]/g, '').replace(/[，（）：；]/g, (c) => ({ '，': ',', '（': '(', '）': ')', '：': ':', '；': ';' })[c]!);
    expect(strip(speech.text)).toBe(strip(source));
  });

  test('joins a sentence broken across lines and page breaks', () => {
    expect(speech.text).toContain('全市召开2021年度首都地区文明办主任会议，贯彻落实');
    // line 21 ends "…建设的副", line 22 starts with a stray space: " 部长、文明办主任"
    expect(speech.text).toContain('分管精神文明建设的副部长、文明办主任');
  });

  test('keeps the spaces that are part of a line', () => {
    expect(speech.text).toContain('迎建党百年华诞 展首都最美风采');
    expect(speech.text).toContain('理性追思 文明祭扫');
  });

  test('maps offsets back to source lines', () => {
    expect(speech.sourceLineOf(speech.headline.start)).toBe(1);
    expect(speech.sourceLineOf(speech.priorities[0]!.marker.start)).toBe(42);
    expect(speech.sourceLineOf(speech.priorities[6]!.marker.start)).toBe(132);
  });
});

describe('the structure', () => {
  test('finds the headline', () => {
    expect(speech.headline.text).toBe('2021年度首都地区文明办主任会议召开');
  });

  test('finds exactly seven priorities, with their titles in order', () => {
    expect(speech.announcedPriorityCount).toBe(7);
    expect(speech.priorities.map((p) => p.marker.text)).toEqual(['一是', '二是', '三是', '四是', '五是', '六是', '七是']);
    expect(speech.priorities.map((p) => p.title.text)).toEqual(OUR_PRIORITY_TITLES);
  });

  test('each priority runs up to the next one, and the last up to the attribution', () => {
    speech.priorities.forEach((priority, i) => {
      const next = speech.priorities[i + 1];
      expect(priority.body.end).toBe(next ? next.marker.start : speech.attribution!.start);
      expect(priority.sentences.map((s) => s.text).join('')).toBe(priority.body.text);
    });
    expect(speech.priorities[6]!.body.text.endsWith('切实负责指导、培训、检查各类精神文明创建工作。')).toBe(true);
  });

  test('finds the parts 会议认为 and 会议指出', () => {
    expect(speech.parts.map((p) => p.verb)).toEqual(['认为', '指出']);
    expect(speech.parts[0]!.content.text.startsWith('去年以来')).toBe(true);
    expect(speech.parts[0]!.body.text.endsWith('做出了积极贡献。')).toBe(true);
    expect(speech.parts[1]!.sentences[0]!.text).toBe('今年是中国共产党成立100周年，是“十四五”开局之年，是筹办北京冬奥会关键之年。');
    expect(speech.parts[1]!.body.text.endsWith('重点抓好七个方面工作：')).toBe(true);
  });

  test('reads the lead paragraph', () => {
    expect(speech.lead.date?.text).toBe('2月1日下午');
    expect(speech.lead.speakers.map((p) => p.text)).toEqual(['市委宣传部副部长、首都文明办主任滕盛萍']);
    expect(speech.lead.presiders.map((p) => p.text)).toEqual(['市委宣传部副部长张爱军']);
    expect(speech.lead.attendance).toHaveLength(6);
    expect(speech.lead.attendance[1]!.text.startsWith('国家机关事务管理局')).toBe(true);
    expect(speech.lead.attendance[5]!.text).toBe('精神文明相关科室负责同志');
  });

  test('finds the closing attribution', () => {
    expect(speech.attribution?.text).toBe('（精神文明调查研究处）');
  });

  test('every passage is the text at its position', () => {
    const passages = [
      speech.headline,
      speech.lead.body,
      ...speech.lead.sentences,
      ...speech.lead.speakers,
      ...speech.lead.presiders,
      ...speech.lead.attendance,
      ...speech.parts.flatMap((p) => [p.body, p.content, ...p.sentences]),
      ...speech.priorities.flatMap((p) => [p.marker, p.title, p.body, ...p.sentences]),
      speech.attribution!,
    ];
    for (const p of passages) expect(speech.text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('other reports of the same form', () => {
  const report = (body: string): string =>
    `某某会议召开\n\n　　3月2日上午,全区召开某某会议。区委副书记李某出席并讲话。\n\n${body}\n\n(办公室)\n`;

  test.each([
    [
      '一是',
      '会议指出,要抓好三个方面工作:一是抓学习,深入学习。二是抓落实,\n\n狠抓落实。三是抓宣传,加强宣传。',
      ['抓学习', '抓落实', '抓宣传'],
    ],
    ['第一', '会议强调,第一,抓学习,深入学习。第二,抓落实,狠抓落实。', ['抓学习', '抓落实']],
    ['（一）', '会议要求:(一)抓学习。深入学习。(二)抓落实。(三)抓宣传。(四)抓队伍。', ['抓学习', '抓落实', '抓宣传', '抓队伍']],
  ])('recognises priorities marked %s', (_style, body, titles) => {
    const parsed = parseSpeech(report(body));
    expect(parsed.priorities.map((p) => p.title.text)).toEqual(titles);
    expect(parsed.attribution?.text).toBe('（办公室）');
  });

  test('a speech announcing seven priorities but marking six warns, naming what is missing', () => {
    const sixOnly = parseSpeech(source.replace('七是', '另外'));
    expect(sixOnly.priorities).toHaveLength(6);
    expect(sixOnly.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/announces 7 items .* but 6 were found/)]);
    expect(sixOnly.warnings[0]!.line).toBe(source.split('\n').findIndex((line) => line.includes('六是')) + 1);
  });

  test('a report without a list still has its parts, and no priorities', () => {
    const parsed = parseSpeech('标题\n\n　　3月2日上午,全区召开某某会议。会议指出,要做好工作,抓好落实。');
    expect(parsed.priorities).toEqual([]);
    expect(parsed.parts.map((p) => [p.verb, p.content.text])).toEqual([['指出', '要做好工作，抓好落实。']]);
  });

  test.each([
    ['an empty file', '', /the speech is empty/],
    ['a single line', '只有一行', /single line/],
    ['a headline and almost no text', '标题\n\n　　正文一句。', /holds 4 Chinese characters: give the full text/],
  ])('%s gives a clear error', (_name, text, message) => {
    expect(() => parseSpeech(text)).toThrow(SpeechError);
    expect(() => parseSpeech(text)).toThrow(message);
  });
});
