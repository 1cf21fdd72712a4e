import type { StepSeries } from './DayLog.js';

/** Records a level within one day: changes before the day set its opening value, changes after it are ignored. */
export interface StepRecorder {
  set(now: number, value: number): void;
  finish(): StepSeries;
}

/** A step recorder for the day `[dayStart, dayEnd)` (engine seconds); times are kept to 0.1 s from `dayStart`. */
export function stepRecorder(dayStart: number, dayEnd: number): StepRecorder {
  const time: number[] = [];
  const value: number[] = [];
  return {
    set(now, level) {
      if (now >= dayEnd) return;
      const t = Math.round(Math.max(0, now - dayStart) * 10) / 10;
      if (value.length > 0 && value[value.length - 1] === level) return;
      // Several changes in the same tenth of a second keep the last.
      if (time.length > 0 && time[time.length - 1] === t) value[value.length - 1] = level;
      else {
        time.push(t);
        value.push(level);
      }
    },
    finish() {
      // No change before the day: the level opened at 0.
      if (time[0] !== 0) {
        time.unshift(0);
        value.unshift(0);
      }
      return { time, value };
    },
  };
}
