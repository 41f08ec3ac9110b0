/** A parsed speech → the drafts of a new deck's slides, one per key area of the report. Pure. */

import { type Part, type Passage, type Priority, type Speech, toChineseNumeral } from '../speech/index.ts';
import { passage } from '../speech/text.ts';
import type { ChartSlidePlan } from './charts.ts';
import { charCount, clauseAt, excerptsOf, MAX_EXCERPT_CHARS } from './excerpts.ts';
import { blockQuote, bulletList, numberedList, type SlideDraft } from './write.ts';

/** A column label before the headline proper: `【工作动态】`. */
const RE_HEADLINE_LABEL = /^【[^】]*】\s*/;
/** The verb that closes a headline (`…会议召开`): dropped from the title slide's heading. */
const RE_HEADLINE_VERB = /(?:在京)?(?:召开|举行|举办)$/;
/** The clause of the lead that says the meeting was held; the clauses after it say what for. */
const RE_CONVENED = /召开|举行|举办/;
/** A marker's trailing punctuation (`第一，`), left out of the kicker. */
const RE_MARKER_MARK = /[，、：]$/;
/** The most priority titles one overview slide lists (seven long titles fit at 16:9). */
const MAX_OVERVIEW_ITEMS = 7;
/** The longest lead-in clause (`重点抓好七个方面工作`) used as the overview's kicker. */
const MAX_KICKER_CHARS = 20;

/** Slide ids and headings for parts by their verb; other verbs get `part-<n>` and `会议<verb>`. */
const PART_SLIDES: Readonly<Record<string, { readonly id: string; readonly heading: string }>> = {
  认为: { id: 'review', heading: '回顾与成绩' },
  指出: { id: 'context', heading: '形势与要求' },
  强调: { id: 'emphasis', heading: '几点强调' },
  要求: { id: 'requirements', heading: '工作要求' },
  提出: { id: 'proposals', heading: '提出的任务' },
  决定: { id: 'decisions', heading: '会议决定' },
  号召: { id: 'call', heading: '会议号召' },
  部署: { id: 'deployment', heading: '工作部署' },
};

/** What the drafting found worth telling the person who imports. */
export interface Drafted {
  readonly drafts: readonly SlideDraft[];
  readonly warnings: readonly string[];
}

/** A count as the deck says it: 两 for 2, else the Chinese numeral. */
function countWord(n: number): string {
  return n === 2 ? '两' : toChineseNumeral(n);
}

/** Drafts every slide of the deck for `speech`, with chart slides for `charts` (already chosen). */
export function draftSlides(speech: Speech, charts: readonly ChartSlidePlan[]): Drafted {
  const warnings: string[] = [];
  const chartsAt = (place: ChartSlidePlan['place']): SlideDraft[] => charts.filter((c) => c.place === place).map(draftChart);

  // The body's slides in speech order: parts before the priorities come before the overview.
  const firstPriority = speech.priorities[0]!.marker.start;
  const ordered: { at: number; drafts: SlideDraft[] }[] = [
    ...draftParts(speech, warnings).map((d) => ({ at: d.at, drafts: [d.draft] })),
    { at: firstPriority - 0.5, drafts: [...chartsAt('before-overview'), ...draftOverview(speech), ...chartsAt('after-overview')] },
    ...speech.priorities.map((p) => ({ at: p.marker.start, drafts: [draftPriority(speech, p, warnings)] })),
  ].sort((a, b) => a.at - b.at);

  const drafts = [
    draftTitle(speech),
    draftLead(speech),
    ...chartsAt('after-lead'),
    ...ordered.flatMap((o) => o.drafts),
    draftClosing(speech),
  ];
  return { drafts, warnings };
}

