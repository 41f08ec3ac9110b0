/** Short titles of the priorities, for the places that list them all (the tracker, the structure chart). */
import type { Priority } from './model.ts';

/**
 * The titles without the prefix they all share (`更加把牢根本遵循` … → `根本遵循` …), which would
 * say the same thing N times where all are listed together.
 */
export function shortTitles(priorities: readonly Priority[]): string[] {
  const titles = priorities.map((p) => p.title.text);
  // One title shares its whole text with itself: nothing to leave out.
  if (titles.length < 2) return titles;
  let common = 0;
  const shortest = Math.min(...titles.map((t) => t.length));
  while (common < shortest - 2 && titles.every((t) => t[common] === titles[0]![common])) common++;
  return titles.map((t) => (common >= 2 ? t.slice(common) : t));
}
