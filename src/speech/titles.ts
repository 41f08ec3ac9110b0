/** How items and parts are named on slides and charts: labels, short titles, marker numerals. Pure. */
import type { ListItem, Part } from './model.ts';
import { toChineseNumeral } from './numerals.ts';
import { withoutTrailingMarks } from './punctuation.ts';

/** The numeral inside a marker: `一是` → `一`, `第三，` → `三`, `（2）` → `2`, `①` → `①`. */
const RE_MARKER_NUMERAL = /[一二三四五六七八九十]+|\d+|[①-⑳]/;
/** The shortest shared prefix worth leaving out of short titles, and the least each title keeps. */
const MIN_SHARED_PREFIX = 2;
const MIN_SHORT_TITLE = 2;

/** A modal opening a title (`要强化思想引领`): says nothing where all titles are listed together. */
const RE_LEADING_MODAL = /^要(?=.{2})/u;

/**
 * Short titles: the items' titles without a leading `要` and without the prefix they all share
 * (`更加把牢根本遵循` … → `根本遵循` …), which would say the same thing N times on a tracker or a chart.
 */
export function shortTitles(items: readonly ListItem[]): string[] {
  const titles = items.map((p) => p.title.text.replace(RE_LEADING_MODAL, ''));
  if (titles.length < 2) return titles;
  let common = 0;
  const shortest = Math.min(...titles.map((t) => t.length));
  while (common < shortest - MIN_SHORT_TITLE && titles.every((t) => t[common] === titles[0]![common])) common++;
  return titles.map((t) => (common >= MIN_SHARED_PREFIX ? t.slice(common) : t));
}

/** A marker that names its item: words or a number (`首先`, `（2）`, `①`), not a bullet (`——`, `●`). */
const RE_NAMING_MARKER = /[\p{Script=Han}\d①-⑳]/u;

/** The item's marker without its trailing mark (`第一，` → `第一`), or `第N点` for an item of a list without numbers or with bullets. */
export function markerLabel(item: ListItem): string {
  const written = withoutTrailingMarks(item.marker.text);
  return RE_NAMING_MARKER.test(written) ? written : `第${toChineseNumeral(item.number)}点`;
}

/** The item's number as its marker writes it (`一是` → `一`, `（2）` → `2`), or as a Chinese numeral when the marker has none. */
export function markerNumeral(item: ListItem): string {
  return RE_MARKER_NUMERAL.exec(item.marker.text)?.[0] ?? toChineseNumeral(item.number);
}

/** How slides and charts name text that no opener introduces. */
export const UNOPENED_PART_LABEL = '会议内容';

/** Who said what, as the part opens: `会议指出`, `马军指出`, `张金波部长提出`; `fallback` for text no opener introduces. */
export function partLabel(part: Part, fallback = ''): string {
  return part.speaker ? `${part.speaker.text}${part.verb}` : fallback;
}
