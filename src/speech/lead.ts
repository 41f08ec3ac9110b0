/** Reading the lead paragraph: date, speakers, presiders, attendance. */
import type { Lead, Passage } from './model.ts';
import { clausesOf, passage, sentencesOf } from './text.ts';

/** One day, with the part of it: `15日`, `2日下午`. */
const DAY = '\\d{1,2}\\s?日(?:上午|下午|晚上|晚)?';
/**
 * The days of a meeting: one day, or its first and last (`18日至19日`, `18日—19日`, `18—19日`,
 * `31日至2月1日`): a meeting of two days is shown as both.
 */
const DAYS = `\\d{1,2}(?:日(?:上午|下午|晚上|晚)?)?(?:至|到|[—–－~～-]{1,2})(?:\\d{1,2}月)?${DAY}|${DAY}`;
/** A date in Chinese numerals, as official texts write it: `二〇二四年三月五日上午`, `三月十五日`. */
const CHINESE_DATE =
  '(?:[〇零一二三四五六七八九]{4}年)?(?:十[一二]?|[一二三四五六七八九])月(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])日(?:上午|下午|晚上|晚)?';
/**
 * A date at the start of a clause of the lead's first sentence: `2月1日下午`, `2021年2月1日`,
 * `1月18日至19日` (after `为…，` too), or a clause that is only days (`18日至19日，…`).
 */
const RE_DATE = new RegExp(
  `^(?:(?:\\d{4}\\s?年\\s?)?\\d{1,2}\\s?月\\s?(?:${DAYS})|(?:${DAYS})$|${CHINESE_DATE}|近日|日前|近期|昨天|昨日|今天|今日|当天)`,
);
/** A day written before where and that the meeting was held, the news agencies' way: `…交流会18日在杭州召开`. */
const RE_DAY_OF_MEETING = new RegExp(`(?:\\d{1,2}月)?(?:${DAYS})(?=(?:在[^，。；]{1,12})?(?:召开|举行|举办))`);
/** A date that leaves its month to the dateline, and its first day: `15日`, `18日至19日`. */
const RE_DAY_ONLY = /^(\d{1,2})(?![\d月])/;
/** A day that gives the month around the lead: a dateline's `3月15日电`, else a page's `2024-03-15`, `2024年3月15日`. */
const RE_CONTEXT_DAYS = [/(\d{1,2})月(\d{1,2})日电/, /\d{4}[-/.年](\d{1,2})[-/.月](\d{1,2})/] as const;
/** What a speaker's clause ends with: `…出席并讲话`, `…主持会议并讲话`, `…作重要讲话`, `…致辞` (not `在讲话中…`). */
const RE_SPEAKER = /(?:讲话|作报告|致辞)$/;
/** What stands before the person in `会议由…主持`: no part of their title. */
const RE_PRESIDED_BY = /^(?:会议|会上|大会)?由/;
/** What a presider's clause holds: `…主持并传达…`, `…主持会议`. */
const RE_PRESIDER = /主持/;
/** Where a person's title and name end in a clause: at the first verb of their role. */
const RE_ROLE_VERB = /出席|主持|到会|作了?(?:重要)?(?:讲话|报告)|发表|讲话|致辞|传达/;
/**
 * The end of the attendance list: `…等参加会议`, `…负责同志参加会议`, `…等出席会议`, `…列席会议`, `…参加座谈`
 * (not a speaker's `出席会议并讲话`, nor a leader's `市长陈刚出席会议`: a person, not the units).
 */
const RE_ATTENDANCE_END = /(?:等(?:参加|出席|列席)|参加|列席)了?(?:会议|座谈(?:会)?)(?!并)/;
/**
 * A clause of the attendance sentence that tells of the meeting (or is its date), not who attended:
 * the list starts after the last one. What a named person did is such a clause (`…宣读《…》`,
 * `…通报了…`, `…作专题辅导报告`), not a unit.
 */
const RE_NOT_ATTENDANCE =
  /召开|举行|举办|讲话|主持|致辞|报告|宣读|传达|通报|部署|总结|汇报|介绍|解读|宣布|领学|点评|发言|观看|审议|听取|设分会场|形式开到|^为/;
/** A closing sentence that tells of the meeting, not what it said: `…等参加会议。`, `…作了交流发言。`, `各县设分会场。` */
const RE_CLOSING_FACT = /(?:参加|列席|出席)了?会议(?!并)|作了?(?:交流|典型|表态)?发言|分会场|以视频(?:会议)?形式/;
/**
 * A closing sentence of what the meeting did besides speaking: `与会人员实地观摩了…`,
 * `会上，…观看了专题片，并为…授牌`, `会议还对…进行了分解` — told, not asked for (no `要`).
 */
const RE_CLOSING_EVENT = /观摩|观看|参观|授牌|颁奖|颁发|签订|签署|^(?:会上|会前|会后|会议期间|会议还)/;
/** What keeps a sentence out of the closing events: a directive, or a speaker's verb (`会上，李某强调，…` opens a part). */
const RE_NOT_AN_EVENT = /要|应当?|必须|将|认为|指出|强调|要求|提出|表示|希望|号召/;

