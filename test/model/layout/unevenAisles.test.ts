import { describe, expect, it } from 'vitest';
import { buildLayout, depotPosition, pickZones } from '../../../engine/model/layout/WarehouseLayout.js';
import type { WarehouseSlice } from '../../../engine/scenario/resolved/warehouseSlice.js';
import type { RoutingLayout } from '../../../engine/domain/RoutingLayout.js';

/** Three aisles of 4 m at x = 0, 10 and 11, one level: 4 slot positions a side, 24 slots. */
function slice(depot: 'front-left' | 'front-middle'): WarehouseSlice {
  return {
    layout: { aisles: 3, aisleLength: 4, aisleSpacing: 3, aisleX: [0, 10, 11], slotPitch: 1, levels: 1, depot, blocks: 1 },
    zones: 1,
    slotting: 'popularity',
    locations: undefined,
  };
}

const noDraws = (): number => {
  throw new Error('popularity slotting draws no random numbers');
};

/** The aisle of the slot each popularity rank gets (SKU i is the i-th most popular). */
function aislesByRank(depot: 'front-left' | 'front-middle'): number[] {
  const skus = Int32Array.from({ length: 24 }, (_, sku) => sku);
  const popularity = Float64Array.from({ length: 24 }, () => 1 / 24);
  return buildLayout(slice(depot), skus, popularity, noDraws).locationOf.map((location) => location.aisle);
}

describe('the warehouse layout with aisles at uneven positions', () => {
  it('puts the depot at the first aisle (front-left) or midway between the outermost aisles (front-middle)', () => {
    expect(depotPosition('front-left', { aisles: 3, aisleSpacing: 3, aisleX: [3, 5, 12] })).toBe(3);
    expect(depotPosition('front-middle', { aisles: 3, aisleSpacing: 3, aisleX: [3, 5, 12] })).toBe(7.5);
    // Evenly spaced, as before: aisle 0 and (aisles - 1) * spacing / 2.
    expect(depotPosition('front-left', { aisles: 4, aisleSpacing: 3 })).toBe(0);
    expect(depotPosition('front-middle', { aisles: 4, aisleSpacing: 3 })).toBe(4.5);
  });

  it("gives each pick zone its aisles' positions, measured from the zone's first aisle, and its own depot", () => {
    const routing: RoutingLayout = { aisles: 5, aisleLength: 10, aisleSpacing: 3, aisleX: [1, 3, 8, 9, 16], depotX: 8.5 };
    const zones = pickZones(routing, 2, 'front-middle');
    expect(zones.map((zone) => zone.firstAisle)).toEqual([0, 3]);
    expect(zones[0]?.routing).toMatchObject({ aisles: 3, aisleX: [0, 2, 7], depotX: 3.5 });
    expect(zones[1]?.routing).toMatchObject({ aisles: 2, aisleX: [0, 7], depotX: 3.5 });
  });

  it('aisleX = [0, s, 2s, ...] slots, zones and depots exactly as aisleSpacing = s', () => {
    // 200 SKUs in 224 slots (7 aisles x 8 positions x 2 sides x 2 levels), popularity not in SKU order.
    const skus = Int32Array.from({ length: 200 }, (_, sku) => (sku * 7) % 200);
    const popularity = Float64Array.from({ length: 200 }, (_, sku) => 1 / (sku + 1));
    for (const depot of ['front-left', 'front-middle'] as const) {
      const even: WarehouseSlice = {
        layout: { aisles: 7, aisleLength: 12, aisleSpacing: 2.5, slotPitch: 1.5, levels: 2, depot, blocks: 1 },
        zones: 3,
        slotting: 'popularity',
        locations: undefined,
      };
      const listed = { ...even, layout: { ...even.layout, aisleX: Array.from({ length: 7 }, (_, aisle) => aisle * 2.5) } };
      const before = buildLayout(even, skus, popularity, noDraws);
      const after = buildLayout(listed, skus, popularity, noDraws);
      expect(after.locationOf).toEqual(before.locationOf);
      expect(after.routing.depotX).toBe(before.routing.depotX);
      expect(after.zones.map((zone) => [zone.firstAisle, zone.routing.depotX])).toEqual(
        before.zones.map((zone) => [zone.firstAisle, zone.routing.depotX]),
      );
    }
  });

  it('slots the most popular SKUs nearest the depot by the real walk |x - depot| + y', () => {
    // Front-left (x 0): aisle 0's 8 slots walk 0.5-3.5 m. Then by walk, ties by aisle and y:
    // aisle 1 y 0.5 (10.5), aisle 1 y 1.5 and aisle 2 y 0.5 (11.5), aisle 1 y 2.5 and aisle 2
    // y 1.5 (12.5), aisle 1 y 3.5 and aisle 2 y 2.5 (13.5), aisle 2 y 3.5 (14.5); two slots each.
    expect(aislesByRank('front-left')).toEqual([...new Array<number>(8).fill(0), 1, 1, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 2, 2]);
    // Front-middle (x 5.5): aisle 1 is 4.5 m away, aisles 0 and 2 are 5.5 m: aisle 1 comes first.
    // Walk 4.5 + y for aisle 1, 5.5 + y for aisles 0 and 2 (ties go to the lower aisle).
    expect(aislesByRank('front-middle')).toEqual([1, 1, 0, 0, 1, 1, 2, 2, 0, 0, 1, 1, 2, 2, 0, 0, 1, 1, 2, 2, 0, 0, 2, 2]);
  });
});
