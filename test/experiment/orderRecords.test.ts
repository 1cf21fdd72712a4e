import { describe, expect, it } from 'vitest';
import { isAccurate, unitsOf, type Order } from '../../engine/domain/Order.js';
import type { OrderRecord } from '../../engine/experiment/orderRecord.js';
import { buildModel } from '../../engine/model/buildModel.js';
import { ORDER_FIELDS, orderRecordAt, orderRecordsOf } from '../../engine/experiment/orderColumns.js';
import { orderRecorder, toOrderRecord } from '../../engine/experiment/orderRecords.js';
import { OrderColumnsBuilder } from '../../engine/experiment/orderColumnsBuilder.js';
import { growingColumns, writeOrderRow } from '../../engine/experiment/orderRowWriter.js';
import { PLAIN_ROWS, STEP_ROWS } from '../../engine/experiment/reservedColumn.js';
import type { PlacedOrder } from '../../engine/domain/PlacedOrder.js';
import { decodeResult, encodeResult } from '../../engine/experiment/resultCodec.js';
import { runReplication } from '../../engine/experiment/runReplication.js';
import type { Scenario } from '../../engine/scenario/schema/scenario.js';
import { scenarioWith } from '../helpers/scenarios.js';

/** The compact records of a run next to the records of every `Order` object kept to the end (the old way). */
function recordsBothWays(scenario: Scenario, replication: number) {
  const model = buildModel(scenario, replication);
  const kept: Order[] = [];
  model.context.events.on('orderPlaced', ({ order }) => kept.push(order));
  const columns = orderRecorder(model);
  model.run();
  return { compact: columns(), expected: kept.map(toOrderRecord) };
}

const hours = (time: number): number | null => (Number.isNaN(time) ? null : Math.round((time / 3600) * 1e4) / 1e4);

/** The record as the README defines it, written out field by field: the reference for ORDER_CELLS. */
function referenceRecord(order: Order): OrderRecord {
  return {
    id: order.id,
    origin: order.origin,
    channel: order.channel,
    service: order.service,
    tier: order.tier,
    lines: order.lines.length,
    units: unitsOf(order),
    value: Math.round(order.value * 100) / 100,
    state: order.state,
    placedHours: hours(order.placedAt) ?? 0,
    dueHours: hours(order.dueAt) ?? 0,
    verifiedHours: hours(order.verifiedAt),
    allocatedHours: hours(order.allocatedAt),
    releasedHours: hours(order.releasedAt),
    pickStartHours: hours(order.pickStartedAt),
    pickedHours: hours(order.pickedAt),
    packStartHours: hours(order.packStartedAt),
    packedHours: hours(order.packedAt),
    shippedHours: hours(order.shippedAt),
    deliveredHours: hours(order.deliveredAt),
    zone: order.zone,
    carrier: order.carrier,
    shippingCost: Math.round(order.shippingCost * 100) / 100,
    failedAttempts: order.failedAttempts,
    delayNotified: order.delayNotified,
    onTime: Number.isNaN(order.deliveredAt) ? null : order.deliveredAt <= order.dueAt,
    accurate: isAccurate(order),
    damaged: order.damaged,
    contacted: order.contacted,
    returnReason: order.returnReason,
    satisfaction: Number.isNaN(order.satisfaction) ? null : Math.round(order.satisfaction * 1000) / 1000,
    historyOrder: order.historyOrder,
  };
}

describe('toOrderRecord', () => {
  it('gives every field as the reference writes it, nulls and key order included', () => {
    const model = buildModel(
      scenarioWith('scenarios/baseline.json', { horizon: '6d', warmup: '1d', returns: { changedMindRate: 0.3 } }),
      2,
    );
    const kept: Order[] = [];
    model.context.events.on('orderPlaced', ({ order }) => kept.push(order));
    model.run();
    // Orders in every state at the end: delivered, returned, in transit, waiting (nulls).
    expect(new Set(kept.map((order) => order.state)).size).toBeGreaterThan(4);
    const records = kept.map(toOrderRecord);
    // toStrictEqual tells null from NaN and undefined (JSON would not); the keys in the CSV's order.
    expect(records).toStrictEqual(kept.map(referenceRecord));
    expect(Object.keys(records[0] as OrderRecord)).toEqual(Object.keys(referenceRecord(kept[0] as Order)));
  });
});

