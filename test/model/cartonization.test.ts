import { describe, expect, it } from 'vitest';
import type { Order } from '../../engine/domain/Order.js';
import { buildModel } from '../../engine/model/buildModel.js';
import { scenarioWith } from '../helpers/scenarios.js';

/** 22 lines: 21 of 545 units and one of 555, 12,000 units in all (a UCI-like wholesale order). */
const WHOLESALE = Array.from({ length: 22 }, (_, line) => ({ sku: `W${line}`, units: line === 21 ? 555 : 545 }));

/**
 * One channel replaying a wholesale order (hour 1) and a small one (hour 2): every SKU weighs
 * 0.5 kg and fills 2 L, is not fragile and is in stock; nothing is held, mis-keyed or mis-picked.
 */
function tinyModel() {
  const scenario = scenarioWith('scenarios/baseline.json', {
    horizon: '6d',
    warmup: '0s',
    catalog: {
      skus: 40,
      unitWeightKg: { dist: 'constant', value: 0.5 },
      unitVolumeLitres: { dist: 'constant', value: 2 },
      fragileShare: 0,
    },
    inventory: { policy: { type: 'base-stock', baseStock: 20_000 }, initialOnHand: 20_000 },
    processing: { automated: { errorRate: 0 }, hold: { share: 0 } },
    channels: [
      {
        name: 'web',
        processing: 'automated',
        orderHistory: [
          { hour: 1, id: 'wholesale', lines: WHOLESALE, service: 'ground' },
          {
            hour: 2,
            id: 'small',
            lines: [
              { sku: 'A', units: 10 },
              { sku: 'B', units: 5 },
              { sku: 'C', units: 5 },
            ],
            service: 'ground',
          },
        ],
      },
      { name: 'marketplace', ordersPerDay: 0 },
      { name: 'b2b', ordersPerDay: 0 },
    ],
    warehouse: {
      pickErrorRate: 0,
      packTimePerOrder: '120s',
      cartonization: { cartonLitres: 25, cartonMaxKg: 15, timePerCarton: '30s', timePerLine: '10s' },
    },
    shipping: {
      labelling: 'automated',
      labelTime: { automated: '5s' },
      freight: {
        overUnits: 1000,
        palletLitres: 1500,
        palletMaxKg: 800,
        palletBuildTime: '15m',
        ratePerPallet: 65,
        ratePer100Kg: 4,
        minimumCharge: 90,
        fuelPercent: 10,
      },
    },
  });
  const model = buildModel(scenario, 0);
  const orders: Order[] = [];
  model.context.events.on('orderPlaced', ({ order }) => void orders.push(order));
  model.run();
  return orders;
}

describe('cartonization and freight in a tiny model', () => {
  const [wholesale, small] = tinyModel();

  it('packs a small order by cartons and lines: the hand-computed carton count and pack time', () => {
    // 20 units: 40 L and 10 kg in 25 L / 15 kg cartons: max(ceil(1.6), ceil(0.67), 1) = 2 cartons.
    expect(small?.cartons).toBe(2);
    expect(small?.pallets).toBe(0);
    // 120 s per order + 30 s × (2 - 1) cartons + 10 s × 3 lines = 180 s, then a 5 s label.
    expect((small?.packedAt ?? NaN) - (small?.packStartedAt ?? NaN)).toBeCloseTo(185, 6);
    expect(small?.carrier).not.toBe('freight');
  });

  it('packs a 12,000-unit, 22-line order in hours, not days, and ships it as freight', () => {
    // 12,000 units: 24,000 L, 6,000 kg; pallets max(ceil(24000 / 1500), ceil(6000 / 800), 1) = 16.
    expect(wholesale?.volumeLitres).toBe(24_000);
    expect(wholesale?.pallets).toBe(16);
    // 120 s + 10 s × 22 lines + 15 min × 16 pallets = 14,740 s, then the 5 s label: about 4.1 h (51 h per unit before).
    const packSeconds = (wholesale?.packedAt ?? NaN) - (wholesale?.packStartedAt ?? NaN);
    expect(packSeconds).toBeCloseTo(14_745, 6);
    expect(wholesale?.carrier).toBe('freight');
    // (16 × 65 + 4 × 6,000 / 100) × 1.10 = (1,040 + 240) × 1.1 = 1,408.
    expect(wholesale?.shippingCost).toBeCloseTo(1408, 6);
    expect(wholesale?.shippedAt).toBeGreaterThan(wholesale?.packedAt ?? Infinity);
  });
});
