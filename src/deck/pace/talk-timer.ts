/** The talk's timer in the speaker view and on the remote: the time since it started or was reset, told every second. */

/** How often the timer tells the time spent. */
const TICK_MS = 1000;

/** Counts the time spent from its creation or its last `reset`, calling `onTick` at once and every second. */
export class TalkTimer {
  private started = Date.now();
  private readonly onTick: (spentSeconds: number) => void;

  constructor(onTick: (spentSeconds: number) => void) {
    this.onTick = onTick;
    setInterval(() => this.tick(), TICK_MS);
    this.tick();
  }

  /** Seconds since the start or the last reset. */
  get spentSeconds(): number {
    return (Date.now() - this.started) / 1000;
  }

  /** Starts counting again from 0:00. */
  reset(): void {
    this.started = Date.now();
    this.tick();
  }

  /** Tells the time spent now (also when something else changed, such as the slide). */
  tick(): void {
    this.onTick(this.spentSeconds);
  }
}
