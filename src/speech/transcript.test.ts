import { describe, expect, test } from 'vitest';
import { parseSpeech } from './parse.ts';

describe('a speech as published: headline, byline, date, 同志们', () => {
  const source = [
    '在全市宣传思想文化工作会议上的讲话',
    '市委常委、宣传部部长　林志强',
    '（2024年2月26日）',
    '同志们：',
    '这次会议的主要任务是，总结2023年全市宣传思想文化工作，部署今年重点任务。',
    '一、提高政治站位，深刻认识做好新时代宣传思想文化工作的重大意义',
    '过去一年，全市宣传思想文化系统坚持守正创新、担当作为，各项工作取得新的明显成效，为全市高质量发展提供了有力支撑。',
    '二、突出工作重点，推动宣传思想文化工作高质量发展',
    '今年要在强化理论武装、壮大主流舆论、培育文明风尚上持续用力，推动各项工作走深走实、见行见效。',
  ].join('\n');

  test('the byline and the date line say who spoke and when, and are no part of the text', () => {
    const speech = parseSpeech(source);
    expect(speech.headline.text).toBe('在全市宣传思想文化工作会议上的讲话');
    expect(speech.lead.date?.text).toBe('2024年2月26日');
    expect(speech.lead.speakers.map((s) => s.text)).toEqual(['市委常委、宣传部部长　林志强']);
    expect(speech.credits.map((c) => c.text)).toEqual(['市委常委、宣传部部长　林志强', '（2024年2月26日）']);
    expect(speech.priorities.map((p) => p.title.text)).toEqual(['提高政治站位', '突出工作重点']);
  });

  test('under a report’s headline such lines are not a byline', () => {
    const report = source.replace('在全市宣传思想文化工作会议上的讲话', '全市宣传思想文化工作会议召开');
    expect(parseSpeech(report).lead.speakers).toEqual([]);
  });
});

describe('a speech under a headline of its own, its subtitle naming the speech', () => {
  const source = [
    '凝心聚力　奋力开创全市精神文明建设新局面',
    '——在全市精神文明建设工作会议上的讲话',
    '（二〇二四年一月十日）',
    '市委副书记　赵国强',
    '同志们：',
    '今天召开全市精神文明建设工作会议，主要任务是总结2023年工作，安排部署2024年任务。',
    '一、充分肯定成绩，进一步增强做好工作的信心',
    '过去一年，全市各级各部门扎实推进各项工作，全市精神文明建设取得新的成效。',
    '二、突出工作重点，推动全市精神文明建设取得新成效',
    '今年要在思想道德建设、文明创建、文明实践上持续用力。',
  ].join('\n');

  test('the name under the date line is the speaker, the date in Chinese numerals the date, not the 今天 of the first words', () => {
    const speech = parseSpeech(source);
    expect(speech.headline.text).toBe('凝心聚力　奋力开创全市精神文明建设新局面——在全市精神文明建设工作会议上的讲话');
    expect(speech.lead.date?.text).toBe('二〇二四年一月十日');
    expect(speech.lead.speakers.map((s) => s.text)).toEqual(['市委副书记　赵国强']);
    expect(speech.credits.map((c) => c.text)).toEqual(['（二〇二四年一月十日）', '市委副书记　赵国强']);
    // The bracketed date is no attribution for the closing slide.
    expect(speech.attribution).toBeUndefined();
  });

  test('a subtitle too long to join the headline still names the speech', () => {
    const long = source.replace(
      '全市精神文明建设工作会议上',
      '全市精神文明建设工作会议暨全国文明城市创建工作推进会议暨新时代文明实践中心建设现场会上',
    );
    const speech = parseSpeech(long);
    expect(speech.headline.text).toBe('凝心聚力　奋力开创全市精神文明建设新局面');
    expect(speech.lead.speakers.map((s) => s.text)).toEqual(['市委副书记　赵国强']);
  });
});
