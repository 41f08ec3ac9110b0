/** The report's headline and the meeting's title: from the headline line, or from the lead when there is none. Pure. */
import type { Lead, Passage, Speech } from './model.ts';
import { charCount } from './punctuation.ts';
import { clausesOf, passage, sentencesOf } from './text.ts';

/** What says the meeting was held. */
const RE_CONVENED = /召开|举行|举办/;
/** A column label before the headline proper: `【工作动态】`. */
const RE_COLUMN_LABEL = /^【[^】]*】\s*/;
/** The verb closing a headline (`…会议召开`, `…在长沙召开`, `…在京举行`): not part of the meeting's name. */
const RE_CLOSING_VERB = /(?:在[^，。在]{1,8})?(?:隆重)?(?:召开|举行|举办)$/;
/** The end of a meeting's name after the verb: `…联席会议`, `…推进会`, `…例会`. */
const RE_MEETING_NAME_END = /会议?(?!.*会)/;
/** The longest derived headline; past it only the meeting's name after the verb is kept. */
const MAX_DERIVED_CHARS = 32;
/** The shortest title worth showing without its closing verb. */
const MIN_TITLE_CHARS = 4;

/**
 * The headline of a report that has no headline line: the lead's clause that says the meeting
 * was held (`我市召开创建全国文明城市工作联席会议`), up to the end of the meeting's name; the
 * first clause of the lead (or of the body, when there is no lead) when no clause says so.
 */
export function deriveHeadline(text: string, lead: Lead, body: Passage): Passage {
  const within = lead.body.text !== '' ? lead.body : (sentencesOf(text, body)[0] ?? body);
  const clauses = clausesOf(text, within);
  const convened = clauses.find((c) => RE_CONVENED.test(c.text));
  if (!convened) return clauses.find((c) => c.text !== lead.date?.text && charCount(c.text) >= MIN_TITLE_CHARS) ?? clauses[0] ?? within;
  const verb = RE_CONVENED.exec(convened.text)!;
  const afterVerb = convened.text.slice(verb.index + verb[0].length);
  const name = RE_MEETING_NAME_END.exec(afterVerb);
  const end = name ? convened.start + verb.index + verb[0].length + name.index + name[0].length : convened.end;
  const whole = passage(text, convened.start, end);
  if (charCount(whole.text) <= MAX_DERIVED_CHARS || !name) return whole;
  return passage(text, convened.start + verb.index + verb[0].length, end);
}

/** The meeting's title: the headline without its column label and closing verb (`…主任会议召开` → `…主任会议`). */
export function meetingTitle(speech: Pick<Speech, 'headline'>): string {
  const bare = speech.headline.text.replace(RE_COLUMN_LABEL, '');
  const withoutVerb = bare.replace(RE_CLOSING_VERB, '');
  return charCount(withoutVerb) >= MIN_TITLE_CHARS ? withoutVerb : bare;
}
