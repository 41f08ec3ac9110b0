/**
 * A rehearsal: the time spent on each slide while it runs, and where the last one is kept (the
 * browser's storage, per deck). The recorder is plain logic over a clock, so it is tested without one.
 */

/** Seconds spent on each slide, by slide id. */
export type SlideTimes = Readonly<Record<string, number>>;

/** A finished rehearsal as kept. */
export interface Rehearsal {
  /** When it ended (ms since the epoch). */
  readonly endedAt: number;
  readonly seconds: SlideTimes;
}

/** Records the time spent on each slide between `start` and `stop`; coming back to a slide adds to its time. */
export class RehearsalRecorder {
  private readonly spent = new Map<string, number>();
  private current: { readonly slideId: string; readonly since: number } | undefined;
  /** The clock, in milliseconds. */
  private readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
  }

  /** Whether a rehearsal is running. */
  get running(): boolean {
    return this.current !== undefined;
  }

  /** Starts afresh on the slide shown now. */
  start(slideId: string): void {
    this.spent.clear();
    this.current = { slideId, since: this.now() };
  }

  /** The deck moved to `slideId` (fragments within a slide are the same slide). */
  move(slideId: string): void {
    if (!this.current || this.current.slideId === slideId) return;
    this.close();
    this.current = { slideId, since: this.now() };
  }

  /** Ends the rehearsal and returns what it recorded, in seconds. */
  stop(): Rehearsal {
    this.close();
    this.current = undefined;
    return { endedAt: this.now(), seconds: Object.fromEntries(this.spent) };
  }

  private close(): void {
    if (!this.current) return;
    const { slideId, since } = this.current;
    this.spent.set(slideId, (this.spent.get(slideId) ?? 0) + (this.now() - since) / 1000);
  }
}

/** The storage key of a deck's last rehearsal. */
export function rehearsalKey(deckKey: string): string {
  return `deck-rehearsal:${deckKey}`;
}

/** A kept rehearsal read back; undefined when there is none or it is not one (storage is anyone's to edit). */
export function readRehearsal(text: string | null): Rehearsal | undefined {
  if (!text) return undefined;
  try {
    const data = JSON.parse(text) as Partial<Rehearsal> | null;
    const seconds = data?.seconds;
    if (typeof data?.endedAt !== 'number' || typeof seconds !== 'object' || seconds === null) return undefined;
    return Object.values(seconds).every((s) => typeof s === 'number' && s >= 0) ? { endedAt: data.endedAt, seconds } : undefined;
  } catch {
    return undefined;
  }
}
