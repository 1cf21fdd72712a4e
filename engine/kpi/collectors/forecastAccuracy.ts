import { ForecastAccuracyTally, type ForecastAccuracy } from '../../forecast/forecastAccuracy.js';
import type { CollectorContext } from './CollectorContext.js';

/** Compares each review period's forecast with its demand, per SKU, for periods ending after the warm-up (NaN when no forecasts were made). */
export function forecastAccuracyCollector(context: CollectorContext): () => ForecastAccuracy {
  const tally = new ForecastAccuracyTally();
  context.events.on('forecastEvaluated', ({ forecastUnits, actualUnits }) => {
    const now = context.simulation.now;
    if (now >= context.warmup && now <= context.horizon) tally.add(forecastUnits, actualUnits);
  });
  return () => tally.accuracy();
}
