import { describe, expect, it } from 'vitest';
import { runReplication } from '../../engine/experiment/runReplication.js';
import type { KpiValues } from '../../engine/kpi/definitions.js';
import type { Scenario } from '../../engine/scenario/schema/scenario.js';
import { expectInsideInterval } from '../helpers/confidence.js';
import { scenarioWith } from '../helpers/scenarios.js';
import { baseStockPoisson, erlangB, erlangC, periodicMinMaxTheory, poissonPmf, uniformPositionTheory } from '../helpers/theory.js';

const PICK_QUEUE = 'scenarios/validation/pick-queue.json';
const SINGLE_SKU = 'scenarios/validation/single-sku.json';

describe('pick-queue.json against Erlang C', () => {
  for (const [pickers, ordersPerDay, meanMinutes] of [
    [3, 1200, 3],
    [5, 1500, 4],
  ] as const) {
    it(`runReplication: pickWaitHours matches M/M/${pickers} at ${ordersPerDay} orders/day, ${meanMinutes} min picks`, () => {
      const scenario = scenarioWith(PICK_QUEUE, {
        channels: [{ name: 'only', ordersPerDay }],
        warehouse: { pickers, pickTime: { dist: 'exponential', mean: `${meanMinutes}m` } },
      });
      const { meanWait } = erlangC(ordersPerDay / 24, 60 / meanMinutes, pickers);
      const runs = Array.from({ length: 10 }, (_, replication) => runReplication(scenario, replication).kpis);
      expectInsideInterval(
        runs.map((kpis) => kpis.pickWaitHours),
        meanWait,
        'pickWaitHours',
      );
      expectInsideInterval(
        runs.map((kpis) => kpis.pickerUtilization),
        ordersPerDay / 24 / (60 / meanMinutes) / pickers,
        'pickerUtilization',
      );
    });
  }
});

/** single-sku.json over 1,000 days with one channel and a constant supplier lead time; `inventory` adds the policy and more. */
function singleSku(ordersPerDay: number, leadDays: number, inventory: Record<string, unknown>): Scenario {
  return scenarioWith(SINGLE_SKU, {
    horizon: '1000d',
    channels: [{ name: 'only', ordersPerDay }],
    inventory: { supplierLeadTime: { dist: 'constant', value: `${leadDays}d` }, ...inventory },
  });
}

/** KPI values of the first 12 replications. */
const replicationKpis = (scenario: Scenario): KpiValues[] =>
  Array.from({ length: 12 }, (_, replication) => runReplication(scenario, replication).kpis);

/** Asserts that the theory's stock figures (the fill rate when given) lie inside the runs' 99% intervals. */
function expectStockTheory(
  runs: readonly KpiValues[],
  theory: { readonly fillRate?: number; readonly onHand: number; readonly backorders: number },
): void {
  if (theory.fillRate !== undefined)
    expectInsideInterval(
      runs.map((kpis) => kpis.fillRate),
      theory.fillRate,
      'fillRate',
      0.99,
    );
  expectInsideInterval(
    runs.map((kpis) => kpis.meanOnHandUnits),
    theory.onHand,
    'meanOnHandUnits',
    0.99,
  );
  expectInsideInterval(
    runs.map((kpis) => kpis.meanBackorderUnits),
    theory.backorders,
    'meanBackorderUnits',
    0.99,
  );
}