describe('orderRecorder', () => {
  // Returns rewrite settled rows, holds and oversells cancel, lost sales lose whole orders,
  // failed attempts and delay notices change orders late: every path that settles a row.
  const cases: Array<[string, Record<string, unknown>, string[]]> = [
    ['baseline', { horizon: '6d', warmup: '1d' }, ['delivered', 'returned', 'cancelled', 'inTransit']],
    [
      'lost sales, oversell cancels, many returns',
      {
        horizon: '8d',
        warmup: '0s',
        inventory: { unmetDemand: 'lost-sale', oversell: 'cancel', initialOnHand: 1 },
        processing: { hold: { share: 0.4, acceptRate: 0.5 } },
        returns: { changedMindRate: 0.5 },
      },
      ['delivered', 'returned', 'cancelled', 'lost'],
    ],
  ];
  it.each(cases)('keeps the same records as the orders at the end of the run (%s)', (_name, overrides, states) => {
    const { compact, expected } = recordsBothWays(scenarioWith('scenarios/baseline.json', overrides), 1);
    expect(compact.count).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(1000);
    // JSON keeps key order and tells null from NaN: the CSV's bytes follow from these records.
    expect(JSON.stringify([...orderRecordsOf(compact)])).toBe(JSON.stringify(expected));
    const seen = new Set(expected.map((record) => record.state));
    for (const state of states) expect(seen).toContain(state);
  });

  it('crosses the result codec as typed columns', () => {
    const scenario = scenarioWith('scenarios/baseline.json', { horizon: '4d', warmup: '1d' });
    const result = runReplication(scenario, 0, { recordOrders: true });
    const decoded = decodeResult(encodeResult(result));
    expect(decoded.orders?.fields.placedHours).toBeInstanceOf(Float64Array);
    expect(decoded.orders?.count).toBe(result.orders?.count);
    const last = (result.orders?.count ?? 0) - 1;
    expect(orderRecordAt(decoded.orders!, last)).toEqual(orderRecordAt(result.orders!, last));
  });
});

describe('writeOrderRow', () => {
  it('writes every field of the record, each from its own cell', () => {
    const model = buildModel(scenarioWith('scenarios/baseline.json', { horizon: '2d', warmup: '0s' }), 0);
    const kept: Order[] = [];
    model.context.events.on('orderPlaced', ({ order }) => kept.push(order));
    model.run();
    // A field left out would keep its empty cell, which short runs may never tell apart from
    // the order's (no delay notices, no history ids): so the columns read are listed instead.
    const columns = growingColumns(1 << 16, 0);
    const read: string[] = [];
    const watched = new Proxy(columns, {
      get: (target, name, receiver) => {
        read.push(String(name));
        return Reflect.get(target, name, receiver) as unknown;
      },
    });
    writeOrderRow(watched, 0, kept[0] as Order);
    expect(read).toEqual(ORDER_FIELDS.map(([name]) => name));

    // Each column from its own cell: three orders in which every yes/no field has its own
    // pattern (delay notice 100, damaged 010, contacted 110, on time 101, accurate 111) and the
    // counts and texts differ from one another and from the empty cell, written and read back
    // against toOrderRecord, which takes every field by name: a cell swapped between two fields
    // shows in one of the rows.
    const template = kept.find(
      (order) => order.state === 'delivered' && isAccurate(order) && order.deliveredAt <= order.dueAt,
    ) as PlacedOrder;
    expect(template).toBeDefined();
    const distinct = [0, 1, 2].map((index) => {
      const order = template.copyOf(index);
      order.delayNotified = index === 0;
      order.damaged = index === 1;
      order.contacted = index !== 2;
      if (index === 1) order.deliveredAt = order.dueAt + 3600;
      order.failedAttempts = 11 + index;
      order.returnReason = `reason ${index}`;
      order.carrier = `carrier ${index}`;
      // historyOrder is set once, when an order is placed: a Proxy gives each its own.
      return new Proxy(order, {
        get: (target, name) => (name === 'historyOrder' ? `H-${index}` : (Reflect.get(target, name, target) as unknown)),
      });
    });
    const builder = new OrderColumnsBuilder();
    for (const order of distinct) builder.writeOrder(builder.addRow(), order);
    const written = builder.finish();
    distinct.forEach((order, row) => expect(orderRecordAt(written, row)).toStrictEqual(toOrderRecord(order)));
    expect(distinct.map((order) => toOrderRecord(order).onTime)).toEqual([true, false, true]);
  });
});

