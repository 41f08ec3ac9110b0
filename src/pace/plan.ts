/**
 * The pace plan: how long each slide should take, from the amount of speech it presents, and how
 * far ahead or behind the presenter is. Pure: the build computes the weights, the speaker view and
 * the phone remote compute the plan and the status from them.
 */

/** The speaking rate when none is set, in characters (字) per minute: a steady reading pace for a report. */
export const DEFAULT_RATE = 220;
/** Every slide takes at least this long: shown, introduced, left (a title, a chart without text of its own). */
export const MIN_SLIDE_SECONDS = 15;
/** What a chart adds to its slide: the time to walk the room through it. */
export const CHART_SECONDS = 40;
/** Rates and target lengths outside these bounds are typing mistakes, not plans. */
export const RATE_RANGE = { min: 60, max: 600 } as const;
export const TARGET_MINUTES_RANGE = { min: 1, max: 600 } as const;

/** What the build knows of a slide for the plan. */
export interface PaceItem {
  readonly id: string;
  readonly title: string;
  /** Characters (letters and digits) of the speech that this slide, and no narrower one, presents. */
  readonly characters: number;
  /** Whether the slide shows a chart. */
  readonly chart: boolean;
}

/** How the plan is made: a speaking rate, and optionally a target length the whole talk is scaled to. */
export interface PaceSettings {
  /** Characters per minute. */
  readonly rate: number;
  /** The talk's length in minutes; absent: the length the rate gives. */
  readonly targetMinutes?: number;
}

/** One slide of the plan. */
export interface PlannedSlide {
  readonly id: string;
  readonly title: string;
  /** Planned seconds on this slide. */
  readonly seconds: number;
  /** Planned seconds spent before this slide starts. */
  readonly start: number;
}

/** The plan of a whole talk. */
export interface PacePlan {
  readonly slides: readonly PlannedSlide[];
  readonly totalSeconds: number;
}

/** Ahead: further on than planned at this time; behind: still here when the plan has moved on. */
export type PaceState = 'ahead' | 'on-time' | 'behind';

/** Where the presenter stands against the plan. */
export interface PaceStatus {
  readonly state: PaceState;
  /** How many seconds ahead or behind (0 when on time). */
  readonly seconds: number;
}

/** A slide's unscaled time: its text at the rate, plus a chart's allowance, at least the minimum. */
function naturalSeconds(item: PaceItem, rate: number): number {
  return Math.max(MIN_SLIDE_SECONDS, (item.characters / rate) * 60 + (item.chart ? CHART_SECONDS : 0));
}

/** Each slide's planned time and start; with a target length, every slide's time is scaled so that they add up to it. */
export function planPace(items: readonly PaceItem[], settings: PaceSettings): PacePlan {
  const natural = items.map((item) => naturalSeconds(item, settings.rate));
  const naturalTotal = natural.reduce((sum, seconds) => sum + seconds, 0);
  const scale = settings.targetMinutes !== undefined && naturalTotal > 0 ? (settings.targetMinutes * 60) / naturalTotal : 1;
  let start = 0;
  const slides = items.map((item, i) => {
    const seconds = natural[i]! * scale;
    const slide = { id: item.id, title: item.title, seconds, start };
    start += seconds;
    return slide;
  });
  return { slides, totalSeconds: start };
}

/**
 * Ahead or behind on slide `index` after `spentSeconds`: on time while the time spent lies within the
 * slide's planned window; ahead by the time until the window opens; behind by the time since it closed.
 */
export function paceStatus(plan: PacePlan, index: number, spentSeconds: number): PaceStatus {
  const slide = plan.slides[Math.min(Math.max(index, 0), plan.slides.length - 1)];
  if (!slide) return { state: 'on-time', seconds: 0 };
  if (spentSeconds < slide.start) return { state: 'ahead', seconds: slide.start - spentSeconds };
  const end = slide.start + slide.seconds;
  if (spentSeconds > end) return { state: 'behind', seconds: spentSeconds - end };
  return { state: 'on-time', seconds: 0 };
}

/** Seconds as m:ss, or h:mm:ss from an hour on (rounded down to the second). */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** A rate or target length as typed (a URL parameter, a field): the number when it is one within `range`, else undefined. */
export function parsePaceNumber(
  text: string | null | undefined,
  range: { readonly min: number; readonly max: number },
): number | undefined {
  const value = Number(text?.trim());
  return text?.trim() && Number.isFinite(value) && value >= range.min && value <= range.max ? value : undefined;
}
