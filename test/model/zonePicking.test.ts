import { describe, expect, it } from 'vitest';
import { buildModel } from '../../engine/model/buildModel.js';
import type { Order } from '../../engine/domain/Order.js';
import { validateScenario } from '../../engine/scenario/validateScenario.js';
import { HOUR } from '../../engine/kernel/time.js';

function run(zones: number, batching: string) {
  const scenario = validateScenario(
    {
      horizon: '6d',
      warmup: '1d',
      channels: [{ name: 'web', ordersPerDay: 400, linesPerOrder: { dist: 'poisson', mean: 3, shift: 1 } }],
      catalog: { skus: 300 },
      inventory: { policy: { type: 'base-stock', baseStock: 200 } },
      warehouse: { pickers: 6, zones, layout: { aisles: 9, aisleLength: 20 }, batching: { policy: batching, cartCapacity: 4 } },
    },
    'zone picking',
  );
  const model = buildModel(scenario, 0);
  const orders: Order[] = [];
  let lines = 0;
  let travel = 0;
  let finished = 0;
  model.context.events.on('orderPlaced', ({ order }) => void orders.push(order));
  model.context.events.on('pickFinished', (event) => {
    finished++;
    lines += event.lines;
    travel += event.travelMeters;
  });
  model.run();
  return { orders, finished, lines, travel, horizon: model.context.horizon };
}

describe('zone picking', () => {
  for (const [zones, batching] of [
    [2, 'single'],
    [3, 'fcfs'],
    [3, 'savings'],
  ] as const) {
    it(`${zones} zones, ${batching} batching: every order started is finished within hours, every issued line picked once`, () => {
      const { orders, finished, lines, horizon } = run(zones, batching);
      const started = orders.filter((order) => Number.isFinite(order.pickStartedAt));
      expect(started.length).toBeGreaterThan(500);
      // An order still being picked at the end started recently: no zone forgot its share.
      for (const order of started) if (order.state === 'picking') expect(horizon - order.pickStartedAt).toBeLessThan(2 * HOUR);
      const done = started.filter((order) => Number.isFinite(order.pickedAt));
      expect(finished).toBe(done.length);
      expect(lines).toBe(done.reduce((sum, order) => sum + order.lines.filter((line) => line.issued > 0).length, 0));
      for (const order of done) expect(order.pickedAt).toBeGreaterThanOrEqual(order.pickStartedAt);
    });
  }

  it('zones shorten the walk per line against one zone with the same pickers', () => {
    const one = run(1, 'single');
    const three = run(3, 'single');
    expect(three.travel / three.lines).toBeLessThan(one.travel / one.lines);
  });
});