describe('OrderColumnsBuilder', () => {
  // No estimate and a small reservation (the columns move); an estimate the rows outgrow (they
  // move too); one they fill enough to be handed over in the columns' own memory.
  it.each([
    [0, PLAIN_ROWS + STEP_ROWS],
    [70_000, PLAIN_ROWS + STEP_ROWS],
    [90_000, undefined],
  ])(
    'keeps rows written in any order as the columns grow, and widens label codes past 65,536 labels, rows added after too (%i rows expected)',
    (expectedRows, reservedRows) => {
      const model = buildModel(scenarioWith('scenarios/baseline.json', { horizon: '2d', warmup: '0s' }), 0);
      const kept: Order[] = [];
      model.context.events.on('orderPlaced', ({ order }) => kept.push(order));
      model.run();
      const template = kept.find((order) => order.state === 'delivered' || order.state === 'inTransit') as PlacedOrder;
      // 80,000 rows, a distinct carrier each: without an estimate, the first 65,536 in plain arrays,
      // then steps of 8,192 rows in resizable buffers; the codes widen at row 65,536, so later steps
      // grow the wide codes.
      const rows = 80_000;
      const orders = Array.from({ length: rows }, (_, id) => {
        const order = template.copyOf(id);
        order.carrier = `carrier ${id}`;
        order.shippingCost = id / 8;
        return order;
      });
      // A reservation smaller than the rows (the first two cases): the columns move to a larger one
      // when row 73,728 (or 70,001) is added, after the codes widen, and the writers must follow them.
      const builder = new OrderColumnsBuilder(reservedRows, expectedRows);
      // Rows added and written in turn, as a run adds them, so that the columns keep growing after
      // the codes widen; then rewritten last row first, except rows 100-199 (written only before the
      // codes widened), the first rows twice (a return rewrites a settled row).
      for (let row = 0; row < rows; row++) {
        expect(builder.addRow()).toBe(row);
        builder.writeOrder(row, orders[row] as Order);
      }
      const rewritten = orders.map((order) => {
        const again = order.copyOf();
        again.carrier = `${order.carrier} again`;
        return again;
      });
      const keptFirst = (row: number): boolean => row >= 100 && row < 200;
      for (let row = rows - 1; row >= 0; row--) if (!keptFirst(row)) builder.writeOrder(row, rewritten[row] as Order);
      for (let row = 0; row < 100; row++) builder.writeOrder(row, orders[row] as Order);
      const expected = (row: number): Order => (row < 200 ? orders : rewritten)[row] as Order;
      const columns = builder.finish();
      expect(columns.count).toBe(rows);
      expect(columns.fields.carrier.codes).toBeInstanceOf(Uint32Array);
      expect(columns.fields.carrier.codes).toHaveLength(rows);
      expect(columns.fields.shippingCost).toHaveLength(rows);
      expect(columns.fields.shippingCost.buffer.byteLength).toBe(expectedRows === 90_000 ? 90_000 * 8 : rows * 8);
      for (const row of [0, 1, 99, 100, 150, 199, 200, 8191, 8192, 8193, 65_535, 65_536, 65_537, 73_727, 73_728, 73_729, rows - 1])
        expect(orderRecordAt(columns, row), `row ${row}`).toStrictEqual(toOrderRecord(expected(row)));
      expect(() => builder.finish()).toThrow(/finished twice/);
      expect(() => builder.writeOrder(0, orders[0] as Order)).toThrow(/written after finish/);
      expect(() => builder.addRow()).toThrow(/added after finish/);
    },
  );

  it('finishes with no rows', () => {
    const columns = new OrderColumnsBuilder().finish();
    expect(columns.count).toBe(0);
    expect(columns.fields.placedHours).toHaveLength(0);
    expect(columns.fields.carrier.codes).toHaveLength(0);
  });
});
