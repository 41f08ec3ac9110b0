/** `source:` references from a slide to the part of the speech it draws from, resolved against the speech. */
import { markerLabel, type Passage, type Speech } from '../speech/index.ts';
import type { SourceRef } from './format.ts';

/** What a slide's `source:` points at, resolved against the speech. */
export interface ResolvedSource {
  /** A label for the part, as the audience reads it (e.g. `会议指出`, `一是`). */
  readonly label: string;
  /** The passages of the speech the slide draws from (one, or several for `priorities`). */
  readonly passages: readonly Passage[];
  /** The priority number, for `priority:<n>`. */
  readonly priority?: number;
}

/** The speech from `start` to `end`, as a passage. */
function span(speech: Speech, start: number, end: number): Passage {
  return { start, end, text: speech.text.slice(start, end) };
}

/** Resolves a `source:` reference; returns a message saying what is wrong instead when the speech has no such part. */
export function resolveSource(ref: SourceRef, speech: Speech): ResolvedSource | string {
  switch (ref.kind) {
    case 'headline':
      return { label: '标题', passages: [speech.headline] };
    case 'lead':
      return { label: '导语', passages: [speech.lead.body] };
    case 'attribution':
      return speech.attribution
        ? { label: '署名', passages: [speech.attribution] }
        : 'the speech has no closing attribution in parentheses';
    case 'priorities':
      return {
        label: `${speech.priorities.length}个方面`,
        passages: speech.priorities.map((p) => span(speech, p.marker.start, p.body.end)),
      };
    case 'part': {
      const found = speech.parts.find((p) => p.verb === ref.verb);
      if (!found)
        return `the speech has no part "会议${ref.verb}"; it has: ${speech.parts.map((p) => `part:${p.verb}`).join(', ') || 'none'}`;
      return { label: `会议${found.verb}`, passages: [found.body] };
    }
    case 'priority': {
      const found = speech.priorities[ref.number - 1];
      if (!found) return `the speech has priorities 1 to ${speech.priorities.length}, not ${ref.number}`;
      return {
        label: markerLabel(found),
        passages: [span(speech, found.marker.start, found.body.end)],
        priority: ref.number,
      };
    }
  }
}
