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
