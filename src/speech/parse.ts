/** The speech parser: source text → typed model. Pure: no disk, no DOM. */
import { SpeechError } from './errors.ts';
import { joinLines, sourceLineAt } from './join.ts';
import { readLead } from './lead.ts';
import { findPriorityMarkers, MARKER_STYLES } from './markers.ts';
import type { Part, Passage, Priority, Speech } from './model.ts';
import { normalizePunctuation } from './normalize.ts';
import { fromChineseNumeral } from './numerals.ts';
import { CLAUSE_END, isAtBoundary, passage, SENTENCE_END, sentencesOf } from './text.ts';

/** A part opener: `会议认为，`, `会议指出：`… */
const RE_PART = /会议(认为|指出|强调|要求|提出|决定|号召|部署)[，：]/g;
/** A closing attribution: one parenthesised line at the very end, e.g. `（精神文明调查研究处）`. */
const RE_ATTRIBUTION = /（[^（）。\n]{1,40}）\s*$/;
/** The announced number of priorities just before the first one: `重点抓好七个方面工作：`. */
const RE_ANNOUNCED_COUNT = /([一二两三四五六七八九十]+)(?:个方面|个重点|项重点|项工作|项任务|方面)/g;
/** `两` counts like `二` in an announcement (`两方面工作`), though it never numbers a marker. */
const RE_LIANG = /两/g;

/** Parses a speech of the genre (headline, lead, `会议…` parts, numbered priorities, attribution). */
export function parseSpeech(source: string): Speech {
  if (source.trim() === '') throw new SpeechError("the speech is empty: put the report's text in the speech file");
  const joined = joinLines(source);
  const text = normalizePunctuation(joined.text);
  const sourceLineOf = (offset: number): number => sourceLineAt(joined, offset);

  const headlineEnd = text.indexOf('\n');
  if (headlineEnd === -1) throw new SpeechError('the speech has a single line: a headline line followed by the body is expected', 1);
  const headline = passage(text, 0, headlineEnd);
  const bodyStart = headlineEnd + 1;

  const attributionMatch = RE_ATTRIBUTION.exec(text.slice(bodyStart));
  const attribution = attributionMatch ? passage(text, bodyStart + attributionMatch.index, text.length) : undefined;
  const bodyEnd = attribution ? attribution.start : text.length;

  const partStarts = [...text.slice(bodyStart, bodyEnd).matchAll(RE_PART)]
    .map((m) => ({ start: bodyStart + m.index, markerEnd: bodyStart + m.index + m[0].length, verb: m[1]! }))
    .filter((p) => isAtBoundary(text, p.start, bodyStart));

  const found = findPriorityMarkers(text, bodyStart, bodyEnd);
  if (!found) {
    const styles = MARKER_STYLES.map((s) => s.name).join('/');
    throw new SpeechError(`no priorities marked ${styles} found: the body must number at least two priorities, e.g. 一是… 二是…`);
  }
  const markers = found.markers;
  const firstPriority = markers[0]!.start;

  // Every structural start, so each piece can end where the next begins.
  const cuts = [...partStarts.map((p) => p.start), ...markers.map((m) => m.start), bodyEnd].sort((a, b) => a - b);
  const nextCut = (after: number): number => cuts.find((c) => c > after) ?? bodyEnd;

  const leadEnd = Math.min(firstPriority, partStarts[0]?.start ?? bodyEnd);
  const leadBody = passage(text, bodyStart, leadEnd);
  if (leadBody.text === '')
    throw new SpeechError('no lead paragraph: the body must open with when and where the meeting was held', sourceLineOf(bodyStart));
  const lead = readLead(text, leadBody);

  const parts: Part[] = partStarts.map((p) => {
    const body = passage(text, p.start, nextCut(p.start));
    const content = passage(text, p.markerEnd, body.end);
    return { verb: p.verb, body, content, sentences: sentencesOf(text, content) };
  });

  const priorities: Priority[] = markers.map((m, index) => {
    const marker = passage(text, m.start, m.end);
    const body = passage(text, m.end, nextCut(m.start));
    return { number: index + 1, marker, title: firstClause(text, body), body, sentences: sentencesOf(text, body) };
  });

  const announcedPriorityCount = announcedCount(text, bodyStart, firstPriority);
  if (announcedPriorityCount !== undefined && announcedPriorityCount !== priorities.length) {
    throw new SpeechError(
      `the speech announces ${announcedPriorityCount} priorities but ${priorities.length} were found (` +
        `${priorities.map((p) => p.marker.text).join(' ')}): check the markers of the missing ones`,
      sourceLineOf(priorities[priorities.length - 1]!.marker.start),
    );
  }

  return {
    text,
    headline,
    lead,
    parts,
    ...(announcedPriorityCount !== undefined ? { announcedPriorityCount } : {}),
    priorities,
    ...(attribution ? { attribution } : {}),
    sourceLineOf,
  };
}

/** The first clause of a passage, without its closing mark. */
function firstClause(text: string, within: Passage): Passage {
  for (let i = within.start; i < within.end; i++) {
    if (CLAUSE_END.includes(text[i]!)) return passage(text, within.start, i);
  }
  return within;
}

/**
 * The count announced in the sentence leading up to the first priority, e.g. 七 in
 * `重点抓好七个方面工作：一是`, or in the whole sentence just before it (`抓好两方面工作。第一，`).
 */
function announcedCount(text: string, from: number, firstPriority: number): number | undefined {
  const before = text.slice(from, firstPriority).trimEnd();
  const leadIn = SENTENCE_END.includes(before.at(-1) ?? '') ? before.slice(0, -1) : before;
  const sentenceStart = Math.max(...[...SENTENCE_END].map((c) => leadIn.lastIndexOf(c))) + 1;
  const matches = [...leadIn.slice(sentenceStart).matchAll(RE_ANNOUNCED_COUNT)];
  const last = matches[matches.length - 1];
  return last ? fromChineseNumeral(last[1]!.replace(RE_LIANG, '二')) : undefined;
}
