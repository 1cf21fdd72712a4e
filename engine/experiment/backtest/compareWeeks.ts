import { BACKTEST_MEASURES, type BacktestMeasure } from './weeklyMeasures.js';
import { predictionInterval } from './predictionInterval.js';

/** One measure in one week: the simulation's mean and 95% interval, the actual value and the error. */
export interface BacktestRow {
  /** Week number from replay time 0 (week 0 starts at time 0). */
  readonly week: number;
  /** The week's Monday (YYYY-MM-DD) when the history says when time 0 is; "" otherwise. */
  readonly weekStart: string;
  readonly measure: BacktestMeasure;
  readonly simulated: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly actual: number | null;
  /** simulated - actual. */
  readonly error: number | null;
  /** (simulated - actual) / actual; null when actual is 0 or unknown. */
  readonly relativeError: number | null;
  /** Whether the actual value lies in the simulation's 95% interval (null when either is unknown). */
  readonly inside: boolean | null;
}

/** A measure's summary over the compared weeks. */
export interface BacktestVerdict {
  readonly measure: BacktestMeasure;
  /** Weeks with both a simulated interval and an actual value. */
  readonly weeks: number;
  /** Of those, weeks whose actual value lies in the interval. */
  readonly inside: number;
  readonly shareInside: number | null;
  /** Mean of |simulated - actual| over weeks with both. */
  readonly meanAbsoluteError: number | null;
  /** Mean of |simulated - actual| / actual over weeks with both and actual ≠ 0. */
  readonly meanAbsoluteRelativeError: number | null;
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

const finite = (value: number | undefined): number | null => (value !== undefined && Number.isFinite(value) ? value : null);

/**
 * Compares, measure by measure and week by week, each replication's weekly values (`simulated`,
 * one record per replication) with the actual ones; `weekStart(week)` dates a week.
 */
export function compareWeeks(
  simulated: ReadonlyArray<Record<BacktestMeasure, number[]>>,
  actual: Record<BacktestMeasure, number[]>,
  firstWeek: number,
  weekStart: (week: number) => string,
): { rows: BacktestRow[]; verdicts: BacktestVerdict[] } {
  const rows: BacktestRow[] = [];
  const verdicts: BacktestVerdict[] = [];
  for (const { name } of BACKTEST_MEASURES) {
    const measured: BacktestRow[] = actual[name].map((value, index) => {
      const { mean: simulatedMean, low, high } = predictionInterval(simulated.map((replication) => replication[name][index] as number));
      const actualValue = finite(value);
      const error = simulatedMean === null || actualValue === null ? null : simulatedMean - actualValue;
      return {
        week: firstWeek + index,
        weekStart: weekStart(firstWeek + index),
        measure: name,
        simulated: simulatedMean,
        low,
        high,
        actual: actualValue,
        error,
        relativeError: error === null || actualValue === 0 ? null : error / (actualValue as number),
        inside: low === null || high === null || actualValue === null ? null : actualValue >= low && actualValue <= high,
      };
    });
    rows.push(...measured);
    const judged = measured.filter((row) => row.inside !== null);
    const inside = judged.filter((row) => row.inside === true).length;
    verdicts.push({
      measure: name,
      weeks: judged.length,
      inside,
      shareInside: judged.length === 0 ? null : inside / judged.length,
      meanAbsoluteError: mean(judged.map((row) => Math.abs(row.error as number))),
      meanAbsoluteRelativeError: mean(
        judged.filter((row) => row.relativeError !== null).map((row) => Math.abs(row.relativeError as number)),
      ),
    });
  }
  return { rows, verdicts };
}
