/** The speech parser: source text → typed model. Pure: no disk, no DOM. */
import { leadInOf } from './announce.ts';
import { attributionOf, closingAttribution, leadingByline } from './credits.ts';
import { SpeechError } from './errors.ts';
import { frameReport, sourceLineAt } from './frame.ts';
import { deriveHeadline } from './headline.ts';
import { type Opening, withIntertitles } from './intertitles.ts';
import { epilogueStart, leadEnd, readLead } from './lead.ts';
import { findNumberedLists, numberedList, type PlacedRun, parallelList, runStart } from './lists.ts';
import type { ItemList, Lead, Part, Passage, Speech, SpeechWarning } from './model.ts';
import { findParagraphHeadList, findParagraphList, intertitleList } from './paragraphs.ts';
import { findParallelLists } from './parallel.ts';
import { findOpeners } from './parts.ts';
import { isHan, withoutTrailingMarks } from './punctuation.ts';
import { headedBy, headsNoListTakes, withinItemTitles } from './section-heads.ts';
import { passage, sentencesOf } from './text.ts';
import { isSpeechHeadline, isSpeechSubtitle, speechByline } from './transcript.ts';

/** The fewest Han characters a report's body must hold to be read as one. */
const MIN_BODY_HAN = 8;

/** Parses a report of the genre: its frame, lead, parts, lists and credits. Throws a SpeechError only when there is no report to read. */
export function parseSpeech(source: string): Speech {
  if (source.trim() === '') throw new SpeechError("the speech is empty: put the report's text in the speech file");
  const framed = frameReport(source);
  const { text } = framed;
  const sourceLineOf = (offset: number): number => sourceLineAt(framed, offset);
  const han = [...framed.body.text].filter(isHan).length;
  if (framed.body.text === '' && framed.headline)
    throw new SpeechError("the speech has a single line, a headline: put the report's text (its lead and body) after it", 1);
  if (han < MIN_BODY_HAN)
    throw new SpeechError(
      `the report's body holds ${han} Chinese characters: give the full text of a meeting report (a lead paragraph, then what the meeting said)`,
      sourceLineOf(framed.body.start),
    );

  const byline = leadingByline(text, framed.body);
  const inlineAttribution = closingAttribution(text, framed.body);
  const whole = passage(text, byline?.end ?? framed.body.start, inlineAttribution?.start ?? framed.body.end);
  // The closing sentences that tell of the meeting belong to no part: the parts end before them.
  const content = passage(text, whole.start, epilogueStart(text, whole));
  const epilogue = passage(text, content.end, whole.end);
  const credits = [...framed.leading, ...(byline ? [byline] : []), ...(inlineAttribution ? [inlineAttribution] : []), ...framed.trailing];

  const intertitles = framed.intertitles.filter((t) => t.start >= content.start && t.end <= content.end);
  const lineStarts = framed.lineStarts.map((l) => l.offset);
  const { openings, listHeads } = withIntertitles(text, withinItemTitles(text, findOpeners(text, content), lineStarts), intertitles);
  // A section head no list takes in (`三、下阶段重点工作` after a run its part's opener cut) ends
  // what stands before it, and heads the part under it.
  const runsBetweenOpeners = findNumberedLists(
    text,
    content,
    openings.map((o) => o.start),
  );
  const orphanHeads = headsNoListTakes(content, framed.headings, runsBetweenOpeners);
  const allOpeners = headedBy(text, openings, orphanHeads);
  // Heads the lists left out move openers and end items: only then are the lists found again.
  const allRuns =
    orphanHeads.length === 0
      ? runsBetweenOpeners
      : findNumberedLists(
          text,
          content,
          allOpeners.map((o) => o.start),
          orphanHeads.map((h) => h.start),
        );
  const firstStructure = Math.min(allOpeners[0]?.start ?? content.end, allRuns[0] ? runStart(allRuns[0]) : content.end);
  const read = readLead(text, passage(text, content.start, leadEnd(text, content, firstStructure)), epilogue, credits);
  const speech =
    framed.headline !== undefined && (isSpeechHeadline(framed.headline.text) || framed.leading.some((l) => isSpeechSubtitle(l.text)));
  const lead = speech ? withSpeechByline(read, speechByline(text, framed.leading)) : read;
  const openers = allOpeners.filter((o) => o.start >= lead.body.end);
  const afterLead = passage(text, Math.max(lead.body.end, content.start), content.end);
  const runs = allRuns.filter((r) => runStart(r) >= afterLead.start);

  const partStarts = partOpenings(text, afterLead, openers, runs);
  const intertitleHeads = listHeads.flat();
  const parallel = partStarts.flatMap((p, index) => {
    const firstRun = runs.find((r) => runStart(r) >= p.contentStart && runStart(r) < p.end);
    const end = Math.min(firstRun ? runStart(firstRun) : p.end, ...orphanHeads.map((h) => h.start).filter((h) => h > p.contentStart));
    const free = passage(text, p.contentStart, end);
    // Stretches under intertitles, paragraphs after a `：` line, or paragraphs opening with one head word are the items there: lists by head word among them are not.
    const paragraphs =
      intertitleList(text, free, intertitleHeads) ??
      findParagraphList(text, free, lineStarts) ??
      findParagraphHeadList(text, free, lineStarts);
    const [from, to] = paragraphs ? [paragraphs.items[0]!.start, paragraphs.items.at(-1)!.end] : [free.end, free.end];
    const found = findParallelLists(text, free).filter((l) => l.items.at(-1)!.end <= from || l.items[0]!.start >= to);
    return [...found, ...(paragraphs ? [paragraphs] : [])].map((f) => parallelList(text, f, index, p.contentStart));
  });
  const partIndexAt = (offset: number): number | undefined => {
    const index = partStarts.findLastIndex((p) => p.start <= offset);
    return index === -1 ? undefined : index;
  };
  const numbered = runs.map((r) => {
    const part = partIndexAt(runStart(r));
    const from = part !== undefined ? partStarts[part]!.contentStart : afterLead.start;
    return numberedList(text, r, from, part);
  });
  const lists = [...numbered, ...parallel].sort((a, b) => a.items[0]!.marker.start - b.items[0]!.marker.start);
  const mainList = likeliestPriorities(numbered) ?? likeliestPriorities(parallel);
  const priorities = mainList?.items ?? [];

  // Every structural start, so each part ends where the next part or the main list begins.
  const cuts = [
    ...partStarts.map((p) => p.start),
    ...priorities.map((p) => p.marker.start),
    ...orphanHeads.map((h) => h.start),
    content.end,
  ].sort((a, b) => a - b);
  const parts: Part[] = partStarts.map((p) => {
    const end = cuts.find((c) => c > p.start) ?? content.end;
    const body = passage(text, p.start, end);
    const partContent = passage(text, Math.min(p.contentStart, end), end);
    return {
      verb: p.verb,
      ...(p.speaker ? { speaker: p.speaker } : {}),
      ...(p.title ? { title: p.title } : {}),
      body,
      content: partContent,
      sentences: sentencesOf(text, partContent),
    };
  });

  const headline = framed.headline ?? deriveHeadline(text, lead, content);
  return {
    text,
    headline,
    headlineDerived: framed.headline === undefined,
    lead,
    body: content,
    parts,
    lists,
    ...(mainList ? { mainList } : {}),
    ...(mainList?.announcedCount !== undefined ? { announcedPriorityCount: mainList.announcedCount } : {}),
    priorities,
    ...withAttribution(attributionOf(credits)),
    credits,
    warnings: countWarnings(lists, sourceLineOf),
    sourceLineOf,
  };
}

