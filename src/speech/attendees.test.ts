import { describe, expect, test } from 'vitest';
import { SPEECH_SOURCE, SPEECH as speech } from '../../test/support/speech.ts';
import { ATTENDEE_LEVELS, attendeesByLevel, attendeeUnits, LEVEL_RULES } from './attendees.ts';
import { parseSpeech } from './parse.ts';

describe('the units that attended', () => {
  const units = attendeeUnits(speech);
  const list = speech.lead.attendance;

  test('are cut from the attendance list, in its order, each a passage of the speech', () => {
    expect(units.length).toBeGreaterThan(0);
    for (const [i, unit] of units.entries()) {
      expect(unit.name.text).toBe(speech.text.slice(unit.name.start, unit.name.end));
      expect(list.some((clause) => unit.name.start >= clause.start && unit.name.end <= clause.end)).toBe(true);
      if (i > 0) expect(unit.name.start).toBeGreaterThan(units[i - 1]!.name.end);
      expect(unit.name.text).not.toMatch(/[、，]/);
    }
  });

  test('leave nothing of the list out: every name or role is in a unit', () => {
    const covered = units.flatMap((u) => [u.name.text, u.role?.text ?? '']).join('');
    for (const clause of list) {
      for (const piece of clause.text.split('、')) expect(covered).toContain(piece.replace(/^(?:以及|和|及)/, ''));
    }
  });

  test('count one unit per name before a role, and one per 、-separated name sharing a role', () => {
    // Recount from the list: a piece between 、 is a unit unless it starts with a role.
    const rolesFirst = /^(?:(?:有关|相关)?负责同志|分管|副?主任|副?部长|二级巡视员|巡视员)/;
    const expected = list.flatMap((clause) => clause.text.split('、')).filter((piece) => !rolesFirst.test(piece)).length;
    expect(units).toHaveLength(expected);
  });

  test('each level holds the units its keyword rule names; others follow the unit before them', () => {
    for (const [i, unit] of units.entries()) {
      const rule = LEVEL_RULES.find((r) => r.pattern.test(unit.name.text));
      expect(unit.level).toBe(rule ? rule.level : (units[i - 1]?.level ?? 'other'));
    }
  });

  test('are grouped in the order of the levels, with the counts of the units', () => {
    const groups = attendeesByLevel(speech);
    expect(groups.map((g) => g.level)).toEqual(ATTENDEE_LEVELS.filter((level) => units.some((u) => u.level === level)));
    for (const group of groups) expect(group.units).toEqual(units.filter((u) => u.level === group.level));
    expect(groups.reduce((n, g) => n + g.units.length, 0)).toBe(units.length);
  });

  test('this lead names central organs, military units, municipal units and the districts', () => {
    expect(attendeesByLevel(speech).map((g) => g.level)).toEqual(['central', 'military', 'municipal', 'district']);
    expect(attendeesByLevel(speech).map((g) => g.label)).toEqual(['中央和国家机关', '部队和武警', '市级单位', '各区']);
    expect(units.map((u) => u.name.text)).toContain('国务院国资委');
  });

  test('a list that starts with a unit no rule places puts it with the units no level names', () => {
    const source = SPEECH_SOURCE.replace('中央和国家机关文明办主任魏黎耕', '某某协会会长魏黎耕');
    const groups = attendeesByLevel(parseSpeech(source));
    expect(groups[0]?.units[0]?.name.text).toBe('中直管理局');
    expect(groups.at(-1)).toMatchObject({ level: 'other', label: '有关单位' });
    expect(groups.at(-1)?.units.map((u) => u.name.text)).toEqual(['某某协会会长魏黎耕']);
  });

  /** A report whose lead lists `attendance` before `等参加会议`. */
  const reportAttended = (attendance: string): string =>
    `标题\n\n3月9日，全省文明实践工作会议召开。省文明办主任郑某出席会议并讲话。${attendance}等参加会议。\n会议要求，一是抓学习。二是抓落实。`;

  test.each([
    [
      'a province: cities, counties in brackets, provincial units',
      '省委宣传部有关处室负责同志、各市文明办主任、部分县（市、区）文明实践中心负责同志',
      [
        ['省级单位', ['省委宣传部有关处室']],
        ['市级单位', ['各市文明办']],
        ['各县', ['部分县（市、区）文明实践中心']],
      ],
    ],
    [
      'a county: its offices, townships, and units no level names',
      '县委宣传部、县文明办负责同志，各乡镇、街道分管负责同志，有关部门负责同志',
      [
        ['县级单位', ['县委宣传部', '县文明办']],
        ['乡镇（街道）', ['各乡镇、街道']],
        ['有关单位', ['有关部门']],
      ],
    ],
    [
      'kinds of place sharing one unit: 各省、自治区、直辖市文明办',
      '中央文明委有关成员单位负责同志，各省、自治区、直辖市文明办负责同志',
      [
        ['中央和国家机关', ['中央文明委有关成员单位']],
        ['省级单位', ['各省、自治区、直辖市文明办']],
      ],
    ],
    [
      'a role after a unit, named by its post: 宣传委员',
      '县文明委成员单位负责同志，各乡镇党委分管负责同志、宣传委员',
      [
        ['县级单位', ['县文明委成员单位']],
        ['乡镇（街道）', ['各乡镇党委']],
      ],
    ],
    [
      'units no rule places, first; 等部门 closes the list',
      '城管、住建、市场监管等部门负责同志',
      [['有关单位', ['城管', '住建', '市场监管']]],
    ],
    [
      '主要负责人 is a role, 等单位 no part of a name; the county’s own units',
      '县委宣传部、县科协等单位主要负责人',
      [['县级单位', ['县委宣传部', '县科协']]],
    ],
    [
      'the cities of a province, though no 市 opens their names: 各设区市委宣传部 and the office after it',
      '省文明委委员，各设区市委宣传部部长、文明办主任，省文明委成员单位分管负责同志',
      [
        ['省级单位', ['省文明委', '省文明委成员单位']],
        ['市级单位', ['各设区市委宣传部', '文明办']],
      ],
    ],
    [
      'every way a province names its cities: 地级市, 各地市, 各市（州）, 市州, 省辖市, 设区的市',
      '省委宣传部负责同志，各地级市文明办主任，各地市文明办负责同志，各市（州）文明办主任，各市州委宣传部分管负责同志，各省辖市文明办主任，各设区的市文明办主任',
      [
        ['省级单位', ['省委宣传部']],
        ['市级单位', ['各地级市文明办', '各地市文明办', '各市（州）文明办', '各市州委宣传部', '各省辖市文明办', '各设区的市文明办']],
      ],
    ],
    [
      'a kind of city before counties shares their unit: 各设区市、县（市、区）文明办',
      '省文明办负责同志，各设区市、县（市、区）文明办主任',
      [
        ['省级单位', ['省文明办']],
        ['市级单位', ['各设区市、县（市、区）文明办']],
      ],
    ],
    [
      'counties as a city names them, and its townships: 县（市、区）, 各县区, 乡镇（街道）',
      '市文明办负责同志，各县（市、区）文明办主任，各县区宣传部分管负责同志，各乡镇（街道）宣传委员，各街镇文明实践所负责同志',
      [
        ['市级单位', ['市文明办']],
        ['各区县', ['各县（市、区）文明办', '各县区宣传部']],
        ['乡镇（街道）', ['各乡镇（街道）', '各街镇文明实践所']],
      ],
    ],
    [
      'districts and counties named together are labelled so: 各区县（市）党委',
      '市文明委成员单位负责同志，各区县（市）党委分管负责同志',
      [
        ['市级单位', ['市文明委成员单位']],
        ['各区县', ['各区县（市）党委']],
      ],
    ],
    [
      'a market is no city: 各地市场监管部门 follows the unit before it',
      '县文明办负责同志，各地市场监管部门负责同志',
      [['各县', ['县文明办', '各地市场监管部门']]],
    ],
  ])('%s', (_form, attendance, expected) => {
    const groups = attendeesByLevel(parseSpeech(reportAttended(attendance)));
    expect(groups.map((g) => [g.label, g.units.map((u) => u.name.text)])).toEqual(expected);
  });
});
