import type { FittedForecast } from './types.js';

/** Simple exponential smoothing: level_t = alpha · y_t + (1 - alpha) · level_{t-1}, started at the first value. */
export function simpleExponentialSmoothing(series: readonly number[], alpha: number): FittedForecast {
  let level = series[0] ?? 0;
  const oneStepForecasts = series.map((value, t) => {
    const forecast = t === 0 ? NaN : level;
    level = t === 0 ? value : alpha * value + (1 - alpha) * level;
    return forecast;
  });
  return { level, trend: 0, season: [], oneStepForecasts, forecast: () => level };
}

/**
 * Holt's linear trend: level_t = alpha · y_t + (1 - alpha)(level + trend)_{t-1},
 * trend_t = beta (level_t - level_{t-1}) + (1 - beta) trend_{t-1}; started at t = 1 with
 * level y_1 and trend y_1 - y_0.
 */
export function holt(series: readonly number[], alpha: number, beta: number): FittedForecast {
  let level = series[series.length > 1 ? 1 : 0] ?? 0;
  let trend = series.length > 1 ? (series[1] as number) - (series[0] as number) : 0;
  const oneStepForecasts = series.map((value, t) => {
    if (t < 2) return NaN;
    const forecast = level + trend;
    const [previousLevel, previousTrend] = [level, trend];
    level = alpha * value + (1 - alpha) * (previousLevel + previousTrend);
    trend = beta * (level - previousLevel) + (1 - beta) * previousTrend;
    return forecast;
  });
  return { level, trend, season: [], oneStepForecasts, forecast: (h) => level + h * trend };
}
