import { describe, expect, it } from 'vitest';
import { runReplication } from '../../engine/experiment/runReplication.js';
import { runScenario } from '../../engine/experiment/runScenario.js';
import { summarize } from '../../engine/stats/summary.js';
import { scenarioWith } from '../helpers/scenarios.js';

const REPLICATIONS = 5;

describe('forecast-driven replenishment (scenarios/forecasting/)', () => {
  it('beats a fixed reorder point on fill rate with less stock when demand grows with a weekly season (paired replications)', () => {
    const fixed = scenarioWith('scenarios/forecasting/fixed-reorder-point.json');
    const forecast = scenarioWith('scenarios/forecasting/what-if-forecast.json');
    const pairs = Array.from(
      { length: REPLICATIONS },
      (_, replication) => [runReplication(fixed, replication).kpis, runReplication(forecast, replication).kpis] as const,
    );
    const fillRate = summarize(pairs.map(([base, variant]) => variant.fillRate - base.fillRate)).ci95;
    const onHand = summarize(pairs.map(([base, variant]) => variant.meanOnHandUnits - base.meanOnHandUnits)).ci95;
    expect(fillRate?.[0], `fill rate difference ${JSON.stringify(fillRate)}`).toBeGreaterThan(0);
    expect(onHand?.[1], `mean on hand difference ${JSON.stringify(onHand)}`).toBeLessThanOrEqual(0);
  });

  it('reports its forecast error; policies without forecasts report none', () => {
    const forecast = runScenario('forecast', scenarioWith('scenarios/forecasting/what-if-forecast.json', { horizon: '100d' }), {
      replications: 2,
    }).result;
    const { mae, mape, bias } = forecast.breakdown.forecastAccuracy;
    expect(mae.mean).toBeGreaterThan(0);
    expect(mape.mean).toBeGreaterThan(0);
    expect(mape.mean).toBeLessThan(0.5);
    expect(Math.abs(bias.mean ?? Infinity)).toBeLessThan(mae.mean ?? 0);
    // Holt-Winters follows the trend, so its bias is a small share of its error (measured
    // -0.04 units against an MAE of 5.0; a 28-day moving average lags the growth: bias -1.4, MAE 6.4).
    expect(Math.abs(bias.mean ?? Infinity)).toBeLessThan(0.1 * (mae.mean ?? 0));
    const fixed = runScenario('fixed', scenarioWith('scenarios/forecasting/fixed-reorder-point.json', { horizon: '100d' }), {
      replications: 2,
    }).result;
    expect(fixed.breakdown.forecastAccuracy.mae.mean).toBeNull();
  });
});
