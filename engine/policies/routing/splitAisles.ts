import type { PickLocation } from '../../domain/PickLocation.js';
import type { FloorPoint, Route } from '../../domain/Route.js';
import { aisleXOf, type RoutingLayout } from '../../domain/RoutingLayout.js';
import { aislesInSweepOrder } from './sShape.js';

/** How a middle aisle is served: picks reached from the front and picks reached from the back. */
export interface AisleSplit {
  readonly front: readonly PickLocation[];
  readonly back: readonly PickLocation[];
}

/**
 * The tour shape shared by midpoint and largest gap: the leftmost and rightmost pick aisles are
 * traversed entirely; every aisle between them is entered from the back cross aisle for its
 * back part and from the front cross aisle for its front part, each a return trip; with a
 * single pick aisle, a return trip to its deepest pick. `split` decides each middle aisle.
 */
export function splitAisleRoute(
  layout: RoutingLayout,
  picks: readonly PickLocation[],
  split: (aisle: readonly PickLocation[]) => AisleSplit,
): Route {
  if (picks.length === 0) return { distance: 0, sequence: [], path: [] };
  const aisles = aislesInSweepOrder(layout, picks).sort((a, b) => (a[0] as PickLocation).aisle - (b[0] as PickLocation).aisle);
  const xOf = (aisle: readonly PickLocation[]): number => aisleXOf(layout, (aisle[0] as PickLocation).aisle);
  const depot = { x: layout.depotX, y: 0 };
  const length = layout.aisleLength;
  const first = aisles[0] as PickLocation[];
  const last = aisles[aisles.length - 1] as PickLocation[];
  if (aisles.length === 1) {
    const x = xOf(first);
    const deepest = (first[first.length - 1] as PickLocation).y;
    const path = [depot, { x, y: 0 }, { x, y: deepest }, { x, y: 0 }, depot];
    return { distance: 2 * Math.abs(x - layout.depotX) + 2 * deepest, sequence: first, path };
  }
  const middle = aisles.slice(1, -1).map((aisle) => ({ x: xOf(aisle), ...split(aisle) }));
  // Front parts are visited on whichever front-cross-aisle leg passes them: walking left from
  // the depot to the leftmost aisle, or walking back from the rightmost aisle to the depot.
  const frontDips = (candidates: typeof middle): void => {
    for (const aisle of candidates.slice().reverse()) {
      if (aisle.front.length === 0) continue;
      const highest = (aisle.front[aisle.front.length - 1] as PickLocation).y;
      path.push({ x: aisle.x, y: 0 }, { x: aisle.x, y: highest }, { x: aisle.x, y: 0 });
      for (const item of aisle.front) sequence.push(item);
    }
  };
  const path: FloorPoint[] = [depot];
  const sequence: PickLocation[] = [];
  frontDips(middle.filter((aisle) => aisle.x < layout.depotX));
  path.push({ x: xOf(first), y: 0 }, { x: xOf(first), y: length });
  for (const item of first) sequence.push(item);
  // Along the back cross aisle, dipping into each middle aisle's back part.
  for (const aisle of middle) {
    if (aisle.back.length === 0) continue;
    const lowest = (aisle.back[0] as PickLocation).y;
    path.push({ x: aisle.x, y: length }, { x: aisle.x, y: lowest }, { x: aisle.x, y: length });
    for (const item of aisle.back.slice().reverse()) sequence.push(item);
  }
  path.push({ x: xOf(last), y: length }, { x: xOf(last), y: 0 });
  for (const item of last.slice().reverse()) sequence.push(item);
  frontDips(middle.filter((aisle) => aisle.x >= layout.depotX));
  path.push(depot);
  const left = Math.min(xOf(first), layout.depotX);
  const right = Math.max(xOf(last), layout.depotX);
  const vertical = middle.reduce(
    (sum, aisle) =>
      sum +
      (aisle.front.length > 0 ? 2 * (aisle.front[aisle.front.length - 1] as PickLocation).y : 0) +
      (aisle.back.length > 0 ? 2 * (length - (aisle.back[0] as PickLocation).y) : 0),
    2 * length,
  );
  return { distance: 2 * (right - left) + vertical, sequence, path };
}
