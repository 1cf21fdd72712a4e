/** A forecaster fitted to a series: its current state and forecasts ahead of the last observation. */
export interface FittedForecast {
  readonly level: number;
  /** Change per period (0 without a trend component). */
  readonly trend: number;
  /** Seasonal offsets for the next `season.length` periods, starting with the next one ([] without a season). */
  readonly season: readonly number[];
  /** One-step-ahead forecasts made before each observation (NaN while the method warms up). */
  readonly oneStepForecasts: readonly number[];
  /** The forecast `h` periods after the last observation (h >= 1). */
  forecast(h: number): number;
}
