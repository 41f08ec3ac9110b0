/** A stretch of the joined speech text: `text === speech.text.slice(start, end)`. */
export interface Passage {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One numbered priority of the speech (`一是…`, `第一，…`, `（一）…`). */
export interface Priority {
  /** 1-based position in the speech. */
  readonly number: number;
  /** The marker as written, e.g. `一是`, `第一，`, `（一）`. */
  readonly marker: Passage;
  /** The first clause after the marker, e.g. `更加把牢根本遵循`. */
  readonly title: Passage;
  /** Everything after the marker up to the next priority or the end of the body. */
  readonly body: Passage;
  /** The body cut into sentences (ending in `。！？`, or at the body's end). */
  readonly sentences: readonly Passage[];
}

/** A part of the speech opened by `会议认为`, `会议指出` and the like. */
export interface Part {
  /** The verb after `会议`, e.g. `认为`, `指出`. */
  readonly verb: string;
  /** The whole part, from `会议` up to the next part or the first priority. */
  readonly body: Passage;
  /** The part's content after `会议X，`. */
  readonly content: Passage;
  readonly sentences: readonly Passage[];
}

/** The lead paragraph: when, who spoke, who presided, who attended. */
export interface Lead {
  readonly body: Passage;
  readonly sentences: readonly Passage[];
  /** e.g. `2月1日下午`, when the lead opens with a date. */
  readonly date?: Passage;
  /** The people who spoke (`…出席并讲话`), with their titles. */
  readonly speakers: readonly Passage[];
  /** The people who presided (`…主持…`), with their titles. */
  readonly presiders: readonly Passage[];
  /** The attendance list: the clause before `等参加会议`, cut at `，`. */
  readonly attendance: readonly Passage[];
}

/** The speech as a typed model; every passage points into `text`. */
export interface Speech {
  /** The joined, normalised text: the headline, a newline, then the body. */
  readonly text: string;
  readonly headline: Passage;
  readonly lead: Lead;
  /** Parts opened by `会议认为`, `会议指出`…, in order. */
  readonly parts: readonly Part[];
  /** How many priorities the text announces (`七个方面`), when it says so. */
  readonly announcedPriorityCount?: number;
  readonly priorities: readonly Priority[];
  /** A closing attribution in parentheses, e.g. `（精神文明调查研究处）`. */
  readonly attribution?: Passage;
  /** For each offset in `text`, the 1-based line of the source file it came from. */
  readonly sourceLineOf: (offset: number) => number;
}
