/** Reads a deck folder from disk and builds it: the only place the deck build touches files. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { CHARTS } from '../charts/index.ts';
import { SPEECH_FILE } from '../contract/index.ts';
import { buildDeck, type DeckModel } from '../slides/deck.ts';
import { SlideError } from '../slides/errors.ts';

/** The speech inside a deck folder. */
export { SPEECH_FILE } from '../contract/index.ts';

/** Slide files inside a deck folder. */
const RE_SLIDE_FILE = /\.md$/;
/** What UTF-8 decoding puts where bytes were not UTF-8. */
const REPLACEMENT_CHARACTER = '\uFFFD';

/** A path as messages show it: relative to the project when inside it, else absolute (a deck folder elsewhere). */
export function displayPath(path: string, root: string): string {
  const inside = relative(root, path);
  return inside.startsWith('..') || isAbsolute(inside) ? resolve(path) : inside || '.';
}

/** Reads a text file that must be UTF-8; a clear error otherwise. */
function readText(path: string, shownAs: string): string {
  const text = readFileSync(path, 'utf8');
  const bad = text.indexOf(REPLACEMENT_CHARACTER);
  if (bad !== -1) {
    const line = text.slice(0, bad).split('\n').length;
    throw new SlideError('the file is not UTF-8 text: save it as UTF-8', shownAs, line);
  }
  return text;
}

/** The slide files of a deck folder, sorted by name; a file that is neither a slide nor the speech is an error. */
export function listSlideFiles(slidesDir: string, root: string): string[] {
  if (!existsSync(slidesDir) || !statSync(slidesDir).isDirectory()) {
    throw new SlideError(
      'the slides folder does not exist: create it with the speech file and one .md file per slide',
      displayPath(slidesDir, root),
    );
  }
  const names = readdirSync(slidesDir)
    .filter((name) => !name.startsWith('.'))
    .sort();
  for (const name of names) {
    if (name !== SPEECH_FILE && !RE_SLIDE_FILE.test(name)) {
      throw new SlideError(
        `"${name}" is not a slide: the slides folder holds ${SPEECH_FILE} and *.md slide files only (images go in assets/)`,
        displayPath(join(slidesDir, name), root),
      );
    }
  }
  return names.filter((name) => RE_SLIDE_FILE.test(name)).map((name) => join(slidesDir, name));
}

/** Loads and builds the deck in `slidesDir`; file names in messages are relative to `root`. */
export function loadDeck(slidesDir: string, root: string): DeckModel {
  const shown = (path: string): string => displayPath(path, root);
  const speechPath = join(slidesDir, SPEECH_FILE);
  const slidePaths = listSlideFiles(slidesDir, root);
  if (!existsSync(speechPath)) {
    throw new SlideError(`the speech file is missing: put the report's text in ${shown(speechPath)}`, shown(speechPath));
  }
  return buildDeck({
    speech: { file: shown(speechPath), source: readText(speechPath, shown(speechPath)) },
    slides: slidePaths.map((path) => ({ file: shown(path), source: readText(path, shown(path)) })),
    charts: CHARTS,
    assetExists: (href, fromFile) => !/^[a-z]+:/i.test(href) && existsSync(resolve(dirname(resolve(root, fromFile)), href)),
  });
}

/** The files a deck is built from, for watching. */
export function deckInputs(slidesDir: string): string[] {
  return existsSync(slidesDir) ? readdirSync(slidesDir).map((name) => join(slidesDir, name)) : [];
}
