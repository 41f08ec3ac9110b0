/** The speech model: what a report of the genre is made of. Every passage points into `Speech.text`. */

/** A stretch of the joined speech text: `text === speech.text.slice(start, end)`. */
export interface Passage {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One item of a list: numbered (`一是…`, `（一）…`, `1.…`) or one of sibling statements (`要…；要…`). */
export interface ListItem {
  /** 1-based position in its list. */
  readonly number: number;
  /** The marker as written (`一是`, `第一，`, `（一）`, `首先，`); empty, at the item's start, when the list has none. */
  readonly marker: Passage;
  /** The item's opening clause, e.g. `更加把牢根本遵循`. */
  readonly title: Passage;
  /** Everything after the marker up to the next item or the end of the list. */
  readonly body: Passage;
  /** The body cut into sentences (ending in `。！？`, or at the body's end). */
  readonly sentences: readonly Passage[];
  /** A list inside the item (`（一）…` under `一、…`, `要做到“三个到位”：…；…；…`). */
  readonly inner?: ItemList;
}

/** One numbered priority of the speech: an item of its main list. */
export type Priority = ListItem;

/** How a list's items are set apart. */
export type ListKind = 'numbered' | 'parallel' | 'announced' | 'paragraphs';

/** A list of the speech: its items, how they are marked, and what announces it. */
export interface ItemList {
  readonly kind: ListKind;
  /** The marker style (`一是`, `（一）`, `1.`, `首先`…), or the shared head word (`要`, `更加突出`), `；` for an announced list, `¶` for paragraphs. */
  readonly style: string;
  readonly items: readonly ListItem[];
  /** The count the text announces (`七个方面`, `四项任务`), when it does. */
  readonly announcedCount?: number;
  /** The words that introduce the list: `重点抓好七个方面工作`, when there are such. */
  readonly leadIn?: Passage;
  /** The part the list stands in (an index into `Speech.parts`), when it stands in one. */
  readonly part?: number;
}

/** A part of the speech: opened by `会议认为`, `马军指出`, `他强调`… or, when none opens it, the text after the lead. */
export interface Part {
  /** The verb that opens it (`认为`, `指出`…); empty for text that no opener introduces. */
  readonly verb: string;
  /** Who speaks: `会议`, `马军`, `他`, `张金波部长`; absent for text that no opener introduces. */
  readonly speaker?: Passage;
  /** The heading without a marker the part stands under (`深化文明创建　提升城市品质`), when it has one. */
  readonly title?: Passage;
  /** The whole part, from its opener up to the next part or the first item of the main list. */
  readonly body: Passage;
  /** The part's content after its opener (`会议X，`). */
  readonly content: Passage;
  readonly sentences: readonly Passage[];
}

/** The lead paragraph: when, who spoke, who presided, who attended. */
export interface Lead {
  readonly body: Passage;
  readonly sentences: readonly Passage[];
  /**
   * e.g. `2月1日下午`, `1月18日至19日`: the date a clause of the lead opens with, or the days before
   * `在…召开` (`18日在杭州召开`), as written.
   */
  readonly date?: Passage;
  /**
   * The date as shown, with `date`: `date`'s text, and the month it leaves out (`15日在京召开`) when
   * the dateline (`新华社北京3月15日电`) or the page's date tells it: `3月15日`.
   */
  readonly fullDate?: string;
  /** The people who spoke (`…出席并讲话`), with their titles. */
  readonly speakers: readonly Passage[];
  /** The people who presided (`…主持…`), with their titles. */
  readonly presiders: readonly Passage[];
  /** The attendance list: the clause before `等参加会议`, cut at `，` (in the lead, or else in the epilogue). */
  readonly attendance: readonly Passage[];
  /**
   * The sentences closing the report that tell of the meeting, not what it said (`…作了交流发言。`,
   * `…等参加会议。`): news agencies put the attendance there. Outside every part.
   */
  readonly epilogue: readonly Passage[];
}

/** Something the reader of the report should check: the text is still usable. */
export interface SpeechWarning {
  readonly message: string;
  /** 1-based line of the speech file it concerns. */
  readonly line: number;
}

/** The speech as a typed model; every passage points into `text`. */
export interface Speech {
  /** The joined, normalised text: the lines before the body (headline, tags), then the body, then the credits. */
  readonly text: string;
  /** The headline line, or, when the report has none, the lead's words that name the meeting. */
  readonly headline: Passage;
  /** True when the report has no headline line and `headline` was taken from the lead. */
  readonly headlineDerived: boolean;
  readonly lead: Lead;
  /** The report's body: the lead, the parts and the lists, without bylines before it or credits after it. */
  readonly body: Passage;
  /** The parts in order: opened by `会议…`, by a speaker, or text no opener introduces. */
  readonly parts: readonly Part[];
  /** Every list outside another list, in order. */
  readonly lists: readonly ItemList[];
  /** The list whose items are the report's priorities: a numbered one of tasks, announced, long (see parse.ts), else another list. */
  readonly mainList?: ItemList;
  /** How many priorities the text announces (`七个方面`), when it says so. */
  readonly announcedPriorityCount?: number;
  /** The items of the main list; empty when the report has no list. */
  readonly priorities: readonly Priority[];
  /** A closing attribution in parentheses, e.g. `（精神文明调查研究处）`. */
  readonly attribution?: Passage;
  /** Bylines, captions, tags and editor lines: attribution of the report, never its content. */
  readonly credits: readonly Passage[];
  readonly warnings: readonly SpeechWarning[];
  /** For each offset in `text`, the 1-based line of the source file it came from. */
  readonly sourceLineOf: (offset: number) => number;
}
