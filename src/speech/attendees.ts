/** The units that attended, cut from the lead's attendance list and grouped by level. Pure. */
import type { Passage, Speech } from './model.ts';
import { CLOSERS, OPENERS } from './punctuation.ts';
import { passage } from './text.ts';

/** What closes a list of unit names before the role they share: `…等单位`, `…等部门`. */
const RE_LIST_CLOSER = /等(?:单位|部门|有关单位|相关单位)?$/;
/** Where a unit's people start: a title, `负责同志` or `负责人`; the unit names stand before it. */
const RE_ROLE = /(?:主要|有关|相关)?负责(?:同志|人)|分管|副?主任|副?部长|副?书记|(?:宣传|组织|纪检|统战)?委员|代表|二级巡视员|巡视员/;
/**
 * The kinds of city below a province, as leads name them: `设区市`, `地级市`, `各地市`, `市州`,
 * `省辖市`. A `各设区市委宣传部` is a city's, though no `市` opens its name.
 */
const CITY_KINDS = '设区的?市|地级市|地市(?![场民])|地州|市州|州市|盟市|省辖市|省会城市';
/** A piece that only names a kind of place: `各省`, `自治区`, `直辖市`, `设区市`, `县（市、区）`. */
const RE_PLACE_KIND = new RegExp(
  `^(?:各|部分)?(?:省|自治区|直辖市|计划单列市|副省级城市|${CITY_KINDS}|市|州|盟|区县|县区|县市区|旗县|县|区|旗|乡镇|街道|街镇|镇街)(?:（[^）]*）)?$`,
);
/** What separates the units of one clause: `国家机关事务管理局、国务院国资委、…有关负责同志`. */
const UNIT_SEPARATOR = '、';

/** The levels the units are grouped by, top down, in the order they are shown. */
export const ATTENDEE_LEVELS = ['central', 'provincial', 'military', 'municipal', 'district', 'township', 'other'] as const;
export type AttendeeLevel = (typeof ATTENDEE_LEVELS)[number];

/** A level: its label, and the keyword rule that places a unit in it. Rules are tried in this order. */
export interface LevelRule {
  readonly level: AttendeeLevel;
  readonly label: string;
  readonly pattern: RegExp;
}

/**
 * The keyword rules of the genre's administrative levels, first match wins: military bodies first
 * (`中央军委…`, `北京卫戍区…` are neither central organs nor districts here), then central and
 * national organs, provinces (not `省辖市`), districts and counties (before the city: `市辖区`), the
 * city and the cities of a province (`各设区市`, `地级市`, `各市（州）`), townships, and units the lead
 * names by no level (`有关部门`).
 */
export const LEVEL_RULES: readonly LevelRule[] = [
  { level: 'military', label: '部队和武警', pattern: /军委|卫戍|武警|部队|解放军|军分区|省军区/ },
  { level: 'central', label: '中央和国家机关', pattern: /^(?:中央|中直|国家|国务院|全国)/ },
  { level: 'provincial', label: '省级单位', pattern: /^(?:各?省(?!辖市|会城市)|自治区)/ },
  { level: 'district', label: '各区县', pattern: /^(?:各|部分)?(?:市辖区|区|县|旗)|[区县旗]委|[区县]政府/ },
  {
    level: 'municipal',
    label: '市级单位',
    pattern: new RegExp(`^(?:首都|(?:各|部分)?(?:${CITY_KINDS})|各?市(?![场民])|各?州|盟|北京市|上海市|天津市|重庆市)`),
  },
  { level: 'township', label: '乡镇（街道）', pattern: /^(?:各|部分)?(?:乡镇|街道|街镇|镇街|街乡|镇|乡|社区)/ },
  { level: 'other', label: '有关单位', pattern: /^(?:各?有关|相关|其他)/ },
];

/** The kinds of district or county a unit's name opens with: `各区县` in `各区县（市）党委`, not those in brackets after them. */
const RE_DISTRICT_KINDS = /^(?:各|部分)?([区县旗]+)/;
/** The district's or county's own body in a unit's name: `县` in `县委宣传部`, `区政府办公室`. */
const RE_DISTRICT_BODY = /([区县旗])[委政]/;

/** The kinds of district or county a unit's name says it is of: `区县` for `各区县（市）党委`. */
const districtKindsOf = (name: string): string => `${RE_DISTRICT_KINDS.exec(name)?.[1] ?? ''}${RE_DISTRICT_BODY.exec(name)?.[1] ?? ''}`;

/**
 * A level's label. Districts and counties are named as the lead names them: a city of districts
 * shows `各区`, a county town `各县`, a mix `各区县`; a county's or district's own departments
 * (`县委宣传部、县科协`, no `各` before any) are `县级单位`.
 */
function levelLabel(level: AttendeeLevel, units: readonly AttendeeUnit[]): string {
  const label = LEVEL_RULES.find((rule) => rule.level === level)!.label;
  if (level !== 'district') return label;
  const kinds = ['区', '县', '旗'].filter((kind) => units.some((u) => districtKindsOf(u.name.text).includes(kind)));
  if (kinds.length === 0) return label;
  const each = units.some((u) => /^(?:各|部分)/.test(u.name.text));
  return each ? `各${kinds.join('')}` : `${kinds.join('')}级单位`;
}

