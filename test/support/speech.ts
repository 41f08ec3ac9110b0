/** The project's speech, read once for tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSpeech, type Speech } from '../../src/speech/index.ts';
import { PROJECT_ROOT } from './build.ts';

/** The speech file's text as committed (a verbatim copy of the report). */
export const SPEECH_SOURCE = readFileSync(join(PROJECT_ROOT, 'slides', 'speech.txt'), 'utf8');

/** The parsed speech. */
export const SPEECH: Speech = parseSpeech(SPEECH_SOURCE);
