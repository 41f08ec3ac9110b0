import { describe, expect, test } from 'vitest';
import { BUILD_DEFAULTS, parseSiteUrl, resolveBuildOptions } from './options.ts';

describe('the deck address (DECK_URL)', () => {
  test.each([
    [undefined, undefined],
    ['', undefined],
    ['  ', undefined],
    ['https://example.org/decks/2021', 'https://example.org/decks/2021/'],
    ['https://example.org/decks/2021/', 'https://example.org/decks/2021/'],
    ['https://example.org/decks/index.html', 'https://example.org/decks/index.html'],
    ['http://example.org', 'http://example.org/'],
    ['https://example.org/d/?x=1#/3', 'https://example.org/d/'],
  ])('%j reads as %j', (value, expected) => {
    expect(parseSiteUrl(value)).toBe(expected);
  });

  test.each(['example.org/deck', '/deck/', 'ftp://example.org/'])('%j is refused with what to set', (value) => {
    expect(() => parseSiteUrl(value)).toThrow(
      /DECK_URL=".*" is not an absolute http\(s\) URL: set it to the address the deck is served from/,
    );
  });
});

describe('which value a build option takes: the caller, else the environment, else the default', () => {
  const env = { DECK_SLIDES: 'decks/env', DECK_URL: 'https://env.example/' };
  test.each([
    ['nothing given, no environment', {}, {}, BUILD_DEFAULTS],
    ['the environment over the defaults', {}, env, { ...BUILD_DEFAULTS, slidesDir: 'decks/env', siteUrl: 'https://env.example/' }],
    [
      'the caller over the environment',
      { slidesDir: 'decks/given', siteUrl: 'https://given.example' },
      env,
      { ...BUILD_DEFAULTS, slidesDir: 'decks/given', siteUrl: 'https://given.example/' },
    ],
    ['a caller who says "no address" is heard', { siteUrl: undefined }, env, { ...BUILD_DEFAULTS, slidesDir: 'decks/env' }],
    ['an empty DECK_SLIDES is no folder', {}, { DECK_SLIDES: '' }, BUILD_DEFAULTS],
    [
      'options the environment never sets',
      { singleFile: true, linkPreview: false },
      env,
      { ...BUILD_DEFAULTS, slidesDir: 'decks/env', siteUrl: 'https://env.example/', singleFile: true, linkPreview: false },
    ],
  ])('%s', (_name, given, environment, expected) => {
    expect(resolveBuildOptions(given, environment)).toEqual(expected);
  });
});
