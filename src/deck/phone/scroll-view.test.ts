import { expect, test } from 'vitest';
import { slideOfHash } from './scroll-view.ts';

const slides = [{ id: 'title' }, { id: 'meeting' }, { id: 'priority-1' }, { id: '会议' }];

test.each([
  ['#/title', 'title'],
  ['#/priority-1', 'priority-1'],
  ['#/1', 'title'],
  ['#/3', 'priority-1'],
  ['#/3/0', 'priority-1'],
  [`#/${encodeURIComponent('会议')}`, '会议'],
  ['#/5', undefined],
  ['#/0', undefined],
  ['#/nowhere', undefined],
  ['#title', undefined],
  ['', undefined],
])('%j names slide %j', (hash, id) => {
  expect(slideOfHash(hash, slides)?.id).toBe(id);
});
