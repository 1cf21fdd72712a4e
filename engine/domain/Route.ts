import type { PickLocation } from './PickLocation.js';

/** A point on the warehouse floor: x across the aisles, y along them (metres; depot at y = 0). */
export interface FloorPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * A picker tour: total distance (m), the picks in visiting order, and the walk itself as
 * the points where it turns, from the depot back to the depot (each leg runs along an
 * aisle or a cross aisle, so the distance is the sum of the legs' lengths).
 */
export interface Route {
  readonly distance: number;
  readonly sequence: readonly PickLocation[];
  readonly path: readonly FloorPoint[];
}
