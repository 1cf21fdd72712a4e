import type { RandomStream } from '../../kernel/random/RandomStream.js';
import type { PickLocation } from '../../domain/PickLocation.js';
import { aisleXOf, type RoutingLayout } from '../../domain/RoutingLayout.js';
import type { WarehouseSlice } from '../../scenario/resolved/warehouseSlice.js';

/** A pick zone: a run of neighbouring aisles with its own pickers and its own depot. */
export interface PickZoneLayout {
  /** Index of the zone's leftmost aisle in the whole warehouse. */
  readonly firstAisle: number;
  /** The zone as a routing layout, aisles numbered from 0 at `firstAisle` and x measured from that aisle. */
  readonly routing: RoutingLayout;
}

/** The warehouse floor and where each SKU is stored. */
export interface WarehouseLayout {
  readonly routing: RoutingLayout;
  /** Storage location of each SKU (index = SKU id). */
  readonly locationOf: readonly PickLocation[];
  /** Pick zones, left to right (one zone covering every aisle when zoning is off). */
  readonly zones: readonly PickZoneLayout[];
  /** Zone index of each aisle. */
  readonly zoneOfAisle: readonly number[];
}

/** A row of aisles: how many and where they lie. */
type AisleRun = Pick<RoutingLayout, 'aisles' | 'aisleSpacing' | 'aisleX'>;

/**
 * Where the depot sits on the front cross aisle (x in m): at the front of the leftmost aisle,
 * or midway between the outermost aisles (with uneven aisles, not necessarily at an aisle).
 */
export function depotPosition(depot: 'front-left' | 'front-middle', layout: AisleRun): number {
  const left = aisleXOf(layout, 0);
  return depot === 'front-left' ? left : (left + aisleXOf(layout, layout.aisles - 1)) / 2;
}

/** Aisles `first` to `first + aisles - 1` of a layout as a layout of their own, x measured from aisle `first`. */
function aisleRun(routing: RoutingLayout, first: number, aisles: number): AisleRun {
  const { aisleX, aisleSpacing } = routing;
  if (aisleX === undefined) return { aisles, aisleSpacing };
  const origin = aisleX[first] as number;
  return { aisles, aisleSpacing, aisleX: aisleX.slice(first, first + aisles).map((x) => x - origin) };
}

/**
 * Splits the aisles into `count` zones of neighbouring aisles, as even as possible (the
 * leftmost zones take one aisle more); each zone's depot sits at its own front-left or
 * front-middle, the way the warehouse's does.
 */
export function pickZones(routing: RoutingLayout, count: number, depot: 'front-left' | 'front-middle'): PickZoneLayout[] {
  const zones: PickZoneLayout[] = [];
  let firstAisle = 0;
  for (let zone = 0; zone < count; zone++) {
    const aisles = Math.floor(routing.aisles / count) + (zone < routing.aisles % count ? 1 : 0);
    const run = aisleRun(routing, firstAisle, aisles);
    zones.push({ firstAisle, routing: { ...routing, ...run, depotX: depotPosition(depot, run) } });
    firstAisle += aisles;
  }
  return zones;
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

/** Slot positions on both sides of every aisle, one per `slotPitch`, `levels` high. */
function gridSlots(aisles: number, aisleLength: number, slotPitch: number, levels: number): PickLocation[] {
  const positionsPerAisle = Math.floor(aisleLength / slotPitch);
  const slots: PickLocation[] = [];
  for (let aisle = 0; aisle < aisles; aisle++) {
    for (let position = 0; position < positionsPerAisle; position++) {
      const location = { aisle, y: (position + 0.5) * slotPitch };
      for (let copy = 0; copy < 2 * levels; copy++) slots.push(location);
    }
  }
  return slots;
}

/**
 * Lays out slots and assigns SKUs. With a SKU master's locations, "file" slotting keeps them;
 * the other slottings re-slot the SKUs over those same locations. Without, the slots are a
 * grid (both sides of every aisle, one per `slotPitch`, `levels` high). SKUs are assigned: by
 * popularity, the most popular SKUs take the positions with the shortest walk from the depot
 * of their pick zone (|x - depot| + y); by ABC class, the nearest slots form the A zone, then
 * B, then C, with SKUs placed at random inside their zone; at random, a shuffle.
 */
export function buildLayout(
  config: WarehouseSlice,
  skusByPopularity: Int32Array,
  popularity: Float64Array,
  stream: RandomStream,
): WarehouseLayout {
  const { aisles, aisleLength, aisleSpacing, aisleX, slotPitch, levels, depot, blocks } = config.layout;
  const depotX = depotPosition(depot, aisleX === undefined ? { aisles, aisleSpacing } : { aisles, aisleSpacing, aisleX });
  // Without aisleX the layout is today's object, key for key.
  const routing: RoutingLayout =
    aisleX === undefined
      ? { aisles, aisleLength, aisleSpacing, depotX, blocks }
      : { aisles, aisleLength, aisleSpacing, aisleX, depotX, blocks };
  const zones = pickZones(routing, config.zones, depot);
  const zoneOfAisle = zones.flatMap((zone, index) => new Array<number>(zone.routing.aisles).fill(index));
  // Walks are measured from the depot of the slot's zone, so with several zones the popular
  // SKUs are spread over the zones instead of crowding the one nearest the warehouse depot.
  const depotOfAisle = zones.flatMap((zone) =>
    new Array<number>(zone.routing.aisles).fill(aisleXOf(routing, zone.firstAisle) + zone.routing.depotX),
  );
  const { locations } = config;
  if (locations !== undefined && config.slotting === 'file') {
    const locationOf = locations.aisle.map((aisle, sku) => ({ aisle, y: locations.y[sku] as number }));
    return { routing, locationOf, zones, zoneOfAisle };
  }
  // A SKU master's own locations are the slots its SKUs are re-slotted over; else a grid.
  const slots: PickLocation[] =
    locations === undefined
      ? gridSlots(aisles, aisleLength, slotPitch, levels)
      : locations.aisle.map((aisle, sku) => ({ aisle, y: locations.y[sku] as number }));
  const walk = (slot: PickLocation): number => Math.abs(aisleXOf(routing, slot.aisle) - (depotOfAisle[slot.aisle] as number)) + slot.y;
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
  return { routing, locationOf, zones, zoneOfAisle };
}
