/** The slides around the body: title, the lead's facts, chart slides and the closing. Pure. */
import { clausesOf, meetingTitle, type Passage, passage, type Speech } from '../speech/index.ts';
import type { ChartSlidePlan } from './charts.ts';
import { bulletsOf, clauseAt, excerptsOf } from './excerpts.ts';
import type { PlannedItem, PlannedSlide } from './pages.ts';

/** The clause of the lead that says the meeting was held; the clauses after it say what for. */
const RE_CONVENED = /召开|举行|举办/;
/** What the title slide says it is, and its heading when the report names nothing. */
const TITLE_KICKER = '会议报告';
/** A column label before the headline proper: `【工作动态】`. */
const RE_COLUMN_LABEL = /^【[^】]*】\s*/;

/** A subtitle under the headline: `——记某社区新时代文明实践站`. */
const RE_SUBTITLE = /^——/;

/** The subtitle the parser set aside among the credits, between the headline and the body. */
function subtitleOf(speech: Speech): Passage | undefined {
  return speech.credits.find((c) => c.start > speech.headline.end && c.end <= speech.body.start && RE_SUBTITLE.test(c.text));
}

/**
 * The title: the meeting's title; below it, the report's subtitle, or else what the meeting was for
 * (the lead slide shows that too).
 */
export function titleSlide(speech: Speech): PlannedSlide {
  const purpose =
    subtitleOf(speech) ??
    readLeadClauses(speech)
      .purpose.map((run) => excerptsOf(speech.text, run, 1)[0])
      .find((e) => e !== undefined);
  return {
    id: 'title',
    layout: 'title',
    kicker: speech.lead.fullDate ? `${TITLE_KICKER} · ${speech.lead.fullDate}` : TITLE_KICKER,
    source: { kind: 'headline' },
    heading: meetingTitle(speech) || TITLE_KICKER,
    ...(purpose ? { paragraph: purpose.text } : {}),
    notes: `开场：${speech.headline.text}。`,
  };
}

/** The lead's people as the lead slide labels them: each clause once, under both roles when it holds both. */
interface PersonItem {
  readonly label: '讲话' | '主持' | '主持并讲话';
  readonly clause: Passage;
}

/** What the lead's clauses tell, sorted by where the slides show them. */
interface LeadClauses {
  /** The clauses of who spoke and presided, labelled. */
  readonly people: readonly PersonItem[];
  /** The clause that says the meeting was held (`市文明委召开全体会议`), when the first sentence has one: the title's words. */
  readonly convened?: Passage;
  /** What the meeting was for: the first sentence's clauses before its people and attendance (`为…，`, `…召开，总结…`), in runs. */
  readonly purpose: readonly Passage[];
  /** Every other clause no slide shows otherwise (`市委副书记吴敏宣读《…》`, `会议传达了…`, `各县设分会场`), in runs. */
  readonly others: readonly Passage[];
}

/** True when two passages share any text. */
const overlaps = (a: Passage, b: Passage): boolean => a.start < b.end && b.start < a.end;

/** The people's clauses, each short enough to stand as one bullet (a longer one is left to the runs). */
function peopleOf(speech: Speech): PersonItem[] {
  const { lead, text } = speech;
  const clauseOf = (person: Passage): Passage | undefined => clauseAt(text, lead.body, person.start);
  // One who 主持会议并讲话 has one clause for both roles: it is shown once, under both names.
  const presiding = new Set(lead.presiders.map((p) => clauseOf(p)?.start));
  const people: PersonItem[] = [];
  for (const speaker of lead.speakers) {
    // A speech's byline stands above its lead, on a line of its own: the line is the clause.
    const clause = speaker.end <= lead.body.start ? speaker : clauseOf(speaker);
    if (clause) people.push({ label: presiding.has(clause.start) ? '主持并讲话' : '讲话', clause });
  }
  for (const presider of lead.presiders) {
    const clause = clauseOf(presider);
    if (clause && !people.some((p) => p.clause.start === clause.start)) people.push({ label: '主持', clause });
  }
  return people;
}

/** The runs of consecutive clauses of one sentence that `hidden` does not keep out. */
function runsOf(text: string, sentence: Passage, hidden: (clause: Passage) => boolean): Passage[] {
  const runs: Passage[] = [];
  let run: Passage[] = [];
  const close = (): void => {
    if (run.length > 0) runs.push(passage(text, run[0]!.start, run.at(-1)!.end));
    run = [];
  };
  for (const clause of clausesOf(text, sentence)) {
    if (hidden(clause)) close();
    else run.push(clause);
  }
  close();
  return runs;
}

