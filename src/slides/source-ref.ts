/** `source:` references from a slide to the part of the speech it draws from. */
import type { Passage, Speech } from '../speech/index.ts';

/** What a slide's `source:` points at, resolved against the speech. */
export interface ResolvedSource {
  /** A label for the part, as the audience reads it (e.g. `会议指出`, `一是`). */
  readonly label: string;
  /** The passages of the speech the slide draws from (one, or several for `priorities`). */
  readonly passages: readonly Passage[];
  /** The priority number, for `priority:<n>`. */
  readonly priority?: number;
}

/** The grammar of a reference, for error messages. */
export const SOURCE_REF_FORMS = 'headline, lead, part:<verb> (e.g. part:指出), priority:<n>, priorities, attribution';

const RE_PART = /^part:(\S+)$/;
const RE_PRIORITY = /^priority:(\d+)$/;

/** Resolves a `source:` value; returns a message saying what is wrong instead when it does not resolve. */
export function resolveSource(ref: string, speech: Speech): ResolvedSource | string {
  if (ref === 'headline') return { label: '标题', passages: [speech.headline] };
  if (ref === 'lead') return { label: '导语', passages: [speech.lead.body] };
  if (ref === 'attribution') {
    return speech.attribution ? { label: '署名', passages: [speech.attribution] } : 'the speech has no closing attribution in parentheses';
  }
  if (ref === 'priorities') {
    return {
      label: `${speech.priorities.length}个方面`,
      passages: speech.priorities.map((p) => ({ ...p.marker, end: p.body.end, text: speech.text.slice(p.marker.start, p.body.end) })),
    };
  }
  const part = RE_PART.exec(ref);
  if (part) {
    const found = speech.parts.find((p) => p.verb === part[1]);
    if (!found) return `the speech has no part "会议${part[1]}"; it has: ${speech.parts.map((p) => `part:${p.verb}`).join(', ') || 'none'}`;
    return { label: `会议${found.verb}`, passages: [found.body] };
  }
  const priority = RE_PRIORITY.exec(ref);
  if (priority) {
    const n = Number(priority[1]);
    const found = speech.priorities[n - 1];
    if (!found) return `the speech has priorities 1 to ${speech.priorities.length}, not ${n}`;
    return {
      label: found.marker.text.replace(/[，、：]$/, ''),
      passages: [{ start: found.marker.start, end: found.body.end, text: speech.text.slice(found.marker.start, found.body.end) }],
      priority: n,
    };
  }
  return `unknown source "${ref}": use one of ${SOURCE_REF_FORMS}`;
}
