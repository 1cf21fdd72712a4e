import { describe, expect, it } from 'vitest';
import { describePoint, sweepGrid } from '../../engine/experiment/sweepGrid.js';
import { parseCliValue, setPath } from '../../engine/scenario/setPath.js';

describe('setPath', () => {
  const raw = {
    warehouse: { pickers: 4 },
    channels: [
      { name: 'web', ordersPerDay: 10 },
      { name: 'b2b', ordersPerDay: 2 },
    ],
  };

  it('sets nested fields, list items by name or index, and creates missing objects', () => {
    expect(setPath(raw, 'warehouse.pickers', 8)).toEqual({ ...raw, warehouse: { pickers: 8 } });
    expect((setPath(raw, 'channels.b2b.ordersPerDay', 5) as typeof raw).channels[1]?.ordersPerDay).toBe(5);
    expect((setPath(raw, 'channels.0.ordersPerDay', 7) as typeof raw).channels[0]?.ordersPerDay).toBe(7);
    expect(setPath(raw, 'inventory.policy.reorderPoint', 20)).toMatchObject({ inventory: { policy: { reorderPoint: 20 } } });
    expect(raw.warehouse.pickers).toBe(4);
  });

  it('explains a path it cannot follow', () => {
    expect(setPath(raw, 'channels.retail.ordersPerDay', 1)).toMatch(/channels has no item "retail"/);
    expect(setPath(raw, 'warehouse.pickers.count', 1)).toMatch(/warehouse.pickers is not an object/);
    expect(setPath(raw, 'warehouse..pickers', 1)).toMatch(/dotted path/);
  });

  it('parses command-line values as JSON when they are JSON', () => {
    expect([parseCliValue('8'), parseCliValue('true'), parseCliValue('s-shape'), parseCliValue('"8"')]).toEqual([8, true, 's-shape', '8']);
  });
});

describe('sweepGrid', () => {
  it('is the full grid, first axis slowest', () => {
    const grid = sweepGrid([
      { path: 'a', values: [1, 2] },
      { path: 'b', values: ['x', 'y', 'z'] },
    ]);
    expect(grid).toHaveLength(6);
    expect(grid.map(describePoint)).toEqual(['a=1, b=x', 'a=1, b=y', 'a=1, b=z', 'a=2, b=x', 'a=2, b=y', 'a=2, b=z']);
  });
});