/**
 * Sorts every clause of the lead and of the report's closing sentences: the date, the people and
 * the attendance have places of their own (the date and people labelled, the attendance in the
 * notes), and the clause that says the meeting was held is the title's. Every other clause is the
 * purpose or another fact of the meeting: nothing the lead tells is left out.
 */
function readLeadClauses(speech: Speech): LeadClauses {
  const { lead, text } = speech;
  const people = peopleOf(speech);
  const [first, ...rest] = [...lead.sentences, ...lead.epilogue];
  if (!first) return { people, purpose: [], others: [] };
  const facts = [...people.map((p) => p.clause), ...lead.attendance];
  const isFact = (clause: Passage): boolean => facts.some((f) => overlaps(f, clause));
  const isDate = (clause: Passage): boolean => clause.text === lead.date?.text;
  const convened = clausesOf(text, first).find((c) => RE_CONVENED.test(c.text));
  const hidden = (clause: Passage): boolean => isFact(clause) || isDate(clause) || clause.start === convened?.start;
  // The purpose stands before the first sentence's people and attendance; what follows them is another fact.
  const firstFact = clausesOf(text, first).find(isFact)?.start ?? first.end;
  const firstRuns = runsOf(text, first, hidden);
  return {
    people,
    ...(convened ? { convened } : {}),
    purpose: convened ? firstRuns.filter((run) => run.end <= firstFact) : [],
    others: [...(convened ? firstRuns.filter((run) => run.end > firstFact) : firstRuns), ...rest.flatMap((s) => runsOf(text, s, hidden))],
  };
}

/**
 * The date as the lead slide shows it: in full (`3月15日`, its month from the dateline) where the
 * speech holds it so, as a bullet quotes the speech; else as the lead writes it (`18日至19日`).
 */
function dateBullet(text: string, date: Passage, fullDate: string | undefined): string {
  return fullDate !== undefined && text.includes(fullDate) ? fullDate : date.text;
}

/**
 * The lead: when, who spoke and presided, what for, and every other thing it tells of the meeting
 * (`…宣读《…》`, `会议传达了…`, `…作了交流发言`), in its own words; the attendance goes to the
 * notes. Undefined for an empty lead.
 */
export function leadSlide(speech: Speech): PlannedSlide | undefined {
  const { lead, text } = speech;
  if (lead.body.text === '') return undefined;
  const { people, convened, purpose, others } = readLeadClauses(speech);
  const bullets = (runs: readonly Passage[]): PlannedItem[] => runs.flatMap((run) => bulletsOf(text, run)).map((b) => ({ text: b.text }));
  const date: PlannedItem[] = lead.date ? [{ label: '时间', text: dateBullet(text, lead.date, lead.fullDate) }] : [];
  const facts: PlannedItem[] = [
    ...people.map((p) => ({ label: p.label, text: p.clause.text })),
    ...bullets(purpose).map((b, i) => (i === 0 ? { label: '任务', text: b.text } : b)),
    ...bullets(others),
  ];
  // Who held the meeting is the title's to say, unless the lead tells nothing else.
  const held = convened && facts.length === 0 ? bullets([convened]) : [];
  const items = [...date, ...held, ...facts];
  const attendance = lead.attendance.map((a) => a.text);
  return {
    id: 'meeting',
    layout: 'bullets',
    kicker: '会议概况',
    source: { kind: 'lead' },
    heading: '谁召开、谁讲话、谁参加',
    items,
    notes: attendance.length > 0 ? `参加会议的有：${attendance.join('；')}。` : '导语没有列出参会单位。',
  };
}

/** A chart slide. */
export function chartSlide(plan: ChartSlidePlan): PlannedSlide {
  return {
    id: `chart-${plan.name}`,
    layout: 'chart',
    kicker: plan.kicker,
    chart: plan.name,
    ...(plan.source ? { source: plan.source } : {}),
    heading: plan.heading,
    notes: `图表：${plan.heading}。`,
  };
}

/** The closing: the headline again, and the attribution when the report has one. */
export function closingSlide(speech: Speech): PlannedSlide {
  const { attribution } = speech;
  return {
    id: 'closing',
    layout: 'closing',
    kicker: attribution ? '来源' : '结束',
    ...(attribution ? { source: { kind: 'attribution' } as const, quote: attribution.text } : {}),
    heading: speech.headline.text.replace(RE_COLUMN_LABEL, '') || TITLE_KICKER,
    notes: '结束。',
  };
}
