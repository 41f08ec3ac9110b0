import { expect, test } from 'vitest';
import { readPresentMessage } from './remote-messages.ts';

const position = { slideId: 'priority-2', index: 7, number: 8, total: 14 };

test.each([
  [
    { type: 'navigate', to: 'next' },
    { type: 'navigate', to: 'next' },
  ],
  [
    { type: 'navigate', to: 'prev' },
    { type: 'navigate', to: 'prev' },
  ],
  [
    { type: 'position', position },
    { type: 'position', position },
  ],
  [
    { type: 'welcome', settings: { targetMinutes: 15 }, decks: 1 },
    { type: 'welcome', settings: { targetMinutes: 15 }, decks: 1 },
  ],
  [
    { type: 'decks', count: 0 },
    { type: 'decks', count: 0 },
  ],
])('reads %j', (sent, read) => {
  expect(readPresentMessage(JSON.stringify(sent))).toEqual(read);
});

test.each([
  ['not JSON', '{type:'],
  ['not an object', '"next"'],
  ['null', 'null'],
  ['an unknown type', JSON.stringify({ type: 'reload' })],
  ['a command no remote has', JSON.stringify({ type: 'navigate', to: 'last' })],
  ['a position without its slide', JSON.stringify({ type: 'position', position: { index: 1, number: 2, total: 3 } })],
  ['a position with a negative index', JSON.stringify({ type: 'position', position: { ...position, index: -1 } })],
  ['a welcome without settings', JSON.stringify({ type: 'welcome', decks: 1 })],
])('ignores %s', (_name, text) => {
  expect(readPresentMessage(text)).toBeUndefined();
});
