/**
 * A speech as its text is published (`在全市宣传思想文化工作会议上的讲话`): under the headline,
 * the speaker's title and name on a line of their own, then the date in brackets, then
 * `同志们：`. Those two lines say who spoke and when, as a report's lead does. Pure.
 */
import type { Passage } from './model.ts';
import { passage } from './text.ts';

/** A headline that names a speech: `…上的讲话`, `…致辞`, `…工作报告`. */
const RE_SPEECH_HEADLINE = /(?:讲话|致辞|报告)$/;
/** The date line under it: `（2024年2月26日）`. */
const RE_DATE_LINE = /^（(\d{4}年\d{1,2}月\d{1,2}日)）$/;
/** The speaker's line: a title and a name, no sentence marks (`市委常委、宣传部部长　林志强`). */
const RE_BYLINE = /^[^，。；：！？（）“”《》]{2,30}$/;

/** True when a headline names a speech. */
export function isSpeechHeadline(headline: string): boolean {
  return RE_SPEECH_HEADLINE.test(headline);
}

/** True when `line`, under a speech's headline, is its date line, or its byline with the date line right after it. */
export function isSpeechByline(line: string, next: string | undefined): boolean {
  return RE_DATE_LINE.test(line) || (RE_BYLINE.test(line) && next !== undefined && RE_DATE_LINE.test(next));
}

/** Who spoke and when, from the lines under a speech's headline (set aside as leading lines). */
export function speechByline(text: string, leading: readonly Passage[]): { speaker?: Passage; date?: Passage } {
  const dateLine = leading.findIndex((line) => RE_DATE_LINE.test(line.text));
  if (dateLine === -1) return {};
  const line = leading[dateLine]!;
  // The date without its brackets, as a passage of the text.
  const date = passage(text, line.start + 1, line.end - 1);
  const above = leading[dateLine - 1];
  return { date, ...(above && RE_BYLINE.test(above.text) ? { speaker: above } : {}) };
}
