import { ratio, type CollectorContext } from './Window.js';

/** Forecast accuracy of forecast-driven replenishment, per SKU and review period (NaN when no forecasts were made). */
export interface ForecastAccuracy {
  /** Mean |forecast - actual| units per SKU and review period. */
  readonly mae: number;
  /** Mean |forecast - actual| / actual over periods with demand. */
  readonly mape: number;
  /** Mean forecast - actual: positive means over-forecasting. */
  readonly bias: number;
  /** SKU-periods compared. */
  readonly periods: number;
}

/** Compares each review period's forecast with its demand, for periods ending after the warm-up. */
export function forecastAccuracyCollector(context: CollectorContext): () => ForecastAccuracy {
  let absolute = 0;
  let signed = 0;
  let percentage = 0;
  let withDemand = 0;
  let periods = 0;
  context.events.on('forecastEvaluated', ({ forecastUnits, actualUnits }) => {
    const now = context.simulation.now;
    if (now < context.warmup || now > context.horizon) return;
    periods++;
    absolute += Math.abs(forecastUnits - actualUnits);
    signed += forecastUnits - actualUnits;
    if (actualUnits > 0) {
      percentage += Math.abs(forecastUnits - actualUnits) / actualUnits;
      withDemand++;
    }
  });
  return () => ({ mae: ratio(absolute, periods), mape: ratio(percentage, withDemand), bias: ratio(signed, periods), periods });
}
