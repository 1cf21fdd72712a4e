import { describe, expect, it } from 'vitest';
import { holt, simpleExponentialSmoothing } from '../../engine/forecast/exponentialSmoothing.js';
import { ForecastAccuracyTally, type ForecastAccuracy } from '../../engine/forecast/forecastAccuracy.js';
import { holtWinters } from '../../engine/forecast/holtWinters.js';
import { movingAverage } from '../../engine/forecast/movingAverage.js';
import { createRandomStream } from '../../engine/kernel/random/RandomStream.js';

/** The accuracy of `forecasts` (NaN: none for that period) against `actual`. */
function accuracyOf(actual: readonly number[], forecasts: readonly number[]): ForecastAccuracy {
  const tally = new ForecastAccuracyTally();
  forecasts.forEach((forecast, t) => {
    const value = actual[t];
    if (value !== undefined && Number.isFinite(forecast)) tally.add(forecast, value);
  });
  return tally.accuracy();
}

const noise = (seed: number, amplitude: number): (() => number) => {
  const stream = createRandomStream(seed, 0, 'forecast-test');
  return () => (stream() - 0.5) * 2 * amplitude;
};

describe('forecasting methods recover the components of synthetic series', () => {
  it('moving average and exponential smoothing recover a level', () => {
    const jitter = noise(1, 5);
    const series = Array.from({ length: 400 }, () => 100 + jitter());
    expect(Math.abs(movingAverage(series, 50).level - 100)).toBeLessThan(1.5);
    expect(Math.abs(simpleExponentialSmoothing(series, 0.05).level - 100)).toBeLessThan(2);
    expect(movingAverage(series, 50).forecast(10)).toBe(movingAverage(series, 50).level);
  });

  it('Holt recovers a level and a trend', () => {
    const jitter = noise(2, 3);
    const series = Array.from({ length: 300 }, (_, t) => 50 + 2 * t + jitter());
    const fitted = holt(series, 0.2, 0.05);
    expect(Math.abs(fitted.trend - 2)).toBeLessThan(0.1);
    expect(Math.abs(fitted.level - (50 + 2 * 299))).toBeLessThan(3);
    expect(Math.abs(fitted.forecast(10) - (50 + 2 * 309))).toBeLessThan(4);
  });

  it('Holt-Winters recovers a level, a trend and a weekly season', () => {
    const weekly = [12, 8, 3, -2, -6, -9, -6];
    const jitter = noise(3, 2);
    const series = Array.from({ length: 364 }, (_, t) => 200 + 0.5 * t + (weekly[t % 7] as number) + jitter());
    const fitted = holtWinters(series, { period: 7, alpha: 0.1, beta: 0.02, gamma: 0.1 });
    expect(Math.abs(fitted.trend - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(fitted.level - (200 + 0.5 * 363))).toBeLessThan(2);
    // The next period is t = 364, position 0 of the week.
    fitted.season.forEach((offset, h) => expect(Math.abs(offset - (weekly[(364 + h) % 7] as number)), `season ${h}`).toBeLessThan(1.5));
    for (let h = 1; h <= 14; h++)
      expect(Math.abs(fitted.forecast(h) - (200 + 0.5 * (363 + h) + (weekly[(363 + h) % 7] as number)))).toBeLessThan(3);
    // With the season it forecasts far better than Holt alone.
    const withSeason = accuracyOf(series, fitted.oneStepForecasts);
    const without = accuracyOf(series, holt(series, 0.1, 0.02).oneStepForecasts);
    expect(withSeason.mae).toBeLessThan(without.mae / 2);
    expect(() => holtWinters(series.slice(0, 10), { period: 7, alpha: 0.1, beta: 0.1, gamma: 0.1 })).toThrow(/two seasons/);
  });
});

describe('ForecastAccuracyTally', () => {
  it('ForecastAccuracyTally.accuracy: MAE and bias over the periods added, MAPE over those with a non-zero actual', () => {
    const error = accuracyOf([10, 20, 0, 40], [NaN, 22, 1, 36]);
    expect(error.periods).toBe(3);
    expect(error.mae).toBeCloseTo((2 + 1 + 4) / 3, 12);
    expect(error.mape).toBeCloseTo((2 / 20 + 4 / 40) / 2, 12);
    expect(error.bias).toBeCloseTo((2 + 1 - 4) / 3, 12);
  });

  it('ForecastAccuracyTally.accuracy: NaN before any period is added', () => {
    expect(new ForecastAccuracyTally().accuracy()).toEqual({ mae: NaN, mape: NaN, bias: NaN, periods: 0 });
  });
});