/** A speech's lead: who spoke and when from its byline, where the opening words name neither (`今天召开…` names no day). */
function withSpeechByline(lead: Lead, byline: { speaker?: Passage; date?: Passage }): Lead {
  const dated = lead.date !== undefined && /\d|[一二三四五六七八九十]月/.test(lead.date.text);
  return {
    ...lead,
    ...(!dated && byline.date ? { date: byline.date, fullDate: byline.date.text } : {}),
    ...(lead.speakers.length === 0 && byline.speaker ? { speakers: [byline.speaker] } : {}),
  };
}

const withAttribution = (attribution: Passage | undefined): { attribution?: Passage } => (attribution ? { attribution } : {});

/** Words that lead into a list of what was achieved (`各项工作取得明显成效：一是…`) or of what is wrong (`仍存在一些薄弱环节：`), not of what is to be done. */
const RE_REVIEW_LEAD_IN = /取得|成效|成绩|成果|进展|亮点|问题|不足|薄弱|短板|差距/;
/** Words that lead into what is to be done. */
const RE_TASK_LEAD_IN = /要|抓好|做好|任务|重点/;

/** An item's title that names a review, not a task: `一季度工作进展情况`, `存在的主要问题`, `回顾过去一年工作`. */
const RE_REVIEW_TITLE = /(?:情况|问题|成效|成绩|成果|进展|不足)$|^(?:回顾|总结)/;

