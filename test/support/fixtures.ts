/** The fixture speeches: invented reports of the genre, written for the importer's tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build.ts';

/** The folder of the fixture speeches. */
export const FIXTURE_SPEECHES_DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'speeches');

/** Every fixture speech: its file name, path and text. */
export const FIXTURE_SPEECHES: readonly { readonly name: string; readonly path: string; readonly source: string }[] = readdirSync(
  FIXTURE_SPEECHES_DIR,
)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, path: join(FIXTURE_SPEECHES_DIR, name), source: readFileSync(join(FIXTURE_SPEECHES_DIR, name), 'utf8') }));
