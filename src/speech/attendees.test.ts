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
      expect(unit.level).toBe(rule ? rule.level : units[i - 1]!.level);
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
    expect(units.map((u) => u.name.text)).toContain('国务院国资委');
  });

  test('a list that starts with a unit no rule places is an error naming the unit', () => {
    const source = SPEECH_SOURCE.replace('中央和国家机关文明办主任魏黎耕', '某某协会会长魏黎耕');
    expect(() => attendeeUnits(parseSpeech(source))).toThrow(/某某协会.*LEVEL_RULES/);
  });
});
