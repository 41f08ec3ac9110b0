import { expect, test } from 'vitest';
import { DEFAULT_RATE } from '../../pace/plan.ts';
import { paceSettingsFromSearch } from './settings.ts';

test.each([
  ['', { settings: { rate: DEFAULT_RATE }, rejected: [] }],
  ['?duration=15', { settings: { rate: DEFAULT_RATE, targetMinutes: 15 }, rejected: [] }],
  ['?duration=12.5&rate=180', { settings: { rate: 180, targetMinutes: 12.5 }, rejected: [] }],
  ['?speaker&duration=abc&rate=5', { settings: { rate: DEFAULT_RATE }, rejected: ['duration=abc', 'rate=5'] }],
  ['?duration=', { settings: { rate: DEFAULT_RATE }, rejected: ['duration='] }],
])('%j', (search, expected) => {
  expect(paceSettingsFromSearch(search)).toEqual(expected);
});
