/** Reading the lead paragraph: date, speakers, presiders, attendance. */
import type { Lead, Passage } from './model.ts';
import { clausesOf, passage, sentencesOf } from './text.ts';

/** A date at the start of the lead: `2月1日下午`, `2021年2月1日`. */
const RE_DATE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?/;
/** What a speaker's clause ends with: `…出席并讲话`, `…讲话`, `…作报告`. */
const RE_SPEAKER = /(?:出席(?:会议)?并)?(?:讲话|作报告|致辞)/;
/** What a presider's clause holds: `…主持并传达…`, `…主持会议`. */
const RE_PRESIDER = /主持/;
/** The end of the attendance list: `…等参加会议`. */
const RE_ATTENDANCE_END = /等?(?:参加|出席)(?:了)?会议/;
/** A joining word at the start of an attendance clause, left out of the clause. */
const RE_JOINING_WORD = /^(?:以及|和|及)/;

/** The clauses of the lead whose text before `pattern` names a person. */
function peopleBefore(text: string, clauses: readonly Passage[], pattern: RegExp): Passage[] {
  return clauses.flatMap((clause) => {
    const match = pattern.exec(clause.text);
    if (!match || match.index === 0) return [];
    return [passage(text, clause.start, clause.start + match.index)];
  });
}

/** Reads the lead paragraph `body` of the joined speech `text`. */
export function readLead(text: string, body: Passage): Lead {
  const sentences = sentencesOf(text, body);
  const clauses = clausesOf(text, body);
  const dateMatch = RE_DATE.exec(body.text);
  const date = dateMatch ? passage(text, body.start, body.start + dateMatch[0].length) : undefined;

  const attendanceSentence = sentences.find((s) => RE_ATTENDANCE_END.test(s.text));
  let attendance: Passage[] = [];
  if (attendanceSentence) {
    const endAt = attendanceSentence.start + RE_ATTENDANCE_END.exec(attendanceSentence.text)!.index;
    attendance = clausesOf(text, passage(text, attendanceSentence.start, endAt)).map((clause) => {
      const joining = RE_JOINING_WORD.exec(clause.text);
      return joining ? passage(text, clause.start + joining[0].length, clause.end) : clause;
    });
  }

  return {
    body,
    sentences,
    ...(date ? { date } : {}),
    speakers: peopleBefore(text, clauses, RE_SPEAKER),
    presiders: peopleBefore(text, clauses, RE_PRESIDER),
    attendance,
  };
}
