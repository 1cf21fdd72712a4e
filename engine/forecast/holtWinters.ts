import { meanSimple } from 'simple-statistics';
import type { FittedForecast } from './types.js';

/** Settings of additive Holt-Winters: the season length and the three smoothing constants. */
export interface HoltWintersOptions {
  /** Values per season (7 for a weekly pattern in daily data). */
  readonly period: number;
  /** Smoothing of the level. */
  readonly alpha: number;
  /** Smoothing of the trend. */
  readonly beta: number;
  /** Smoothing of the season. */
  readonly gamma: number;
}

/**
 * Additive Holt-Winters with a season of `period` (7 for a weekly pattern in daily data), in
 * the error-correction form of Hyndman & Athanasopoulos (Forecasting: Principles and Practice):
 *   level_t  = alpha (y_t - s_{t-m}) + (1 - alpha)(level_{t-1} + trend_{t-1})
 *   trend_t  = beta (level_t - level_{t-1}) + (1 - beta) trend_{t-1}
 *   s_t      = gamma (y_t - level_{t-1} - trend_{t-1}) + (1 - gamma) s_{t-m}
 *   forecast = level_T + h trend_T + s_{T+h-m(k+1)}, k = floor((h - 1) / m).
 * Started classically from the first two seasons: level = the first season's mean, trend = the
 * change of season means per period, s_i = y_i - level for the first season.
 */
export function holtWinters(series: readonly number[], { period, alpha, beta, gamma }: HoltWintersOptions): FittedForecast {
  if (series.length < 2 * period)
    throw new RangeError(`holtWinters: needs at least two seasons (${2 * period} values), got ${series.length}`);
  const mean = (from: number): number => meanSimple(series.slice(from, from + period));
  let level = mean(0);
  let trend = (mean(period) - mean(0)) / period;
  // seasonal[t % period] holds the latest offset for that position in the cycle; the start
  // values describe periods 0..m-1 with the level centred on the first season.
  const seasonal = Array.from({ length: period }, (_, i) => (series[i] as number) - (level + (i - (period - 1) / 2) * trend));
  level += ((period - 1) / 2) * trend; // the level at the end of the first season
  const oneStepForecasts = series.map((value, t) => {
    if (t < period) return NaN;
    const position = t % period;
    const offset = seasonal[position] as number;
    const forecast = level + trend + offset;
    const [previousLevel, previousTrend] = [level, trend];
    level = alpha * (value - offset) + (1 - alpha) * (previousLevel + previousTrend);
    trend = beta * (level - previousLevel) + (1 - beta) * previousTrend;
    seasonal[position] = gamma * (value - previousLevel - previousTrend) + (1 - gamma) * offset;
    return forecast;
  });
  const next = series.length % period;
  const season = Array.from({ length: period }, (_, h) => seasonal[(next + h) % period] as number);
  return { level, trend, season, oneStepForecasts, forecast: (h) => level + h * trend + (season[(h - 1) % period] as number) };
}
