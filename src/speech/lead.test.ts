/** The lead of a report and its epilogue: the date, who spoke and presided, who attended. */
import { describe, expect, test } from 'vitest';
import { report } from '../../test/support/short-reports.ts';
import { parseSpeech } from './parse.ts';
import { partLabel } from './titles.ts';

/** A report of `lead` under a bare headline, with a short list after it. */
const withLead = (lead: string) => parseSpeech(`标题\n\n${lead}\n会议要求，一是抓学习。二是抓落实。`);

describe('the lead', () => {
  test('the attendance is what stands before 参加会议, not a speaker who 出席会议并讲话', () => {
    const speech = withLead('10月11日下午，县创文联席会议召开。县委常委张某出席会议并讲话。各成员单位负责同志参加会议。');
    expect(speech.lead.speakers.map((s) => s.text)).toEqual(['县委常委张某']);
    expect(speech.lead.attendance.map((a) => a.text)).toEqual(['各成员单位负责同志']);
  });

  test('a one-sentence lead: the date after its purpose, the attendance after who spoke and presided', () => {
    const speech = parseSpeech(
      '标题\n\n为推动工作，5月8日上午，东湖街道召开推进会，街道党工委书记韩某出席会议并讲话，副主任邓某主持会议，各社区党组织书记、有关科室负责人参加会议。\n会上，韩某提出两点要求。一是抓学习。二是抓落实。',
    );
    expect(speech.lead.date?.text).toBe('5月8日上午');
    expect(speech.lead.attendance.map((a) => a.text)).toEqual(['各社区党组织书记、有关科室负责人']);
    expect(speech.parts.map((p) => partLabel(p))).toEqual(['韩某提出']);
  });

  test('the closing sentences that tell of the meeting are its epilogue: no part holds them, the attendance is read there', () => {
    const speech = parseSpeech(
      '标题\n\n新华社成都9月14日电 交流会14日在成都召开。宋某出席会议并讲话。\n宋某指出，要抓学习；要抓落实。\n会上，成都等地作了交流发言。\n各省文明办负责同志等参加会议。',
    );
    expect(speech.lead.date?.text).toBe('14日');
    expect(speech.lead.fullDate).toBe('9月14日');
    expect(speech.lead.epilogue.map((s) => s.text)).toEqual(['会上，成都等地作了交流发言。', '各省文明办负责同志等参加会议。']);
    expect(speech.lead.attendance.map((a) => a.text)).toEqual(['各省文明办负责同志']);
    expect(speech.body.text.endsWith('宋某指出，要抓学习；要抓落实。')).toBe(true);
    expect(speech.priorities.at(-1)!.body.text).toBe('要抓落实');
  });

  test('what a named person did before the attendance (宣读, 通报, 作…报告) is no attending unit', () => {
    const speech = parseSpeech(
      '标题\n\n5月8日上午，东湖街道召开推进会，书记韩某出席会议并讲话，副主任邓某主持会议，副主任吴某宣读《表彰决定》，王某通报了上半年工作，教授李某作专题辅导报告，各社区党组织书记、有关科室负责人参加会议。\n会议要求，一是抓学习。二是抓落实。',
    );
    expect(speech.lead.attendance.map((a) => a.text)).toEqual(['各社区党组织书记、有关科室负责人']);
  });

  test('a leader who 出席会议 is a person, not the attending units', () => {
    const speech = parseSpeech(
      '标题\n\n7月11日，市文明委召开全体会议。市委副书记、市长陈某出席会议。市文明委各成员单位主要负责同志参加会议。\n会议要求，一是抓学习。二是抓落实。',
    );
    expect(speech.lead.attendance.map((a) => a.text)).toEqual(['市文明委各成员单位主要负责同志']);
  });

  test('one who 主持会议并讲话 both presides and speaks; 在讲话中 names no speaker', () => {
    const speech = parseSpeech(
      '标题\n\n近日，县委常委会召开会议。县委书记孟某主持会议并讲话。孟某在讲话中充分肯定了成绩。他强调，一是抓学习。二是抓落实。',
    );
    expect(speech.lead.speakers.map((s) => s.text)).toEqual(['县委书记孟某']);
    expect(speech.lead.presiders.map((s) => s.text)).toEqual(['县委书记孟某']);
  });

  test('the lead runs on while its sentences tell of the meeting itself', () => {
    const speech = parseSpeech(report('会议传达了有关精神。各街道作了交流发言。今年以来，成效明显。'));
    expect(speech.lead.body.text.endsWith('各街道作了交流发言。')).toBe(true);
    expect(speech.parts[0]!.content.text).toBe('今年以来，成效明显。');
  });

  /** A report whose lead opens with `opening`, below `above` (a headline, a page's metadata line). */
  const opened = (opening: string, above = '标题'): string =>
    `${above}\n\n${opening}宋某出席会议并讲话。\n会议要求，一是抓学习。二是抓落实。`;

  test.each([
    ['a dateline gives a day its month', '新华社北京3月15日电（记者王某）全国文明办主任会议15日在京召开。', '标题', '15日', '3月15日'],
    ['a meeting of two days, as written', '1月18日至19日，全省宣传部长会议在长沙召开。', '标题', '1月18日至19日', '1月18日至19日'],
    ['two days joined by a dash', '1月18日—19日，全省宣传部长会议在长沙召开。', '标题', '1月18日—19日', '1月18日—19日'],
    ['two days, the first without 日', '1月18—19日，全省宣传部长会议在长沙召开。', '标题', '1月18—19日', '1月18—19日'],
    ['two days across a month', '1月31日至2月1日，全省宣传部长会议在长沙召开。', '标题', '1月31日至2月1日', '1月31日至2月1日'],
    ['a year, a day and its part', '2023年7月3日上午，街道召开推进会。', '标题', '2023年7月3日上午', '2023年7月3日上午'],
    [
      'two days before 在…召开, the month from the dateline',
      '新华社长沙1月19日电 全省宣传部长会议18日至19日在长沙召开。',
      '标题',
      '18日至19日',
      '1月18日至19日',
    ],
    [
      'two days opening the lead, the month from the dateline',
      '新华社长沙1月19日电 18日至19日，全省宣传部长会议在长沙召开。',
      '标题',
      '18日至19日',
      '1月18日至19日',
    ],
    ['a day past the dateline’s is in the month before it', '新华社北京3月2日电 交流会28日在京召开。', '标题', '28日', '2月28日'],
    ['…and before January is December', '新华社北京1月3日电 交流会30日在京召开。', '标题', '30日', '12月30日'],
    [
      'without a dateline, the page’s date gives the month',
      '交流会8日上午在杭州召开。',
      '标题\n2024-05-09 来源：市融媒体',
      '8日上午',
      '5月8日上午',
    ],
    ['no date around the lead: the day as written', '交流会15日在京召开。', '标题', '15日', '15日'],
  ])('the date: %s', (_form, opening, above, date, fullDate) => {
    const { lead } = parseSpeech(opened(opening, above));
    expect(lead.date?.text).toBe(date);
    expect(lead.fullDate).toBe(fullDate);
  });
});

