import { describe, expect, it } from 'vitest';
import { runReplication } from '../../engine/experiment/runReplication.js';
import { Emitter } from '../../engine/kernel/Emitter.js';
import { Simulation } from '../../engine/kernel/Simulation.js';
import { serviceCollector } from '../../engine/kpi/collectors/service.js';
import type { KpiName } from '../../engine/kpi/definitions.js';
import { returnWindowSeconds } from '../../engine/kpi/returnWindow.js';
import type { ModelEvents } from '../../engine/model/events.js';
import type { Order } from '../../engine/domain/Order.js';
import { DAY } from '../../engine/kernel/time.js';
import { summarize } from '../../engine/stats/summary.js';
import { scenarioWith } from '../helpers/scenarios.js';

describe('returnWindowSeconds', () => {
  it('returnWindowSeconds: the largest decision time of a bounded distribution, the 99.9th percentile of an unbounded one', () => {
    expect(returnWindowSeconds({ dist: 'uniform', min: DAY, max: 10 * DAY })).toBe(10 * DAY);
    expect(returnWindowSeconds({ dist: 'triangular', min: 0, mode: DAY, max: 3 * DAY })).toBe(3 * DAY);
    expect(returnWindowSeconds({ dist: 'constant', value: 2 * DAY })).toBe(2 * DAY);
    expect(returnWindowSeconds({ dist: 'empirical', values: [DAY, 9 * DAY, 4 * DAY], weights: [1, 0, 1] })).toBe(4 * DAY);
    expect(returnWindowSeconds({ dist: 'exponential', mean: DAY })).toBeCloseTo(Math.log(1000) * DAY, 6);
    expect(returnWindowSeconds({ dist: 'normal', mean: 5 * DAY, sd: DAY })).toBeCloseTo(8.0902 * DAY, -1);
    expect(returnWindowSeconds({ dist: 'normal', mean: -5 * DAY, sd: DAY })).toBe(0);
    // Gamma with shape 1 is exponential: Wilson-Hilferty is within 1% of mean x ln(1000).
    expect(returnWindowSeconds({ dist: 'gamma', mean: DAY, sd: DAY }) / (Math.log(1000) * DAY)).toBeCloseTo(1, 1);
  });
});

/** An order with the fields the service collector reads. */
function order(id: number, placedDay: number, dueDay: number): Order {
  return {
    id,
    placedAt: placedDay * DAY,
    dueAt: dueDay * DAY,
    deliveredAt: NaN,
    processingError: false,
    uncaughtPickErrors: 0,
  } as unknown as Order;
}

describe('serviceCollector at the horizon', () => {
  it('serviceCollector: an order undelivered past its promise is late, one due after the horizon is not counted, cancelled ones have no promise', () => {
    const events = new Emitter<ModelEvents>();
    const context = { events, simulation: new Simulation(), warmup: DAY, horizon: 10 * DAY, unitPrice: new Float64Array(0) };
    const finish = serviceCollector(2 * DAY)(context);
    const orders = [order(1, 2, 4), order(2, 3, 5), order(3, 8, 12), order(4, 2, 6), order(5, 0.5, 3)];
    for (const placed of orders) events.emit('orderPlaced', { order: placed });
    // As moveOrder announces a cancellation.
    events.emit('orderStateChanged', { order: orders[3] as Order, from: 'held', to: 'cancelled' });
    events.emit('orderDropped', { order: orders[3] as Order, state: 'cancelled' });
    const deliver = (delivered: Order, day: number): void => {
      delivered.deliveredAt = day * DAY;
      events.emit('orderDelivered', { order: delivered });
    };
    deliver(orders[0] as Order, 3.5); // on time
    deliver(orders[2] as Order, 9); // on time, but its promise falls after the horizon
    deliver(orders[4] as Order, 2); // placed in the warm-up: not measured
    // Order 2 is still in transit at the horizon, a day and more past its promise.
    const kpis = finish();
    expect(kpis.onTimeRate).toBe(1 / 2);
    // Only order 1's return window (delivered 3.5 + 2 days) closed before the horizon; order 3's did not.
    events.emit('returnInitiated', { order: orders[2] as Order, reason: 'changedMind' });
    expect(finish().returnRate).toBe(0);
    events.emit('returnInitiated', { order: orders[0] as Order, reason: 'changedMind' });
    expect(finish().returnRate).toBe(1);
  });
});

const REPLICATIONS = 5;

/** One KPI's values over the first replications of the baseline run for `horizon`. */
function baselineRuns(horizon: string): Array<Record<KpiName, number>> {
  const scenario = scenarioWith('scenarios/baseline.json', { horizon });
  return Array.from({ length: REPLICATIONS }, (_, replication) => runReplication(scenario, replication).kpis);
}

describe('KPIs do not depend on the horizon', () => {
  it('runReplication: returnRate and onTimeRate of the baseline agree between 30 and 90 days (paired 95% interval of the difference holds 0)', () => {
    // Common random numbers: the 30-day run is the 90-day run's first month, so the pairing is tight.
    const short = baselineRuns('30d');
    const long = baselineRuns('90d');
    for (const kpi of ['returnRate', 'onTimeRate'] as const) {
      const differences = long.map((values, index) => values[kpi] - (short[index] as Record<KpiName, number>)[kpi]);
      const { mean, ci95 } = summarize(differences);
      if (ci95 === null || mean === null) throw new TypeError(`${kpi}: no interval`);
      const message = `${kpi}: 90 days minus 30 days ${mean.toFixed(4)}, 95% interval [${ci95[0].toFixed(4)}, ${ci95[1].toFixed(4)}]`;
      expect(ci95[0], message).toBeLessThanOrEqual(0);
      expect(ci95[1], message).toBeGreaterThanOrEqual(0);
    }
  }, 600_000);
});