/** One unit named in the attendance list. */
export interface AttendeeUnit {
  /** The unit's name as written, e.g. `国务院国资委`. */
  readonly name: Passage;
  /** Who of the unit attended, as written: `主任魏黎耕`, `有关负责同志`; absent when the clause names no role. */
  readonly role?: Passage;
  readonly level: AttendeeLevel;
}

/** The units of one level, in the order the lead names them. */
export interface AttendeeGroup {
  readonly level: AttendeeLevel;
  readonly label: string;
  readonly units: readonly AttendeeUnit[];
}

/** A unit name and who of it attended, before the role is known for units that share one. */
interface NamedUnit {
  readonly name: Passage;
  role?: Passage;
}

/**
 * Cuts one attendance clause into units. Pieces are separated by `、`; a piece with a role
 * (`中直管理局二级巡视员王超`) is a unit and its people; a piece without one (`国务院国资委`)
 * shares the role of the next piece that has one; a piece that is only a role adds none.
 */
function unitsOfClause(text: string, clause: Passage): NamedUnit[] {
  const units: NamedUnit[] = [];
  let waiting: NamedUnit[] = [];
  for (const piece of withPlaceKindsJoined(text, splitAt(text, clause, UNIT_SEPARATOR))) {
    const role = RE_ROLE.exec(piece.text);
    const nameEnd = role ? piece.start + role.index : piece.end;
    // `县科协等单位主要负责人`: the unit is 县科协; `等单位` closes the list of names.
    const closing = RE_LIST_CLOSER.exec(text.slice(piece.start, nameEnd));
    const name = passage(text, piece.start, closing ? piece.start + closing.index : nameEnd);
    const unit: NamedUnit | undefined = name.text !== '' ? { name } : undefined;
    if (unit) {
      units.push(unit);
      waiting.push(unit);
    }
    if (role) {
      const rolePassage = passage(text, piece.start + role.index, piece.end);
      for (const w of waiting) w.role = rolePassage;
      waiting = [];
    }
  }
  return units;
}

/**
 * Pieces that only name a kind of place share the unit after them: `各省、自治区、直辖市文明办` is
 * one unit (the offices of all three), not 各省 and 自治区 beside 直辖市文明办.
 */
function withPlaceKindsJoined(text: string, pieces: readonly Passage[]): Passage[] {
  const joined: Passage[] = [];
  let from: number | undefined;
  for (const piece of pieces) {
    if (RE_PLACE_KIND.test(piece.text)) {
      from ??= piece.start;
      continue;
    }
    joined.push(from === undefined ? piece : passage(text, from, piece.end));
    from = undefined;
  }
  return from === undefined ? joined : [...joined, passage(text, from, pieces.at(-1)!.end)];
}

/** The pieces of a passage between `separator`s, without them. */
function splitAt(text: string, within: Passage, separator: string): Passage[] {
  const pieces: Passage[] = [];
  let from = within.start;
  // `部分县（市、区）文明办`: a separator inside brackets does not separate units.
  let depth = 0;
  for (let i = within.start; i <= within.end; i++) {
    if (OPENERS.includes(text[i] ?? '')) depth++;
    else if (CLOSERS.includes(text[i] ?? '')) depth = Math.max(0, depth - 1);
    if (i === within.end || (text[i] === separator && depth === 0)) {
      pieces.push(passage(text, from, i));
      from = i + 1;
    }
  }
  return pieces.filter((p) => p.text !== '');
}

/** Every unit the lead's attendance list names, in order, before their levels are told. */
export function namedUnits(speech: Speech): Passage[] {
  return speech.lead.attendance.flatMap((clause) => unitsOfClause(speech.text, clause).map((u) => u.name));
}

/**
 * Every unit of the lead's attendance list, with its level. The lead lists units top down, so a
 * unit that no rule places (`精神文明相关科室`) belongs to the level of the unit before it; with
 * none before it, to the units no level names (`有关单位`).
 */
export function attendeeUnits(speech: Speech): AttendeeUnit[] {
  const units: AttendeeUnit[] = [];
  for (const clause of speech.lead.attendance) {
    for (const { name, role } of unitsOfClause(speech.text, clause)) {
      const level = LEVEL_RULES.find((rule) => rule.pattern.test(name.text))?.level ?? units.at(-1)?.level ?? 'other';
      units.push({ name, level, ...(role ? { role } : {}) });
    }
  }
  return units;
}

/** The attendance list grouped by level, in the order of ATTENDEE_LEVELS; levels no unit falls in are left out. */
export function attendeesByLevel(speech: Speech): AttendeeGroup[] {
  const units = attendeeUnits(speech);
  return ATTENDEE_LEVELS.map((level) => {
    const members = units.filter((u) => u.level === level);
    return { level, label: levelLabel(level, members), units: members };
  }).filter((group) => group.units.length > 0);
}
