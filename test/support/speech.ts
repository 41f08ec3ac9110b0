/** The project's speech, read once for tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SLIDES_DIR, SPEECH_FILE } from '../../src/contract/index.ts';
import { parseSpeech, type Speech } from '../../src/speech/index.ts';
import { PROJECT_ROOT } from './build.ts';

/** Our own deck folder. */
export const OUR_SLIDES_DIR = join(PROJECT_ROOT, DEFAULT_SLIDES_DIR);

/** The speech file's text as committed (a verbatim copy of the report). */
export const SPEECH_SOURCE = readFileSync(join(OUR_SLIDES_DIR, SPEECH_FILE), 'utf8');

/** The parsed speech. */
export const SPEECH: Speech = parseSpeech(SPEECH_SOURCE);

/** The titles of our speech's seven priorities, as the report writes them. */
export const OUR_PRIORITY_TITLES: readonly string[] = [
  '更加把牢根本遵循',
  '更加把牢基本职责',
  '更加把牢根本任务',
  '更加把牢方向目标',
  '更加把牢文明城区创建这一龙头工程',
  '更加把牢创新发展第一动力',
  '更加把牢机制保障',
];
