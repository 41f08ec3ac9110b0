/** The speech: parsing a report into a typed model, and the names the model gives its pieces. */

export { SpeechError } from './errors.ts';
export { meetingTitle } from './headline.ts';
export type { ItemList, Lead, ListItem, ListKind, Part, Passage, Priority, Speech, SpeechWarning } from './model.ts';
export { toChineseNumeral } from './numerals.ts';
export { INTERTITLE_STYLE } from './paragraphs.ts';
export { parseSpeech } from './parse.ts';
export { CLAUSE_END, charCount, RUN_END, SENTENCE_END, withoutTrailingMarks } from './punctuation.ts';
export { type Clause, clauseSpans, clausesOf, firstClause, passage, sentencesOf } from './text.ts';
export { markerLabel, markerNumeral, partLabel, shortTitles, UNOPENED_PART_LABEL } from './titles.ts';
