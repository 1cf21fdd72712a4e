/**
 * Time integral of a piecewise-constant level (units on hand, busy pickers) over a
 * window [start, end]: changes before `start` set the level, only time inside counts.
 */
export class TimeWeighted {
  private level = 0;
  private since: number;
  private area = 0;

  constructor(
    private readonly start: number,
    private readonly end: number,
  ) {
    this.since = start;
  }

  /** Current level. */
  get value(): number {
    return this.level;
  }

  /** Sets the level from time `time` on. */
  set(time: number, level: number): void {
    this.accumulate(time);
    this.level = level;
  }

  /** Adds `delta` to the level from time `time` on. */
  add(time: number, delta: number): void {
    this.set(time, this.level + delta);
  }

  /** Integral of the level over the window. */
  integral(): number {
    this.accumulate(this.end);
    return this.area;
  }

  /** Time-average of the level over the window. */
  average(): number {
    return this.end > this.start ? this.integral() / (this.end - this.start) : NaN;
  }

  private accumulate(time: number): void {
    const from = Math.max(this.since, this.start);
    const to = Math.min(time, this.end);
    if (to > from) this.area += this.level * (to - from);
    if (time > this.since) this.since = time;
  }
}
