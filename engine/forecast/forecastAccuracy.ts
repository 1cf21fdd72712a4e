/** Accuracy of one-step-ahead forecasts against what happened (NaN where nothing was compared). */
export interface ForecastAccuracy {
  /** Mean |forecast - actual|. */
  readonly mae: number;
  /** Mean |forecast - actual| / |actual| over periods with a non-zero actual, as a fraction. */
  readonly mape: number;
  /** Mean forecast - actual: positive means over-forecasting. */
  readonly bias: number;
  /** Periods compared. */
  readonly periods: number;
}

/** Adds up forecast errors one period at a time, for MAE, MAPE and bias. */
export class ForecastAccuracyTally {
  private absolute = 0;
  private signed = 0;
  private percentage = 0;
  private withActual = 0;
  private periods = 0;

  /** Counts one period's forecast against its actual value. */
  add(forecast: number, actual: number): void {
    this.periods++;
    this.absolute += Math.abs(forecast - actual);
    this.signed += forecast - actual;
    if (actual !== 0) {
      this.percentage += Math.abs(forecast - actual) / Math.abs(actual);
      this.withActual++;
    }
  }

  /** The accuracy over the periods counted so far. */
  accuracy(): ForecastAccuracy {
    const mean = (total: number, count: number): number => (count > 0 ? total / count : NaN);
    return {
      mae: mean(this.absolute, this.periods),
      mape: mean(this.percentage, this.withActual),
      bias: mean(this.signed, this.periods),
      periods: this.periods,
    };
  }
}
