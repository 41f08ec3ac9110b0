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
