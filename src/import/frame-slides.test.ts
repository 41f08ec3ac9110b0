/** The title and lead slides: what the lead tells of the meeting, as the report writes it. */
import { describe, expect, test } from 'vitest';
import { parseSpeech } from '../speech/index.ts';
import { leadSlide, titleSlide } from './frame-slides.ts';

/** A report: headline, `lead`, then a part with a list. */
const reportWith = (lead: string): string => `会议召开\n\n${lead}\n会议要求，一是抓学习。二是抓落实。\n`;

describe('the date', () => {
  test('a day whose month the dateline gives is shown in full, on the title and the lead slide', () => {
    const speech = parseSpeech(reportWith('新华社北京3月15日电（记者王某）全国文明办主任会议15日在京召开。李某出席会议并讲话。'));
    expect(titleSlide(speech).kicker).toBe('会议报告 · 3月15日');
    expect(leadSlide(speech)?.items?.[0]).toEqual({ label: '时间', text: '3月15日' });
  });

  test('a meeting of two days keeps both', () => {
    const speech = parseSpeech(reportWith('1月18日至19日，全省宣传部长会议在长沙召开。王某出席会议并讲话。'));
    expect(titleSlide(speech).kicker).toBe('会议报告 · 1月18日至19日');
    expect(leadSlide(speech)?.items?.[0]).toEqual({ label: '时间', text: '1月18日至19日' });
  });

  test('the month from the dateline where the speech does not write it so: in full on the title, as written in the bullet', () => {
    const speech = parseSpeech(reportWith('新华社长沙1月19日电 全省宣传部长会议18日至19日在长沙召开。王某出席会议并讲话。'));
    expect(titleSlide(speech).kicker).toBe('会议报告 · 1月18日至19日');
    // A bullet quotes the speech: `1月18日至19日` stands nowhere in it.
    expect(leadSlide(speech)?.items?.[0]).toEqual({ label: '时间', text: '18日至19日' });
  });
});

