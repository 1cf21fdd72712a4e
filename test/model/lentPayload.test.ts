import { describe, expect, it } from 'vitest';
import { buildModel } from '../../engine/model/buildModel.js';
import { lentOrderPayload } from '../../engine/model/lentPayload.js';
import type { PlacedOrder } from '../../engine/domain/PlacedOrder.js';
import { placedOrder } from '../helpers/placedOrder.js';
import { validateScenario } from '../../engine/scenario/validateScenario.js';

const scenario = validateScenario(
  {
    horizon: '8d',
    warmup: '1d',
    channels: [{ name: 'web', ordersPerDay: 300, linesPerOrder: { dist: 'poisson', mean: 2, shift: 1 } }],
    catalog: { skus: 80 },
    inventory: { policy: { type: 'base-stock', baseStock: 40 } },
  },
  'lent payloads',
);

describe('lent payloads', () => {
  it('lentOrderPayload returns one object, holding the latest order', () => {
    const lend = lentOrderPayload();
    const order = (id: number): PlacedOrder => placedOrder({ id });
    const first = lend(order(1));
    expect(first.order.id).toBe(1);
    const second = lend(order(2));
    expect(second).toBe(first);
    expect(second.order.id).toBe(2);
  });

  it('a payload is lent, not kept: a copy made during the call holds, the object itself moves on', () => {
    const model = buildModel(scenario, 0);
    const { events } = model.context;
    let kept: { readonly sku: number; readonly onHand: number } | undefined;
    let copy: { sku: number; onHand: number } | undefined;
    let moved = 0;
    let checked = 0;
    events.on('stockChanged', (change) => {
      if (kept !== undefined && copy !== undefined) {
        checked++;
        // The copy still holds the previous event's values; the kept object now shows this one's.
        expect(kept).toBe(change);
        if (kept.sku !== copy.sku || kept.onHand !== copy.onHand) moved++;
      }
      kept = change;
      copy = { sku: change.sku, onHand: change.onHand };
    });
    model.run();
    expect(checked).toBeGreaterThan(1000);
    // Most consecutive events differ, so a listener that kept the object would have read wrong values.
    expect(moved).toBeGreaterThan(checked / 2);
  });

  it('every event of a run carries its own values: stock levels chain, times are now', () => {
    const model = buildModel(scenario, 0);
    const { events, simulation } = model.context;
    const onHand = new Map<number, number>();
    const payloads = new Set<object>();
    let stockEvents = 0;
    events.on('stockChanged', (change) => {
      payloads.add(change);
      stockEvents++;
      // Each payload's level is the SKU's last level plus its change.
      const before = onHand.get(change.sku) ?? 0;
      expect(change.onHand).toBe(before + change.onHandDelta);
      onHand.set(change.sku, change.onHand);
    });
    const finished: number[] = [];
    events.on('pickFinished', ({ order, lines }) => {
      expect(order.pickedAt).toBe(simulation.now);
      expect(lines).toBe(order.lines.filter((line) => line.issued > 0).length);
      finished.push(order.id);
    });
    const scored = new Set<number>();
    events.on('orderScored', ({ order, score }) => {
      expect(score).toBe(order.satisfaction);
      expect(scored.has(order.id)).toBe(false);
      scored.add(order.id);
    });
    model.run();
    expect(stockEvents).toBeGreaterThan(1000);
    expect(payloads.size).toBe(1); // the inventory's one lent payload
    expect(new Set(finished).size).toBe(finished.length);
    expect(scored.size).toBeGreaterThan(200);
  });
});
