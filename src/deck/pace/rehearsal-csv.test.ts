import { describe, expect, test } from 'vitest';
import { planPace } from '../../pace/plan.ts';
import { CSV_HEADER, rehearsalCsv, rehearsalFileName } from './rehearsal-csv.ts';

const plan = planPace(
  [
    { id: 'title', title: '2021年度首都地区文明办主任会议', characters: 0, chart: false },
    { id: 'quote', title: '“一是”，更加把牢"根本"', characters: 220, chart: false },
    { id: 'closing', title: '结束', characters: 0, chart: false },
  ],
  { rate: 220 },
);

describe('rehearsalCsv', () => {
  const csv = rehearsalCsv(plan, { title: 14.6, quote: 71.2 });

  test('starts with a byte-order mark, so spreadsheets read the Chinese titles as UTF-8', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
  });

  test('one row per planned slide under the header: planned and rehearsed seconds, empty where not rehearsed', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toEqual([
      CSV_HEADER.join(','),
      '1,title,2021年度首都地区文明办主任会议,15,15',
      '2,quote,"“一是”，更加把牢""根本""",60,71',
      '3,closing,结束,15,',
      '',
    ]);
  });
});

test('the file is named after the day the rehearsal ended', () => {
  expect(rehearsalFileName(Date.UTC(2021, 1, 1, 6))).toBe('rehearsal-2021-02-01.csv');
});