/** True when a list's lead-in tells of results achieved or of problems found, not of tasks, or half its items are named so. */
function looksBack(list: ItemList): boolean {
  const words = list.leadIn?.text ?? '';
  if (RE_REVIEW_LEAD_IN.test(words) && !RE_TASK_LEAD_IN.test(words)) return true;
  return list.items.filter((item) => RE_REVIEW_TITLE.test(item.title.text)).length * 2 >= list.items.length;
}

/**
 * The list most likely to be the priorities: one that does not look back on results, then one
 * whose count the text announces (`重点抓好四个方面工作：`), then the longest; the first of equals.
 */
function likeliestPriorities(lists: readonly ItemList[]): ItemList | undefined {
  const rank = (list: ItemList): number[] => [looksBack(list) ? 0 : 1, list.announcedCount !== undefined ? 1 : 0, list.items.length];
  const better = (a: number[], b: number[]): boolean => {
    const k = a.findIndex((x, i) => x !== b[i]);
    return k !== -1 && a[k]! > b[k]!;
  };
  return lists.reduce<ItemList | undefined>((best, l) => (!best || better(rank(l), rank(best)) ? l : best), undefined);
}

/** A part's opening, and where the next one starts. */
type PartOpening = Opening & { readonly end: number };

/** Where each part starts: the openers, and before them the text after the lead that no opener introduces. */
function partOpenings(text: string, afterLead: Passage, openers: readonly Opening[], runs: readonly PlacedRun[]): PartOpening[] {
  const ends = [...openers.map((o) => o.start), afterLead.end];
  const parts: PartOpening[] = openers.map((o, i) => ({ ...o, end: ends[i + 1]! }));
  // Text between the lead and the first opener is a part of its own, unless a numbered list fills it
  // from the start, or only the words that announce it stand before it (`重点抓好七个方面工作。一是…`).
  const firstEnd = ends[0]!;
  const firstRun = runs.map(runStart).find((start) => start < firstEnd) ?? firstEnd;
  const leadIn = firstRun < firstEnd ? leadInOf(text, afterLead.start, firstRun)?.words.start : undefined;
  const own = passage(text, afterLead.start, Math.min(leadIn ?? firstRun, firstEnd));
  if ([...own.text].some(isHan)) parts.unshift({ start: own.start, contentStart: own.start, end: firstEnd, verb: '' });
  return parts;
}

/** A warning for every list whose announced count differs from the items found. */
function countWarnings(lists: readonly ItemList[], lineOf: (offset: number) => number): SpeechWarning[] {
  return lists.flatMap((list) => {
    const found = list.items.length;
    if (list.announcedCount === undefined || list.announcedCount === found) return [];
    const markers = list.items.map((i) => withoutTrailingMarks(i.marker.text) || i.title.text).join(' ');
    return [
      {
        message:
          `the text announces ${list.announcedCount} items${list.leadIn ? ` ("${list.leadIn.text}")` : ''} but ${found} were found ` +
          `(${markers}): if the text was cut short or miscounts, the deck shows the ${found} found; otherwise check the markers of the missing ones`,
        line: lineOf(list.items.at(-1)!.marker.start),
      },
    ];
  });
}
