/** The slides around the body: title, the lead's facts, chart slides and the closing. Pure. */
import { meetingTitle, type Passage, passage, type Speech } from '../speech/index.ts';
import type { ChartSlidePlan } from './charts.ts';
import { bulletsOf, clauseAt, excerptsOf } from './excerpts.ts';
import type { PlannedItem, PlannedSlide } from './pages.ts';

/** The clause of the lead that says the meeting was held; the clauses after it say what for. */
const RE_CONVENED = /召开|举行|举办/;
/** What the title slide says it is, and its heading when the report names nothing. */
const TITLE_KICKER = '会议报告';
/** A column label before the headline proper: `【工作动态】`. */
const RE_COLUMN_LABEL = /^【[^】]*】\s*/;

/** The title: the meeting's title; below it, what the meeting was for. */
export function titleSlide(speech: Speech): PlannedSlide {
  const purpose = purposeOf(speech);
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

/** The clauses of the lead's first sentence after the one saying the meeting was held, as one excerpt. */
function purposeOf(speech: Speech): Passage | undefined {
  const first = speech.lead.sentences[0];
  if (!first) return undefined;
  const convened = RE_CONVENED.exec(first.text);
  if (!convened) return undefined;
  const clauseEnd = speech.text.indexOf('，', first.start + convened.index);
  if (clauseEnd === -1 || clauseEnd >= first.end) return undefined;
  return excerptsOf(speech.text, passage(speech.text, clauseEnd + 1, first.end), 1)[0];
}

/**
 * The date as the lead slide shows it: in full (`3月15日`, its month from the dateline) where the
 * speech holds it so, as a bullet quotes the speech; else as the lead writes it (`18日至19日`).
 */
function dateBullet(text: string, date: Passage, fullDate: string | undefined): string {
  return fullDate !== undefined && text.includes(fullDate) ? fullDate : date.text;
}

/** The lead: when, who spoke, who presided, what for; the attendance goes to the notes. Undefined for an empty lead. */
export function leadSlide(speech: Speech): PlannedSlide | undefined {
  const { lead, text } = speech;
  if (lead.body.text === '') return undefined;
  const items: PlannedItem[] = [];
  if (lead.date) items.push({ label: '时间', text: dateBullet(text, lead.date, lead.fullDate) });
  const clauseOf = (person: Passage): Passage | undefined => clauseAt(text, lead.body, person.start);
  // One who 主持会议并讲话 has one clause for both roles: it is shown once, under both names.
  const presiding = new Set(lead.presiders.map((p) => clauseOf(p)?.start));
  const bothRoles = new Set<number | undefined>();
  for (const speaker of lead.speakers) {
    const clause = clauseOf(speaker);
    if (!clause) continue;
    const both = presiding.has(clause.start);
    if (both) bothRoles.add(clause.start);
    items.push({ label: both ? '主持并讲话' : '讲话', text: clause.text });
  }
  for (const presider of lead.presiders) {
    const clause = clauseOf(presider);
    if (clause && !bothRoles.has(clause.start)) items.push({ label: '主持', text: clause.text });
  }
  const purpose = purposeOf(speech);
  if (purpose) items.push({ label: '任务', text: purpose.text });
  // A lead that names none of these still gets bullets: its first excerpts.
  if (items.length <= 1) items.push(...excerptsOf(text, lead.body).map((e) => ({ text: e.text })));
  // What else the lead tells of the meeting (`会议审议通过了《…》`) after its first sentence.
  const facts = [...lead.speakers, ...lead.presiders, ...lead.attendance];
  // …and what the report's closing sentences tell of it (`…作了交流发言`), which belong to no part.
  for (const sentence of [...lead.sentences.slice(1), ...lead.epilogue]) {
    if (facts.some((f) => f.start >= sentence.start && f.end <= sentence.end)) continue;
    items.push(...bulletsOf(text, sentence).map((b) => ({ text: b.text })));
  }
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
