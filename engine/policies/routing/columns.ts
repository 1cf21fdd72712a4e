import type { PickLocation } from '../../domain/PickLocation.js';
import { aisleXOf, isAisleX, type RoutingLayout } from '../../domain/RoutingLayout.js';

/** A vertical line an exact router works along: an aisle, or the depot's own position between two aisles. */
export interface Column {
  readonly x: number;
  /** False for the depot's position between two aisles: no walking along it. */
  readonly isAisle: boolean;
  /** Stops sorted by y: picks (and the depot, at y = 0). */
  readonly ys: readonly number[];
}

/** Columns to route over: every aisle from the leftmost to the rightmost stop, and the depot's position. */
export function columnsOf(layout: RoutingLayout, picks: readonly PickLocation[]): Column[] {
  const stops = new Map<number, number[]>();
  const add = (x: number, y: number): void => void (stops.get(x) ?? stops.set(x, []).get(x))?.push(y);
  for (const pick of picks) add(aisleXOf(layout, pick.aisle), pick.y);
  add(layout.depotX, 0);
  const xs = [...stops.keys()];
  const first = Math.min(...xs);
  const last = Math.max(...xs);
  for (let aisle = 0; aisle < layout.aisles; aisle++) {
    const x = aisleXOf(layout, aisle);
    if (x >= first && x <= last && !stops.has(x)) stops.set(x, []);
  }
  return [...stops.entries()]
    .sort((p, q) => p[0] - q[0])
    .map(([x, ys]) => ({ x, isAisle: isAisleX(layout, x), ys: ys.sort((p, q) => p - q) }));
}
