/** The outline the parser finds in a report, to compare the forms of one report with its text file. */
import { parseSpeech } from '../../src/speech/index.ts';

export { encodeGb18030, encodeUtf16, reportParagraphs } from '../../scripts/lib/report-text.ts';

/** What the parser finds in a report: compared across the forms of one report. */
export interface ReportOutline {
  readonly headline: string;
  readonly parts: readonly string[];
  readonly priorities: readonly (readonly [marker: string, title: string])[];
  readonly announced: number | undefined;
  readonly attribution: string | undefined;
  /** The parsed text without white space. */
  readonly text: string;
}

/** The outline of a report's text. */
export function outlineOf(source: string): ReportOutline {
  const speech = parseSpeech(source);
  return {
    headline: speech.headline.text,
    parts: speech.parts.map((p) => p.verb),
    priorities: speech.priorities.map((p) => [p.marker.text, p.title.text] as const),
    announced: speech.announcedPriorityCount,
    attribution: speech.attribution?.text,
    text: speech.text.replace(/\s+/g, ''),
  };
}
