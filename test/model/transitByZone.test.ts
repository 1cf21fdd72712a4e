import { describe, expect, it } from 'vitest';
import type { Order } from '../../engine/domain/Order.js';
import { buildModel } from '../../engine/model/buildModel.js';
import { scenarioWith } from '../helpers/scenarios.js';

const constant = (value: string) => ({ dist: 'constant', value });

describe('transit time per zone', () => {
  it('a service with transitByZone delivers each zone after its own transit time; freight adds transitPerZone per zone', () => {
    const scenario = scenarioWith('scenarios/baseline.json', {
      horizon: '10d',
      warmup: '0s',
      channels: [
        { name: 'web', ordersPerDay: 300 },
        { name: 'marketplace', ordersPerDay: 0 },
        { name: 'b2b', ordersPerDay: 20 },
      ],
      delivery: { failedAttemptRate: 0 },
      shipping: {
        carriers: [
          {
            name: 'parcelco',
            services: {
              ground: { transitByZone: ['10h', '20h', '30h', '40h', '50h', '60h', '70h'].map(constant) },
              'two-day': { transitByZone: ['10h', '20h', '30h', '40h', '50h', '60h', '70h'].map(constant) },
              'next-day': { transitByZone: ['10h', '20h', '30h', '40h', '50h', '60h', '70h'].map(constant) },
            },
          },
          { name: 'swiftship', services: { ground: { transitTime: constant('1h'), transitPerZone: '1h' } } },
          { name: 'budgetpost', services: { ground: { transitTime: constant('1h'), transitPerZone: '1h' } } },
        ],
        freight: { overUnits: 20, transitTime: constant('24h'), transitPerZone: '5h' },
      },
    });
    const model = buildModel(scenario, 0);
    const orders: Order[] = [];
    model.context.events.on('orderPlaced', ({ order }) => void orders.push(order));
    model.run();
    const delivered = orders.filter((order) => !Number.isNaN(order.deliveredAt));
    const hours = (order: Order): number => (order.deliveredAt - order.shippedAt) / 3600;
    const parcelco = delivered.filter((order) => order.carrier === 'parcelco');
    const freight = delivered.filter((order) => order.carrier === 'freight');
    expect(new Set(parcelco.map((order) => order.zone)).size).toBeGreaterThanOrEqual(5);
    // Zone z: 10 h × (z - 1).
    for (const order of parcelco) expect(hours(order)).toBeCloseTo(10 * (order.zone - 1), 6);
    expect(freight.length).toBeGreaterThan(0);
    // 24 h + 5 h × (z - 2).
    for (const order of freight) expect(hours(order)).toBeCloseTo(24 + 5 * (order.zone - 2), 6);
    for (const order of freight) expect(order.pallets).toBeGreaterThan(0);
  });
});
