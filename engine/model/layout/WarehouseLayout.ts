import type { RandomStream } from '../../kernel/random/RandomStream.js';
import type { PickLocation, RoutingLayout } from '../../policies/types.js';
import type { Scenario } from '../../scenario/schema/scenario.js';

/** The warehouse floor and where each SKU is stored. */
export interface WarehouseLayout {
  readonly routing: RoutingLayout;
  /** Storage location of each SKU (index = SKU id). */
  readonly locationOf: readonly PickLocation[];
}

/** How many SKUs are in class A (the most popular, up to 80% of lines) and B (up to 95%). */
export function abcCounts(popularity: Float64Array): [number, number] {
  const shares = Array.from(popularity).sort((p, q) => q - p);
  let cumulative = 0;
  let a = 0;
  let b = 0;
  for (const share of shares) {
    if (cumulative < 0.8) a++;
    else if (cumulative < 0.95) b++;
    cumulative += share;
  }
  return [a, b];
}

/**
 * Lays out slot positions (both sides of every aisle, one per `slotPitch`, `levels` high)
 * and assigns SKUs: by popularity, the most popular SKUs take the positions with the
 * shortest walk from the depot (|x - depot| + y); by ABC class, the nearest slots form the A
 * zone, then B, then C, with SKUs placed at random inside their zone; at random, a shuffle.
 */
export function buildLayout(
  config: Scenario['warehouse'],
  skusByPopularity: Int32Array,
  popularity: Float64Array,
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
  const shuffle = (from: number, to: number): void => {
    for (let i = to - 1; i > from; i--) {
      const j = from + Math.floor(stream() * (i - from + 1));
      [slots[i], slots[j]] = [slots[j] as PickLocation, slots[i] as PickLocation];
    }
  };
  if (config.slotting === 'random') shuffle(0, slots.length);
  else slots.sort((a, b) => walk(a) - walk(b) || a.aisle - b.aisle || a.y - b.y);
  if (config.slotting === 'abc') {
    // Zones: the nearest slots hold class A, then B, then C; placement within a zone is random.
    const [aCount, bCount] = abcCounts(popularity);
    shuffle(0, aCount);
    shuffle(aCount, aCount + bCount);
    shuffle(aCount + bCount, slots.length);
  }
  const locationOf: PickLocation[] = new Array<PickLocation>(skusByPopularity.length);
  skusByPopularity.forEach((sku, rank) => {
    locationOf[sku] = slots[rank] as PickLocation;
  });
  return { routing: { aisles, aisleLength, aisleSpacing, depotX }, locationOf };
}
