import type { FittedForecast } from './types.js';

/** Moving average of the last `window` periods: a flat forecast (no trend, no season). */
export function movingAverage(series: readonly number[], window: number): FittedForecast {
  const oneStepForecasts = series.map((_, t) => {
    if (t < window) return NaN;
    let sum = 0;
    for (let i = t - window; i < t; i++) sum += series[i] as number;
    return sum / window;
  });
  const recent = series.slice(-window);
  const level = recent.length === 0 ? 0 : recent.reduce((sum, value) => sum + value, 0) / recent.length;
  return { level, trend: 0, season: [], oneStepForecasts, forecast: () => level };
}