describe('the lead slide', () => {
  /** The lead slide's items as `label：text`, or the text alone. */
  const itemsOf = (lead: string): string[] =>
    (leadSlide(parseSpeech(reportWith(lead)))?.items ?? []).map((i) => (i.label ? `${i.label}：${i.text}` : i.text));

  test('a third clause of the speakers’ sentence that says what another did is kept, in its words: 宣读', () => {
    expect(
      itemsOf(
        '3月6日上午，我市召开创建全国文明城市动员部署大会，全面动员全市上下全力以赴争创全国文明城市。市委书记、市创建全国文明城市工作指挥部指挥长郑国庆出席会议并讲话，市委副书记、市长何文斌主持会议，市委副书记吴敏宣读《关于表彰2023年度全市创建全国文明城市工作先进集体和先进个人的决定》。',
      ),
    ).toEqual([
      '时间：3月6日上午',
      '讲话：市委书记、市创建全国文明城市工作指挥部指挥长郑国庆出席会议并讲话',
      '主持：市委副书记、市长何文斌主持会议',
      '任务：全面动员全市上下全力以赴争创全国文明城市',
      '市委副书记吴敏宣读《关于表彰2023年度全市创建全国文明城市工作先进集体和先进个人的决定》',
    ]);
  });

  test('…and 传达, as a sentence of its own would be', () => {
    const clause = '市委常委、宣传部部长吴敏传达全省会议精神';
    const sentence = '3月6日上午，我市召开创建全国文明城市动员部署大会。';
    expect(itemsOf(`${sentence}市委书记郑国庆出席会议并讲话，市长何文斌主持会议，${clause}。`)).toEqual([
      '时间：3月6日上午',
      '讲话：市委书记郑国庆出席会议并讲话',
      '主持：市长何文斌主持会议',
      clause,
    ]);
    expect(itemsOf(`${sentence}市委书记郑国庆出席会议并讲话，市长何文斌主持会议。${clause}。`)).toContain(clause);
  });

  test.each([
    ['通报', '副县长王某通报了上半年创文测评情况'],
    ['作…报告', '市委党校教授王某作专题辅导报告'],
    ['部署 and 总结', '市文明办主任李某总结去年工作并部署今年任务'],
  ])('a one-sentence lead keeps what a named person did between who presided and who attended: %s', (_verb, clause) => {
    const items = itemsOf(`5月8日上午，东湖街道召开推进会，书记韩某出席会议并讲话，副主任邓某主持会议，${clause}，各社区书记参加会议。`);
    expect(items).toEqual(['时间：5月8日上午', '讲话：书记韩某出席会议并讲话', '主持：副主任邓某主持会议', clause]);
  });

  test('the purpose is what stands before the people: 为…, not who spoke; on the title slide too', () => {
    const lead =
      '为推动文明实践站点提质增效，5月8日上午，东湖街道召开推进会，书记韩某出席会议并讲话，副主任邓某主持会议，各社区书记参加会议。';
    expect(itemsOf(lead)).toEqual([
      '时间：5月8日上午',
      '讲话：书记韩某出席会议并讲话',
      '主持：副主任邓某主持会议',
      '任务：为推动文明实践站点提质增效',
    ]);
    expect(titleSlide(parseSpeech(reportWith(lead))).paragraph).toBe('为推动文明实践站点提质增效');
  });

  test('the attendance goes to the notes; what else its sentence tells stays on the slide', () => {
    const speech = parseSpeech(
      reportWith(
        '3月6日上午，我市召开动员大会。市委书记郑某出席会议并讲话。市四套班子领导，各成员单位主要负责同志在主会场参加会议；各县（市、区）设分会场。',
      ),
    );
    const slide = leadSlide(speech)!;
    expect(slide.items?.at(-1)).toEqual({ text: '各县（市、区）设分会场' });
    expect(slide.notes).toBe('参加会议的有：市四套班子领导；各成员单位主要负责同志在主会场。');
  });

  test('a lead that tells nothing but who held the meeting says so, though the title says it too', () => {
    expect(itemsOf('近日，县委常委会召开会议。')).toEqual(['时间：近日', '县委常委会召开会议']);
  });
});

describe('the subtitle', () => {
  const lead = '为推动文明实践站点提质增效，5月8日上午，东湖街道召开推进会，书记韩某出席会议并讲话。';

  test('a subtitle the headline does not take in stands under it on the title slide, for the purpose', () => {
    const speech = parseSpeech(`用爱点亮万家灯火\n——记东湖街道新时代文明实践站\n\n${lead}\n会议要求，一是抓学习。二是抓落实。\n`);
    expect(titleSlide(speech).heading).toBe('用爱点亮万家灯火');
    expect(titleSlide(speech).paragraph).toBe('——记东湖街道新时代文明实践站');
  });

  test('a subtitle that names the meeting is the headline’s second line', () => {
    const speech = parseSpeech(
      `凝心聚力谱新篇　文明花开满城香\n——东湖街道文明实践推进会召开\n\n${lead}\n会议要求，一是抓学习。二是抓落实。\n`,
    );
    expect(titleSlide(speech).heading).toBe('凝心聚力谱新篇　文明花开满城香——东湖街道文明实践推进会');
  });
});

describe('a speech as published', () => {
  test('its byline is the speaker and its bracketed date the date, on the lead slide', () => {
    const speech = parseSpeech(
      '在全市宣传思想文化工作会议上的讲话\n市委常委、宣传部部长　林志强\n（2024年2月26日）\n同志们：\n这次会议的主要任务是，总结去年工作，部署今年重点任务。\n会议要求，一是抓学习。二是抓落实。\n',
    );
    expect(titleSlide(speech).kicker).toBe('会议报告 · 2024年2月26日');
    expect(leadSlide(speech)?.items?.slice(0, 2)).toEqual([
      { label: '时间', text: '2024年2月26日' },
      { label: '讲话', text: '市委常委、宣传部部长　林志强' },
    ]);
  });
});
