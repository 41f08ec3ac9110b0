/** The pace plan's settings as a page gets them: from its address (`?duration=15&rate=200`), checked. */
import { DURATION_PARAM, RATE_PARAM } from '../../contract/index.ts';
import { DEFAULT_RATE, type PaceSettings, parsePaceNumber, RATE_RANGE, TARGET_MINUTES_RANGE } from '../../pace/plan.ts';

/** The settings, and the parameters that were given but could not be used (shown to the presenter, not dropped silently). */
export interface SettingsFromAddress {
  readonly settings: PaceSettings;
  readonly rejected: readonly string[];
}

/** Reads `duration` (minutes) and `rate` (characters per minute) from a query string. */
export function paceSettingsFromSearch(search: string): SettingsFromAddress {
  const params = new URLSearchParams(search);
  const rejected: string[] = [];
  const read = (name: string, range: { readonly min: number; readonly max: number }): number | undefined => {
    const text = params.get(name);
    if (text === null) return undefined;
    const value = parsePaceNumber(text, range);
    if (value === undefined) rejected.push(`${name}=${text}`);
    return value;
  };
  const targetMinutes = read(DURATION_PARAM, TARGET_MINUTES_RANGE);
  const rate = read(RATE_PARAM, RATE_RANGE) ?? DEFAULT_RATE;
  return { settings: { rate, ...(targetMinutes !== undefined ? { targetMinutes } : {}) }, rejected };
}
