import { describe, expect, it } from 'vitest';
import { explainOrder } from '../../engine/experiment/explainOrder.js';
import type { OrderRecord } from '../../engine/experiment/orderRecords.js';

const order: OrderRecord = {
  id: 7,
  origin: 'customer',
  channel: 'web',
  service: 'next-day',
  tier: 'standard',
  lines: 2,
  units: 3,
  value: 40,
  state: 'delivered',
  placedHours: 10,
  dueHours: 39,
  verifiedHours: 10.01,
  allocatedHours: 12,
  releasedHours: 12,
  pickStartHours: 12.5,
  pickedHours: 12.6,
  packStartHours: 13,
  packedHours: 13.1,
  shippedHours: 41,
  deliveredHours: 55,
  zone: 4,
  carrier: 'swiftship',
  shippingCost: 30,
  failedAttempts: 0,
  delayNotified: false,
  onTime: false,
  accurate: true,
  damaged: false,
  contacted: false,
  returnReason: '',
  satisfaction: 3,
  historyOrder: '',
};

describe('explainOrder', () => {
  it('lays out the steps in order and ranks the causes of lateness by the delay they added', () => {
    const explanation = explainOrder(order);
    expect(explanation.timeline.map((step) => step.step)).toEqual([
      'processing',
      'hold for review',
      'waiting for stock',
      'waiting for a picker',
      'picking',
      'waiting for a packer',
      'packing and label',
      'waiting for the carrier pick-up',
      'in transit',
    ]);
    expect(explanation.lateByHours).toBe(16);
    expect(explanation.reasons[0]).toMatch(/^waited 27\.9 h for a carrier pick-up/);
    expect(explanation.reasons[1]).toMatch(/^transit took 14\.0 h with 0\.0 h left/);
    expect(explanation.reasons).toContainEqual(expect.stringMatching(/^held for payment\/address review for 2\.0 h/));
  });

  it('gives no reasons for an order delivered on time or not delivered', () => {
    expect(explainOrder({ ...order, onTime: true, deliveredHours: 30 }).reasons).toEqual([]);
    const pending = explainOrder({ ...order, onTime: null, deliveredHours: null, state: 'inTransit' });
    expect(pending.lateByHours).toBeNull();
    expect(pending.timeline.at(-1)?.step).toBe('waiting for the carrier pick-up');
  });
});
