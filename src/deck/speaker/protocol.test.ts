import { expect, test } from 'vitest';
import { RECEIVER_PARAM, SPEAKER_VIEW_TARGET } from '../../contract/index.ts';
import { deckUrlWith, pageRole, speakerViewUrl } from './protocol.ts';

const at = (href: string): Location => new URL(href) as unknown as Location;

test('the speaker view opens at the deck with its parameter and the fragment that hides slide 1 before the view is built', () => {
  const url = speakerViewUrl(at('https://example.org/deck/?duration=40#/7'));
  expect(url).toBe(`https://example.org/deck/?duration=40&speaker#${SPEAKER_VIEW_TARGET}`);
  expect(pageRole(at(url))).toBe('speaker');
});

test("a preview's address keeps the deck's own parameters, drops the other role's and has no fragment", () => {
  expect(deckUrlWith(at('https://example.org/deck/?speaker&duration=40#/speaker_view'), RECEIVER_PARAM)).toBe(
    'https://example.org/deck/?duration=40&receiver',
  );
});