describe('the closing sentences that tell of the meeting', () => {
  test('what it did besides speaking (观摩, 观看, 授牌, 会议还对…) closes the report, not the last item', () => {
    const closing = ['会上，三个区作交流发言。', '与会代表实地观摩了城关镇新时代文明实践所。', '会议还对年度重点任务进行了分解。'];
    const speech = parseSpeech(report(`会议要求，一是抓学习。二是抓落实，要组织青少年参观教育基地。${closing.join('')}`));
    expect(speech.lead.epilogue.map((s) => s.text)).toEqual(closing);
    expect(speech.priorities.at(-1)?.body.text).toBe('抓落实，要组织青少年参观教育基地。');
  });

  test('a closing sentence that asks for something, or opens a part, is no event', () => {
    const speech = parseSpeech(report('会议要求，一是抓学习。二是抓落实。会上，李某强调，要观摩先进经验。'));
    expect(speech.lead.epilogue).toEqual([]);
  });
});

describe('who presided and spoke', () => {
  test('会议由…主持并讲话: the person, without 会议由, under both roles', () => {
    const speech = withLead('3月1日，省文明委全体会议召开。会议由省委副书记黄某主持并讲话。');
    expect(speech.lead.speakers.map((s) => s.text)).toEqual(['省委副书记黄某']);
    expect(speech.lead.presiders.map((s) => s.text)).toEqual(['省委副书记黄某']);
  });
});
