import type { RandomStream } from '../../kernel/random/RandomStream.js';
import type { PickLocation, RoutingLayout } from '../../policies/types.js';
import type { Scenario } from '../../scenario/schema/scenario.js';

/** The warehouse floor and where each SKU is stored. */
export interface WarehouseLayout {
  readonly routing: RoutingLayout;
  /** Storage location of each SKU (index = SKU id). */
  readonly locationOf: readonly PickLocation[];
}

/**
 * Lays out slot positions (both sides of every aisle, one per `slotPitch`, `levels` high)
 * and assigns SKUs: by popularity, the most popular SKUs take the positions with the
 * shortest walk from the depot (|x - depot| + y); at random, a shuffled assignment.
 */
export function buildLayout(
  config: Scenario['warehouse'],
  skusByPopularity: Int32Array,
  stream: RandomStream,
): WarehouseLayout {
  const { aisles, aisleLength, aisleSpacing, slotPitch, levels, depot } = config.layout;
  const depotX = depot === 'front-left' ? 0 : ((aisles - 1) * aisleSpacing) / 2;
  const positionsPerAisle = Math.floor(aisleLength / slotPitch);
  const slots: PickLocation[] = [];
  for (let aisle = 0; aisle < aisles; aisle++) {
    for (let position = 0; position < positionsPerAisle; position++) {
      const location = { aisle, y: (position + 0.5) * slotPitch };
      for (let copy = 0; copy < 2 * levels; copy++) slots.push(location);
    }
  }
  const walk = (slot: PickLocation): number => Math.abs(slot.aisle * aisleSpacing - depotX) + slot.y;
  if (config.slotting === 'popularity') {
    slots.sort((a, b) => walk(a) - walk(b) || a.aisle - b.aisle || a.y - b.y);
  } else {
    for (let i = slots.length - 1; i > 0; i--) {
      const j = Math.floor(stream() * (i + 1));
      [slots[i], slots[j]] = [slots[j] as PickLocation, slots[i] as PickLocation];
    }
  }
  const locationOf: PickLocation[] = new Array<PickLocation>(skusByPopularity.length);
  skusByPopularity.forEach((sku, rank) => {
    locationOf[sku] = slots[rank] as PickLocation;
  });
  return { routing: { aisles, aisleLength, aisleSpacing, depotX }, locationOf };
}
