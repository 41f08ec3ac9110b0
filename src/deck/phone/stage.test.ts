import { expect, test } from 'vitest';
import { PHONE_STAGE } from '../../contract/index.ts';
import { stageFor } from './stage.ts';

test('a narrow screen gets the portrait stage, a wide one the deck stage', () => {
  const deck = { width: 1920, height: 1080 };
  expect(stageFor(true, deck)).toEqual(PHONE_STAGE);
  expect(stageFor(false, deck)).toEqual(deck);
  expect(PHONE_STAGE.height / PHONE_STAGE.width).toBeGreaterThan(1);
});