describe('single-sku.json against exact Poisson formulas', () => {
  for (const [baseStock, ordersPerDay, leadDays] of [
    [55, 10, 5],
    [12, 4, 2],
  ] as const) {
    it(`runReplication: base-stock S=${baseStock}, ${ordersPerDay}/day, lead time ${leadDays}d has the exact fill rate, on hand and backorders (99% intervals)`, () => {
      const scenario = singleSku(ordersPerDay, leadDays, { policy: { type: 'base-stock', baseStock } });
      expectStockTheory(replicationKpis(scenario), baseStockPoisson(baseStock, ordersPerDay * leadDays));
    });
  }

  it('runReplication: (r, Q) with Poisson demand has the uniform-position fill rate, on hand and backorders (99% intervals)', () => {
    const [reorderPoint, orderQuantity, ordersPerDay, leadDays] = [8, 6, 4, 2];
    const scenario = singleSku(ordersPerDay, leadDays, { policy: { type: 'rQ', reorderPoint, orderQuantity } });
    // The inventory position is uniform on r+1..r+Q; on hand is (IP - lead-time demand)+.
    expectStockTheory(
      replicationKpis(scenario),
      uniformPositionTheory(reorderPoint + 1, reorderPoint + orderQuantity, ordersPerDay * leadDays),
    );
  });

  it('runReplication: base-stock with lost sales loses the Erlang-B share of demand (99% intervals)', () => {
    const [baseStock, ordersPerDay, leadDays] = [10, 4, 2];
    const scenario = singleSku(ordersPerDay, leadDays, { policy: { type: 'base-stock', baseStock }, unmetDemand: 'lost-sale' });
    const load = ordersPerDay * leadDays;
    const blocking = erlangB(baseStock, load);
    const runs = replicationKpis(scenario);
    expectInsideInterval(
      runs.map((kpis) => kpis.fillRate),
      1 - blocking,
      'fillRate',
      0.99,
    );
    expectInsideInterval(
      runs.map((kpis) => kpis.meanOnHandUnits),
      baseStock - load * (1 - blocking),
      'meanOnHandUnits',
      0.99,
    );
    expect(runs.every((kpis) => kpis.meanBackorderUnits === 0)).toBe(true);
  });

  it('runReplication: base-stock with a partly filling supplier behaves as an M/G/inf pipeline: lead-time demand Poisson(λL/f) (99% intervals)', () => {
    // Cancelled units are re-ordered at once, so each unit spends L times a geometric number of
    // tries (mean L/f) on order; with Poisson demand the units on order are Poisson(λL/f).
    const [baseStock, ordersPerDay, leadDays, fillRate] = [60, 10, 2, 0.5];
    const scenario = singleSku(ordersPerDay, leadDays, { policy: { type: 'base-stock', baseStock }, supplierFillRate: fillRate });
    expectStockTheory(replicationKpis(scenario), baseStockPoisson(baseStock, (ordersPerDay * leadDays) / fillRate));
  });

  it('runReplication: continuous (s, S) with unit demand has the uniform-position on hand and backorders (99% intervals)', () => {
    const [reorderPoint, orderUpTo, ordersPerDay, leadDays] = [20, 32, 6, 3];
    const scenario = singleSku(ordersPerDay, leadDays, { policy: { type: 'sS', reorderPoint, orderUpTo } });
    // Unit demands: the position cycles uniformly over s+1..S, as (r, Q) with r = s, Q = S - s.
    const { onHand, backorders } = uniformPositionTheory(reorderPoint + 1, orderUpTo, ordersPerDay * leadDays);
    expectStockTheory(replicationKpis(scenario), { onHand, backorders });
  });

  it('runReplication: periodic (R, s, S) matches a Markov-chain computation (99% intervals)', () => {
    const [reviewDays, reorderPoint, orderUpTo, ordersPerDay, leadDays] = [2, 35, 60, 10, 3];
    const scenario = singleSku(ordersPerDay, leadDays, {
      policy: { type: 'sS-periodic', reviewPeriod: `${reviewDays}d`, reorderPoint, orderUpTo },
    });
    expectStockTheory(replicationKpis(scenario), periodicMinMaxTheory(reviewDays, reorderPoint, orderUpTo, ordersPerDay, leadDays));
  });

  it('poissonPmf sums to one (helper sanity)', () => {
    let total = 0;
    for (let k = 0; k < 200; k++) total += poissonPmf(k, 50);
    expect(total).toBeCloseTo(1, 12);
  });
});
