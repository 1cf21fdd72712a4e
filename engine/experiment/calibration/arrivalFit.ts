import { chiSquareTest, type ChiSquareTest } from '../../stats/chiSquare.js';
import { linearTrend, type LinearTrend } from '../../stats/linearTrend.js';
import { studentTQuantile } from '../../stats/studentT.js';
import type { HistoryColumns } from '../../scenario/historyColumns.js';

/** The whole weeks a calibration counts arrivals over: days from the history's time 0 (a Monday). */
export interface ArrivalWindow {
  readonly firstDay: number;
  readonly weeks: number;
}

/** The significance level below which a trend counts and growthPerYear is written: 1%, since a trend written is extrapolated by every what-if. */
export const TREND_SIGNIFICANCE = 0.01;

/**
 * The longest run of whole weeks in the histories' span, starting on the day of the earliest
 * order (every 7 consecutive days hold each weekday once, so weekday shares are not skewed by a
 * partial week); undefined when the span is shorter than a week.
 */
export function arrivalWindow(histories: Iterable<HistoryColumns>): ArrivalWindow | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (const { hours } of histories) {
    if (hours.length === 0) continue;
    first = Math.min(first, Math.floor((hours[0] as number) / 24));
    last = Math.max(last, Math.floor((hours[hours.length - 1] as number) / 24));
  }
  const weeks = Math.floor((last - first + 1) / 7);
  return Number.isFinite(first) && weeks >= 1 ? { firstDay: first, weeks } : undefined;
}

/** A channel's arrivals fitted over the window. */
export interface ArrivalFit {
  /** Orders per hour of day 0-23, relative to the day's average hour (mean 1). */
  readonly hourlyProfile: readonly number[];
  /** Orders per weekday Monday-Sunday, relative to the average day (mean 1). */
  readonly weekdayProfile: readonly number[];
  /** Chi-square tests of the hourly and weekday counts against a flat profile (a small p: the profile matters). */
  readonly hourlyVersusFlat: ChiSquareTest | undefined;
  readonly weekdayVersusFlat: ChiSquareTest | undefined;
  readonly orders: number;
  readonly days: number;
  /** Orders per day over the window, with a 95% interval from the weekly totals (Student's t; undefined for one week). */
  readonly averagePerDay: number;
  readonly perDayInterval: readonly [number, number] | undefined;
  /** Linear trend of the daily counts divided by their weekday's share (days with no share left out). */
  readonly trend: LinearTrend | undefined;
  /** The trend as a yearly growth relative to the window's first day; 0 unless significant at TREND_SIGNIFICANCE. */
  readonly growthPerYear: number;
  /** The rate on the window's first day that, grown by growthPerYear, averages averagePerDay over the window. */
  readonly ordersPerDay: number;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

/** Fits a channel's hourly and weekday profiles, daily rate and trend over the window. */
export function fitArrivals(history: HistoryColumns, window: ArrivalWindow): ArrivalFit {
  const days = window.weeks * 7;
  const hourly = new Array<number>(24).fill(0);
  const weekday = new Array<number>(7).fill(0);
  const daily = new Array<number>(days).fill(0);
  for (const hour of history.hours) {
    const day = Math.floor(hour / 24) - window.firstDay;
    if (day < 0 || day >= days) continue;
    daily[day] = (daily[day] as number) + 1;
    const hourOfDay = Math.min(23, Math.floor(hour - Math.floor(hour / 24) * 24));
    hourly[hourOfDay] = (hourly[hourOfDay] as number) + 1;
    const dayOfWeek = (window.firstDay + day) % 7;
    weekday[dayOfWeek] = (weekday[dayOfWeek] as number) + 1;
  }
  const orders = daily.reduce((sum, count) => sum + count, 0);
  const averagePerDay = orders / days;
  const relative = (counts: number[]): number[] =>
    orders === 0 ? counts.map(() => 1) : counts.map((count) => round((count * counts.length) / orders, 4));
  const weekdayProfile = relative(weekday);
  const weeklyTotals = Array.from(
    { length: window.weeks },
    (_, week) => daily.slice(week * 7, week * 7 + 7).reduce((s, c) => s + c, 0) / 7,
  );
  const perDayInterval = weekInterval(weeklyTotals, averagePerDay);
  // Deseasonalised daily counts: a Saturday with half the orders is not a decline.
  const xs: number[] = [];
  const ys: number[] = [];
  daily.forEach((count, day) => {
    const share = weekdayProfile[(window.firstDay + day) % 7] as number;
    if (share > 0) {
      xs.push(day);
      ys.push(count / share);
    }
  });
  const trend = linearTrend(xs, ys);
  const significant = trend !== undefined && trend.pValue < TREND_SIGNIFICANCE && trend.intercept > 0;
  const fitted = significant ? Math.max(-1, round((trend.slope * 365) / trend.intercept, 4)) : 0;
  // The growth is -1 at the least (the schema's bound): clamped, it could reach 0 within the span; then none is written.
  const growthPerYear = 1 + (fitted * days) / 2 / 365 > 0 ? fitted : 0;
  return {
    hourlyProfile: relative(hourly),
    weekdayProfile,
    hourlyVersusFlat: chiSquareTest(
      hourly,
      hourly.map(() => 1 / 24),
      0,
    ),
    weekdayVersusFlat: chiSquareTest(
      weekday,
      weekday.map(() => 1 / 7),
      0,
    ),
    orders,
    days,
    averagePerDay,
    perDayInterval,
    trend,
    growthPerYear,
    ordersPerDay: round(averagePerDay / (1 + (growthPerYear * days) / 2 / 365), 4),
  };
}

/** A 95% interval for the mean of weekly averages (undefined below two weeks). */
function weekInterval(weekly: readonly number[], mean: number): readonly [number, number] | undefined {
  const n = weekly.length;
  if (n < 2) return undefined;
  const variance = weekly.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1);
  const half = studentTQuantile(0.975, n - 1) * Math.sqrt(variance / n);
  return [mean - half, mean + half];
}
