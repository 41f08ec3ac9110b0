/** The speech: parsing a report into a typed model. */

export { SpeechError } from './errors.ts';
export type { Lead, Part, Passage, Priority, Speech } from './model.ts';
export { toChineseNumeral } from './numerals.ts';
export { parseSpeech } from './parse.ts';
export { clausesOf, sentencesOf } from './text.ts';
export { shortTitles } from './titles.ts';
