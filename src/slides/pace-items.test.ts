import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../test/support/build.ts';
import { OUR_SLIDES_DIR } from '../../test/support/speech.ts';
import { loadDeck } from '../build/load-deck.ts';
import { countCharacters } from '../charts/priorities.ts';
import type { DeckModel } from './deck.ts';
import { paceItems } from './pace-items.ts';

const deck = loadDeck(OUR_SLIDES_DIR, PROJECT_ROOT);
const items = paceItems(deck);
const byId = new Map(items.map((item) => [item.id, item]));

describe('our deck', () => {
  test('one item per slide, in order, with its title and whether it shows a chart', () => {
    expect(items.map((item) => [item.id, item.title, item.chart])).toEqual(deck.slides.map((s) => [s.id, s.title, s.chart !== undefined]));
  });

  test('a slide with a part of its own gets the characters of that part', () => {
    expect(byId.get('review')!.characters).toBe(countCharacters(deck.speech.parts.find((p) => p.verb === '认为')!.body.text));
    expect(byId.get('meeting')!.characters).toBe(countCharacters(deck.speech.lead.body.text));
    for (const priority of deck.speech.priorities) {
      const slide = deck.slides.find((s) => s.priority === priority.number)!;
      expect(byId.get(slide.id)!.characters).toBe(countCharacters(deck.speech.text.slice(priority.marker.start, priority.body.end)));
    }
  });

  test('the overview of all priorities counts none of them again, and a slide without a source counts nothing', () => {
    expect(byId.get('priorities')!.characters).toBe(0);
    expect(byId.get('structure')!.characters).toBe(0);
  });

  test('every character of the speech that a slide presents is counted once', () => {
    const total = items.reduce((sum, item) => sum + item.characters, 0);
    const presented = new Set(deck.slides.flatMap((s) => s.source?.passages ?? []).map((p) => `${p.start}-${p.end}`));
    const covered = [...presented].map((key) => key.split('-').map(Number) as [number, number]);
    const counted = [...deck.speech.text].filter((c, i) => /[\p{L}\p{N}]/u.test(c) && covered.some(([a, b]) => i >= a && i < b)).length;
    expect(total).toBeCloseTo(counted, 9);
  });
});

test('slides with the same source share its characters', () => {
  const twice: DeckModel = { ...deck, slides: [...deck.slides, { ...deck.slides.find((s) => s.id === 'review')!, id: 'review-2' }] };
  const shared = new Map(paceItems(twice).map((item) => [item.id, item.characters]));
  expect(shared.get('review')).toBeCloseTo(byId.get('review')!.characters / 2, 9);
  expect(shared.get('review-2')).toBeCloseTo(byId.get('review')!.characters / 2, 9);
});
