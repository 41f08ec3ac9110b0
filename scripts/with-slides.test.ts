import { describe, expect, test } from 'vitest';
import { takeSlidesOption } from './with-slides.ts';

describe('choosing the slides folder for dev and build', () => {
  test.each([
    [['vite', '--slides', 'decks/a', '--port', '3000'], { slides: 'decks/a', rest: ['vite', '--port', '3000'] }],
    [['vite', 'build', '--slides=decks/b'], { slides: 'decks/b', rest: ['vite', 'build'] }],
    [['vite', 'build', '--outDir', 'dist/x', '--slides', 'decks/c'], { slides: 'decks/c', rest: ['vite', 'build', '--outDir', 'dist/x'] }],
    [['vite', '--mode', 'single'], { rest: ['vite', '--mode', 'single'] }],
    [['vite'], { rest: ['vite'] }],
  ])('%j', (argv, expected) => {
    expect(takeSlidesOption(argv)).toEqual(expected);
  });

  test.each([[['vite', '--slides']], [['vite', '--slides', '--port']], [['vite', '--slides=']]])(
    '%j is refused: the folder is missing',
    (argv) => {
      expect(() => takeSlidesOption(argv)).toThrow(/--slides needs a folder/);
    },
  );
});
