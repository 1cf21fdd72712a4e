/** Accuracy of one-step-ahead forecasts against what happened. */
export interface ForecastError {
  /** Mean absolute error. */
  readonly mae: number;
  /** Mean absolute percentage error, as a fraction, over periods with a non-zero actual. */
  readonly mape: number;
  /** Mean of forecast - actual: positive means over-forecasting. */
  readonly bias: number;
  readonly periods: number;
}

/** MAE, MAPE and bias over the periods where a forecast exists. */
export function forecastError(actual: readonly number[], forecasts: readonly number[]): ForecastError {
  let absolute = 0;
  let percentage = 0;
  let percentagePeriods = 0;
  let signed = 0;
  let periods = 0;
  forecasts.forEach((forecast, t) => {
    const value = actual[t];
    if (value === undefined || !Number.isFinite(forecast)) return;
    periods++;
    absolute += Math.abs(forecast - value);
    signed += forecast - value;
    if (value !== 0) {
      percentage += Math.abs(forecast - value) / Math.abs(value);
      percentagePeriods++;
    }
  });
  return {
    mae: periods > 0 ? absolute / periods : NaN,
    mape: percentagePeriods > 0 ? percentage / percentagePeriods : NaN,
    bias: periods > 0 ? signed / periods : NaN,
    periods,
  };
}
