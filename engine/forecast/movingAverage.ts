import { meanSimple } from 'simple-statistics';
import type { FittedForecast } from './types.js';

/** Moving average of the last `window` periods: a flat forecast (no trend, no season). */
export function movingAverage(series: readonly number[], window: number): FittedForecast {
  const oneStepForecasts = series.map((_, t) => (window > 0 && t >= window ? meanSimple(series.slice(t - window, t)) : NaN));
  const recent = series.slice(-window);
  const level = recent.length === 0 ? 0 : meanSimple(recent);
  return { level, trend: 0, season: [], oneStepForecasts, forecast: () => level };
}