/** True when a sentence closing the report tells of the meeting rather than what it said. */
function isClosingFact(sentence: string): boolean {
  return RE_CLOSING_FACT.test(sentence) || (RE_CLOSING_EVENT.test(sentence) && !RE_NOT_AN_EVENT.test(sentence));
}
/** A joining word at the start of an attendance clause, left out of the clause. */
const RE_JOINING_WORD = /^(?:以及|和|及)/;
/** A sentence that still tells of the meeting itself (who convened, spoke, attended, what was heard), not of what it said. */
const RE_MEETING_FACT =
  /召开|举行|举办|出席|讲话(?!中)|主持|参加|列席|与会|传达|听取|审议|通报|宣读|观看|发言|交流|视频|^(?:会议|会上|会前|会后)(?!认为|指出|强调|要求|提出|决定|号召)/;

/**
 * Where the lead ends: after its first sentence and the sentences right after it that tell of
 * the meeting itself, and never past `limit` (the first part opener or list marker).
 */
export function leadEnd(text: string, content: Passage, limit: number): number {
  const sentences = sentencesOf(text, passage(text, content.start, limit));
  let end = sentences[0]?.end ?? content.start;
  for (const sentence of sentences.slice(1)) {
    if (!RE_MEETING_FACT.test(sentence.text)) break;
    end = sentence.end;
  }
  return end;
}

/** The people named by the lead's clauses that match `pattern`: each clause's words before its first role verb. */
function peopleBefore(text: string, clauses: readonly Passage[], pattern: RegExp): Passage[] {
  return clauses.flatMap((clause) => {
    if (!pattern.test(clause.text)) return [];
    const role = RE_ROLE_VERB.exec(clause.text);
    // `会议由省委副书记黄某主持并讲话`: the person stands after `会议由`.
    const by = RE_PRESIDED_BY.exec(clause.text)?.[0].length ?? 0;
    return role && role.index > by ? [passage(text, clause.start + by, clause.start + role.index)] : [];
  });
}

/**
 * Where the report's closing sentences that tell of the meeting start (`会上，…作了交流发言。…等参加
 * 会议。`), or `content.end` when it closes with what was said. The first sentence is never one.
 */
export function epilogueStart(text: string, content: Passage): number {
  const sentences = sentencesOf(text, content);
  let start = content.end;
  for (let i = sentences.length - 1; i >= 1 && isClosingFact(sentences[i]!.text); i--) start = sentences[i]!.start;
  return start;
}

/** Where `pattern` matches in `within`, as a passage of the text. */
function matchIn(text: string, within: Passage, pattern: RegExp): Passage | undefined {
  const match = pattern.exec(within.text);
  return match ? passage(text, within.start + match.index, within.start + match.index + match[0].length) : undefined;
}

/** The meeting's date: the first clause of the lead's first sentence that opens with one, else the day before `在…召开`. */
function dateOf(text: string, firstSentence: Passage): Passage | undefined {
  for (const clause of clausesOf(text, firstSentence)) {
    const date = matchIn(text, clause, RE_DATE);
    if (date) return date;
  }
  return matchIn(text, firstSentence, RE_DAY_OF_MEETING);
}

/**
 * The month of a date that names only its days (`15日在京召开`), from the first of `context` that
 * tells one: the dateline's (`新华社北京3月15日电`), else the page's. A report is dated on or after
 * the meeting, so a day past the context's day is in the month before it (`28日` under `3月2日电`).
 */
function monthOf(day: number, context: readonly Passage[]): number | undefined {
  for (const pattern of RE_CONTEXT_DAYS) {
    for (const line of context) {
      const found = pattern.exec(line.text);
      if (!found) continue;
      const month = Number(found[1]);
      if (month < 1 || month > 12) continue;
      return day <= Number(found[2]) ? month : ((month + 10) % 12) + 1;
    }
  }
  return undefined;
}

/** The date in full: the date as written, with the month it leaves out when `context` tells it. */
function inFull(date: Passage, context: readonly Passage[]): string {
  const day = RE_DAY_ONLY.exec(date.text);
  const month = day ? monthOf(Number(day[1]), context) : undefined;
  return month === undefined ? date.text : `${month}月${date.text}`;
}

/**
 * Reads the lead paragraph `body` of the joined speech `text`, and the report's `epilogue` (see
 * epilogueStart); `context` holds the passages around the body (dateline, page metadata) that may
 * tell the month of a date that names only its day.
 */
export function readLead(
  text: string,
  body: Passage,
  epilogue: Passage = passage(text, body.end, body.end),
  context: readonly Passage[] = [],
): Lead {
  const sentences = sentencesOf(text, body);
  const clauses = clausesOf(text, body);
  const date = sentences[0] && dateOf(text, sentences[0]);

  const closing = sentencesOf(text, epilogue);
  const attendanceSentence = [...sentences, ...closing].find((s) => RE_ATTENDANCE_END.test(s.text));
  let attendance: Passage[] = [];
  if (attendanceSentence) {
    const endAt = attendanceSentence.start + RE_ATTENDANCE_END.exec(attendanceSentence.text)!.index;
    const listClauses = clausesOf(text, passage(text, attendanceSentence.start, endAt));
    const listStart = listClauses.findLastIndex((clause) => RE_NOT_ATTENDANCE.test(clause.text) || RE_DATE.test(clause.text)) + 1;
    attendance = listClauses.slice(listStart).map((clause) => {
      const joining = RE_JOINING_WORD.exec(clause.text);
      return joining ? passage(text, clause.start + joining[0].length, clause.end) : clause;
    });
  }

  return {
    body,
    sentences,
    ...(date ? { date, fullDate: inFull(date, context) } : {}),
    speakers: peopleBefore(text, clauses, RE_SPEAKER),
    presiders: peopleBefore(text, clauses, RE_PRESIDER),
    attendance,
    epilogue: closing,
  };
}
