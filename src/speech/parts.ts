/** Part openers: `会议认为，`, `马军指出，`, `他强调，`, `张金波部长提出了具体要求：`. Pure. */
import { countIn } from './announce.ts';
import type { Passage } from './model.ts';
import { isAtBoundary, passage, sentencesOf } from './text.ts';

/**
 * The meeting as speaker, at any clause boundary: `会议认为，`, `会议最后强调：`, `会议提出了…五项任务，`,
 * and what minutes record it agreed (`会议议定如下：`, `会议研究决定：`).
 */
const RE_MEETING_OPENER =
  /(会议)(?:最后|还|同时|进一步|研究)?(认为|指出|强调|要求|提出|决定|号召|部署|希望|明确|议定|确定)(了[^，。；：]{1,20}?)?(?:以下事项|如下事项|如下)?[，：]/dg;
/**
 * A speaker opening a sentence: who (a name, a title, a pronoun), how (`在讲话中`, `在主持会议时`, `对今年工作`),
 * the verb, and a short object (`了具体要求`), then `，` or `：`. A short clause may come first
 * (`会上，`, `就做好下一阶段工作，`).
 */
const RE_SPEAKER_OPENER =
  /^(?:[^，。；：！？]{1,12}，)?([^，。；：！？“”《》（）\s]{1,16}?)(?:在[^，。；：]{1,12}?[中上时]|就[^，。；：]{1,12}?|对[^，。；：]{1,12}?)?(认为|指出|强调|要求|提出|表示|希望|号召|明确)(了?[^，。；：]{0,16}?)([，：。])/d;
/**
 * What a speaker is not: a modal or a copula (content, not a speaker), a quoted authority or document, a list marker,
 * or a phrase that opens with a preposition or a verb, where `要求` is a noun (`按照省委要求，`, `把…要求融入…`).
 */
const RE_NOT_A_SPEAKER =
  /要|应|必须|是|的|会议|总书记|主席|报告|文件|意见|纲要|条例|方案|规定|通知|决定|精神|讲话|^(?:首先|其次|再次|最后|同时|此外|另外|其中|第)|^[一二三四五六七八九十\d]|^(?:按照|依照|遵照|根据|对照|参照|对标|对表|按|依|把|将|对|围绕|结合|贯彻|落实|紧扣|聚焦|立足|针对|为了|为|以|在|从|通过|坚持|严格|认真|切实|逐项|逐一|逐条|进一步|全面|及时|统一|共同|分别|深入|广泛|积极|主动)/;

/**
 * A speaker handed the meeting after what happened first, the groups as RE_SPEAKER_OPENER's:
 * `省会议结束后，我县紧接着召开全县…会议，欧阳婷就贯彻落实会议精神提出要求。`
 */
const RE_SPEAKER_AFTER_EVENTS =
  /^[^，。；：！？]{1,30}，[^，。；：！？]{1,30}，([^，。；：！？“”《》（）\s]{2,16}?)(?:就|对|围绕)[^，。；：]{1,24}?(提出|作出|部署)(了?[^，。；：]{0,16}?)([，：。])/d;

/** A sentence that opens a list: `一是…`, `第一，…`, `（一）…`, `一、…`, `首先，…`. */
const RE_LIST_OPENING = /^(?:一是|一要|第一[，、]|（一）|一、|首先[，、])/;

/** Where a part opens, who speaks, and where its content starts. */
export interface Opener {
  readonly start: number;
  /** Where the part's content starts: after the opener's `，` or `：`. */
  readonly contentStart: number;
  readonly verb: string;
  readonly speaker: Passage;
}

/**
 * Where a part's content starts after an opener whose verb takes an object: at the object when it
 * announces a count (`会议提出了今年要重点抓好的五项任务，即…`: the list's lead-in), else after the mark.
 */
function contentStartOf(match: RegExpExecArray, base: number, objectGroup: number): number {
  const object = match.indices?.[objectGroup];
  const written = match[objectGroup] ?? '';
  const perfective = written.startsWith('了') ? 1 : 0;
  if (object && countIn(written.slice(perfective)) !== undefined) return base + object[0] + perfective;
  return base + match.index + match[0].length;
}

/** Every part opener in `region`, in order. */
export function findOpeners(text: string, region: Passage): Opener[] {
  const openers: Opener[] = [];
  for (const match of region.text.matchAll(RE_MEETING_OPENER)) {
    const start = region.start + match.index;
    if (!isAtBoundary(text, start, region.start)) continue;
    openers.push({
      start,
      contentStart: contentStartOf(match, region.start, 3),
      verb: match[2]!,
      speaker: passage(text, start, start + 2),
    });
  }
  const sentences = sentencesOf(text, region);
  for (const [i, sentence] of sentences.entries()) {
    const match = RE_SPEAKER_OPENER.exec(sentence.text) ?? RE_SPEAKER_AFTER_EVENTS.exec(sentence.text);
    if (!match?.indices?.[1] || RE_NOT_A_SPEAKER.test(match[1]!)) continue;
    // A sentence of its own opens a part only when it announces what follows: `钱伟提出三点要求。`, or a list follows it.
    if (match[4] === '。' && countIn(match[3]!) === undefined && !RE_LIST_OPENING.test(sentences[i + 1]?.text ?? '')) continue;
    const start = sentence.start;
    if (openers.some((o) => o.start >= start && o.start < start + match[0].length)) continue;
    const [from, to] = match.indices[1];
    openers.push({
      start,
      contentStart: contentStartOf(match, start, 3),
      verb: match[2]!,
      speaker: passage(text, start + from, start + to),
    });
  }
  return openers.sort((a, b) => a.start - b.start).map((opener) => namedByIntroduction(text, region, opener));
}

/** A pronoun that stands for the speaker named before it. */
const RE_PRONOUN = /^[他她]$/;
/**
 * A sentence that hands the meeting to a speaker before a pronoun goes on with their words
 * (`黄丽萍对今年重点工作进行了具体部署。她要求，…`, `何晓燕就贯彻落实会议精神提出要求。她指出，…`):
 * who, then what about, then the address itself.
 */
const RE_INTRODUCTION =
  /^([^，。；：！？“”《》（）\s]{2,16}?)(?:对|就|围绕)[^，。；：！？]{2,60}?(?:进行了?|作了?|作出了?|提出了?)(?:具体|全面|专门|明确)?(?:部署|要求|讲话|动员)。$/;

/**
 * The opener, opened instead at the sentence before it when that sentence introduces the speaker
 * its pronoun stands for: the part is theirs by name (`黄丽萍要求`), and the introduction its first words.
 */
function namedByIntroduction(text: string, region: Passage, opener: Opener): Opener {
  if (!RE_PRONOUN.test(opener.speaker.text)) return opener;
  const before = sentencesOf(text, passage(text, region.start, opener.start)).at(-1);
  const match = before && before.end === opener.start ? RE_INTRODUCTION.exec(before.text) : null;
  if (!before || !match?.[1] || RE_NOT_A_SPEAKER.test(match[1])) return opener;
  return {
    ...opener,
    start: before.start,
    contentStart: before.start,
    speaker: passage(text, before.start, before.start + match[1].length),
  };
}
