/**
 * A speech as its text is published (`在全市宣传思想文化工作会议上的讲话`): under the headline,
 * the speaker's title and name on a line of their own, then the date in brackets, then
 * `同志们：`. Those two lines say who spoke and when, as a report's lead does. Pure.
 */
import type { Passage } from './model.ts';
import { passage } from './text.ts';

/** A headline that names a speech: `…上的讲话`, `…致辞`, `…工作报告`. */
const RE_SPEECH_HEADLINE = /(?:讲话|致辞|报告)$/;
/** A subtitle that names the speech under a headline of its own: `——在全市…会议上的讲话`. */
const RE_SPEECH_SUBTITLE = /^[—-]{1,2}.*(?:讲话|致辞|报告)$/;
/** The date line under it: `（2024年2月26日）`, `（二〇二四年一月十日）`. */
const RE_DATE_LINE = /^（((?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日)）$/;
/** The speaker's line: a title and a name, no sentence marks (`市委常委、宣传部部长　林志强`). */
const RE_BYLINE = /^[^，。；：！？（）“”《》]{2,30}$/;

/** True when a headline names a speech. */
export function isSpeechHeadline(headline: string): boolean {
  return RE_SPEECH_HEADLINE.test(headline);
}

/** True when a subtitle under the headline names a speech. */
export function isSpeechSubtitle(line: string): boolean {
  return RE_SPEECH_SUBTITLE.test(line);
}

/** True when `line`, under a speech's headline, is its date line, or its byline with the date line right before or after it. */
export function isSpeechByline(line: string, previous: string | undefined, next: string | undefined): boolean {
  if (RE_DATE_LINE.test(line)) return true;
  return RE_BYLINE.test(line) && [previous, next].some((l) => l !== undefined && RE_DATE_LINE.test(l));
}

/** Who spoke and when, from the lines under a speech's headline (set aside as leading lines). */
export function speechByline(text: string, leading: readonly Passage[]): { speaker?: Passage; date?: Passage } {
  const dateLine = leading.findIndex((line) => RE_DATE_LINE.test(line.text));
  if (dateLine === -1) return {};
  const line = leading[dateLine]!;
  // The date without its brackets, as a passage of the text.
  const date = passage(text, line.start + 1, line.end - 1);
  // The speaker's line stands above the date, or under it.
  const speaker = [leading[dateLine - 1], leading[dateLine + 1]].find(
    (l) => l !== undefined && RE_BYLINE.test(l.text) && !RE_SPEECH_HEADLINE.test(l.text) && !/^[—-]/.test(l.text),
  );
  return { date, ...(speaker ? { speaker } : {}) };
}