/** The title: the headline without its column label and closing verb; below it, what the meeting was for. */
function draftTitle(speech: Speech): SlideDraft {
  const bare = speech.headline.text.replace(RE_HEADLINE_LABEL, '');
  const withoutVerb = bare.replace(RE_HEADLINE_VERB, '');
  const purpose = purposeOf(speech);
  return {
    id: 'title',
    layout: 'title',
    kicker: speech.lead.date ? `会议报告 · ${speech.lead.date.text}` : '会议报告',
    source: { kind: 'headline' },
    heading: charCount(withoutVerb) >= 4 ? withoutVerb : bare,
    blocks: purpose ? [purpose.text] : [],
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
  return excerptsOf(speech.text, { start: clauseEnd + 1, end: first.end, text: speech.text.slice(clauseEnd + 1, first.end) }, 1)[0];
}

/** The lead: when, who spoke, who presided, what for; the attendance goes to the notes. */
function draftLead(speech: Speech): SlideDraft {
  const { lead, text } = speech;
  const items: { text: string; label?: string }[] = [];
  if (lead.date) items.push({ label: '时间', text: lead.date.text });
  const clauseOf = (person: Passage): Passage | undefined => clauseAt(text, lead.body, person.start);
  for (const speaker of lead.speakers) {
    const clause = clauseOf(speaker);
    if (clause) items.push({ label: '讲话', text: clause.text });
  }
  for (const presider of lead.presiders) {
    const clause = clauseOf(presider);
    if (clause) items.push({ label: '主持', text: clause.text });
  }
  const purpose = purposeOf(speech);
  if (purpose) items.push({ label: '任务', text: purpose.text });
  // A lead that names none of these still gets bullets: its first excerpts.
  if (items.length <= 1) items.push(...excerptsOf(text, lead.body).map((e) => ({ text: e.text })));

  const attendance = lead.attendance.map((a) => a.text);
  return {
    id: 'meeting',
    layout: 'bullets',
    kicker: '会议概况',
    source: { kind: 'lead' },
    heading: '谁召开、谁讲话、谁参加',
    blocks: [bulletList(items)],
    notes: attendance.length > 0 ? `参加会议的有：${attendance.join('；')}。` : '导语没有列出参会单位。',
  };
}

/** One slide per `会议…` part that has content; a later part with the same verb cannot be a `source:`. */
function draftParts(speech: Speech, warnings: string[]): { at: number; draft: SlideDraft }[] {
  const usedIds = new Set<string>();
  const seenVerbs = new Set<string>();
  // The clause leading into the priorities is the overview's kicker, not a bullet of its part.
  const leadIn = leadInClause(speech);
  return speech.parts.flatMap((part, index): { at: number; draft: SlideDraft }[] => {
    const end = leadIn && leadIn.start >= part.content.start && leadIn.start < part.content.end ? leadIn.start : part.content.end;
    const bullets = excerptsOf(speech.text, passage(speech.text, part.content.start, end));
    // A part that only leads into the priorities (`会议要求：（一）…`) has nothing of its own to show.
    if (bullets.length === 0) return [];
    const known = PART_SLIDES[part.verb];
    let id = known?.id ?? `part-${index + 1}`;
    for (let n = 2; usedIds.has(id); n++) id = `${known?.id ?? 'part'}-${n}`;
    usedIds.add(id);
    const first = !seenVerbs.has(part.verb);
    seenVerbs.add(part.verb);
    if (!first)
      warnings.push(
        `a second part "会议${part.verb}" (line ${speech.sourceLineOf(part.body.start)}) has its text written into the notes of slide ${id}: source: can name only the first`,
      );
    return [{ at: part.body.start, draft: draftPart(part, id, known?.heading ?? `会议${part.verb}`, bullets, first) }];
  });
}

function draftPart(part: Part, id: string, heading: string, bullets: readonly Passage[], referable: boolean): SlideDraft {
  return {
    id,
    layout: 'bullets',
    kicker: `会议${part.verb}`,
    ...(referable ? { source: { kind: 'part', verb: part.verb } } : {}),
    heading,
    blocks: [bulletList(bullets.map((b) => ({ text: b.text })))],
    notes: referable ? `会议${part.verb}部分，共${part.sentences.length}句。` : part.body.text,
  };
}

/** The overview: every priority's title, in order, on as many slides as it takes to fit (evenly split). */
function draftOverview(speech: Speech): SlideDraft[] {
  const count = speech.priorities.length;
  const leadIn = leadInClause(speech);
  const slides = Math.ceil(count / MAX_OVERVIEW_ITEMS);
  const perSlide = Math.ceil(count / slides);
  return Array.from({ length: slides }, (_, i) => {
    const shown = speech.priorities.slice(i * perSlide, (i + 1) * perSlide);
    const range = slides > 1 ? `（${shown[0]!.number}–${shown.at(-1)!.number}）` : '';
    return {
      id: i === 0 ? 'priorities' : `priorities-${i + 1}`,
      layout: 'bullets',
      kicker: leadIn?.text ?? `${countWord(count)}个方面`,
      source: { kind: 'priorities' },
      heading: `${countWord(count)}个方面的重点工作${range}`,
      // Split, each item keeps its own marker (`六是强化保障措施`, the speech's words): the theme numbers every list from 1.
      blocks: [
        slides > 1
          ? bulletList(shown.map((p) => ({ text: `${p.marker.text}${p.title.text}` })))
          : numberedList(shown.map((p) => p.title.text)),
      ],
      notes: i === 0 ? `概览${countWord(count)}个方面，随后逐一展开。` : '概览（续）。',
    };
  });
}

/**
 * What leads into the first priority: the clause before it when that ends in `：`
 * (`重点抓好七个方面工作：一是`), or the sentence before it when it announces the count
 * (`抓好两方面工作。第一，`).
 */
function leadInClause(speech: Speech): Passage | undefined {
  const before = speech.text.slice(0, speech.priorities[0]!.marker.start).trimEnd();
  const announces = speech.announcedPriorityCount !== undefined && before.endsWith('。');
  if (!before.endsWith('：') && !announces) return undefined;
  const body = before.slice(0, -1);
  const stops = announces ? '。！？：\n' : '。！？，；：\n';
  const sentenceStart = Math.max(...[...stops].map((c) => body.lastIndexOf(c))) + 1;
  // `会议强调，下一阶段要…`: the part's opener is not part of the lead-in.
  const opened = speech.parts.find((p) => p.content.start > sentenceStart && p.content.start < body.length);
  const start = opened ? opened.content.start : sentenceStart;
  const clause = passage(speech.text, start, body.length);
  return clause.text !== '' && charCount(clause.text) <= MAX_KICKER_CHARS ? clause : undefined;
}

/** A priority: its title as heading, excerpts after the title as bullets. */
function draftPriority(speech: Speech, priority: Priority, warnings: string[]): SlideDraft {
  const { text } = speech;
  const afterTitle = priority.title.end < priority.body.end ? priority.title.end + 1 : priority.body.end;
  const bullets = excerptsOf(text, { start: afterTitle, end: priority.body.end, text: text.slice(afterTitle, priority.body.end) });
  if (bullets.length === 0) {
    warnings.push(
      `priority ${priority.number} (line ${speech.sourceLineOf(priority.marker.start)}) has no clause of ${MAX_EXCERPT_CHARS} characters or fewer after its title: its slide shows the heading only`,
    );
  }
  const count = speech.priorities.length;
  return {
    id: `priority-${priority.number}`,
    layout: 'bullets',
    kicker: priority.marker.text.replace(RE_MARKER_MARK, ''),
    source: { kind: 'priority', number: priority.number },
    heading: priority.title.text,
    blocks: bullets.length > 0 ? [bulletList(bullets.map((b) => ({ text: b.text })))] : [],
    notes: `第${priority.number}个方面（共${count}个）：${priority.title.text}。`,
  };
}

/** A chart slide. */
function draftChart(plan: ChartSlidePlan): SlideDraft {
  return {
    id: `chart-${plan.name}`,
    layout: 'chart',
    kicker: plan.kicker,
    chart: plan.name,
    ...(plan.source ? { source: plan.source } : {}),
    heading: plan.heading,
    blocks: [],
    notes: `图表：${plan.heading}。`,
  };
}

/** The closing: the headline again, and the attribution when the report has one. */
function draftClosing(speech: Speech): SlideDraft {
  const { attribution } = speech;
  return {
    id: 'closing',
    layout: 'closing',
    kicker: attribution ? '来源' : '结束',
    ...(attribution ? { source: { kind: 'attribution' } } : {}),
    heading: speech.headline.text.replace(RE_HEADLINE_LABEL, ''),
    blocks: attribution ? [blockQuote(attribution.text)] : [],
    notes: '结束。',
  };
}
