import { describe, expect, it } from 'vitest';
import { runScenario } from '../../engine/experiment/runScenario.js';
import { JOURNEY_STEPS } from '../../engine/kpi/collectors/journey.js';
import { scenarioWith } from '../helpers/scenarios.js';

describe('runScenario breakdown', () => {
  const { result } = runScenario('baseline', scenarioWith('scenarios/baseline.json', { horizon: '21d', warmup: '7d' }), {
    replications: 2,
  });
  const { breakdown, kpis } = result;

  it('journey steps up to the handover add up to the cycle time, and transit to the delivery time', () => {
    const toHandover = JOURNEY_STEPS.filter((step) => step !== 'transit').reduce(
      (sum, step) => sum + (breakdown.journeyHours[step].mean ?? NaN),
      0,
    );
    expect(toHandover).toBeCloseTo(kpis.cycleTimeHours.mean ?? NaN, 9);
    for (const step of JOURNEY_STEPS) expect(breakdown.journeyHours[step].mean).toBeGreaterThanOrEqual(0);
    expect(breakdown.journeyHours.transit.mean).toBeGreaterThan(0);
  });

  it('carrier volumes add up to the orders shipped and their charges to the shipping cost', () => {
    const parcels = breakdown.carriers.reduce((sum, carrier) => sum + (carrier.parcels.mean ?? 0), 0);
    expect(parcels).toBeCloseTo(kpis.ordersShipped.mean ?? NaN, 9);
    const charges = breakdown.carriers.reduce((sum, carrier) => sum + (carrier.parcels.mean ?? 0) * (carrier.costPerParcel.mean ?? 0), 0);
    // Per-replication ratios averaged, so equal only up to the spread between replications.
    expect(charges / parcels).toBeCloseTo(kpis.shippingCostPerOrder.mean ?? NaN, 1);
    expect(breakdown.carriers.map((carrier) => carrier.carrier)).toEqual(['parcelco', 'swiftship', 'budgetpost']);
  });

  it('histograms count every shipped and delivered measured order', () => {
    const shipped = (kpis.ordersShipped.values as number[]).reduce((sum, value) => sum + value, 0);
    expect(breakdown.histograms.cycleTimeHours.counts.reduce((sum, count) => sum + count, 0)).toBe(shipped);
    expect(breakdown.histograms.deliveryTimeHours.binWidth).toBe(6);
  });
});
