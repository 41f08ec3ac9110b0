/** The speech: parsing a report into a typed model. */
export type { Lead, Part, Passage, Priority, Speech } from './model.ts';
export { parseSpeech } from './parse.ts';
export { SpeechError } from './errors.ts';
export { clausesOf, sentencesOf } from './text.ts';
export { toChineseNumeral } from './numerals.ts';
