import type { PickLocation } from '../../domain/PickLocation.js';
import type { FloorPoint, Route } from '../../domain/Route.js';
import { aisleXOf, type RoutingLayout } from '../../domain/RoutingLayout.js';
import { fixedPolicy } from '../BuiltInPolicy.js';

/** Pick aisles in sweep order and their picks sorted by y, starting at the end nearer the depot. */
export function aislesInSweepOrder(layout: RoutingLayout, picks: readonly PickLocation[]): PickLocation[][] {
  const byAisle = new Map<number, PickLocation[]>();
  for (const pick of picks) {
    const list = byAisle.get(pick.aisle);
    if (list === undefined) byAisle.set(pick.aisle, [pick]);
    else list.push(pick);
  }
  const aisles = [...byAisle.keys()].sort((a, b) => a - b);
  const first = aisles[0] ?? 0;
  const last = aisles[aisles.length - 1] ?? 0;
  const fromLeft = Math.abs(aisleXOf(layout, first) - layout.depotX) <= Math.abs(aisleXOf(layout, last) - layout.depotX);
  if (!fromLeft) aisles.reverse();
  return aisles.map((aisle) => (byAisle.get(aisle) as PickLocation[]).slice().sort((a, b) => a.y - b.y));
}

/**
 * The s-shape tour's length without building the tour: the model asks for a distance per
 * pick tour (`distance`), so the sweep order, sequence and path (arrays and points per tour)
 * are built only when a route is asked for. Same arithmetic, in the same order, as the walk below.
 */
function sShapeDistance(layout: RoutingLayout, picks: readonly PickLocation[]): number {
  let minAisle = Infinity;
  let maxAisle = -Infinity;
  let aisleCount = 0;
  for (let i = 0; i < picks.length; i++) {
    const aisle = (picks[i] as PickLocation).aisle;
    if (aisle < minAisle) minAisle = aisle;
    if (aisle > maxAisle) maxAisle = aisle;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = (picks[j] as PickLocation).aisle === aisle;
    if (!seen) aisleCount++;
  }
  const minX = aisleXOf(layout, minAisle);
  const maxX = aisleXOf(layout, maxAisle);
  const fromLeft = Math.abs(minX - layout.depotX) <= Math.abs(maxX - layout.depotX);
  const firstX = fromLeft ? minX : maxX;
  const lastX = fromLeft ? maxX : minX;
  const horizontal = Math.abs(layout.depotX - firstX) + Math.abs(lastX - firstX) + Math.abs(lastX - layout.depotX);
  if (aisleCount % 2 === 0) return horizontal + aisleCount * layout.aisleLength;
  const lastAisle = fromLeft ? maxAisle : minAisle;
  let deepest = -Infinity;
  for (const pick of picks) if (pick.aisle === lastAisle && pick.y > deepest) deepest = pick.y;
  return horizontal + ((aisleCount - 1) * layout.aisleLength + 2 * deepest);
}

/** The s-shape walk: the picks in visiting order and the turning points. */
function sShapeWalk(layout: RoutingLayout, picks: readonly PickLocation[]): Omit<Route, 'distance'> {
  const aisles = aislesInSweepOrder(layout, picks);
  const xs = aisles.map((aisle) => aisleXOf(layout, (aisle[0] as PickLocation).aisle));
  const odd = aisles.length % 2 === 1;
  const lastAisle = aisles[aisles.length - 1] as PickLocation[];
  const deepest = (lastAisle[lastAisle.length - 1] as PickLocation).y;
  const sequence = aisles.flatMap((aisle, index) =>
    index % 2 === 0 || (odd && index === aisles.length - 1) ? aisle : aisle.slice().reverse(),
  );
  const depot = { x: layout.depotX, y: 0 };
  const path: FloorPoint[] = [depot];
  xs.forEach((x, index) => {
    const returnTrip = odd && index === aisles.length - 1;
    if (returnTrip) path.push({ x, y: 0 }, { x, y: deepest }, { x, y: 0 });
    else if (index % 2 === 0) path.push({ x, y: 0 }, { x, y: layout.aisleLength });
    else path.push({ x, y: layout.aisleLength }, { x, y: 0 });
  });
  path.push(depot);
  return { sequence, path };
}

/**
 * S-shape (traversal): every aisle with picks is traversed entirely, alternating direction,
 * sweeping from the end pick aisle nearer the depot (leftmost on a tie). When the number of
 * pick aisles is odd, the last one is entered from the front and left at the front.
 */
export const sShape = fixedPolicy(
  'routing',
  'traverses every aisle with picks, alternating direction, from the end pick aisle nearer the depot',
  {
    name: 's-shape',
    route(layout, picks) {
      if (picks.length === 0) return { distance: 0, sequence: [], path: [] };
      return { distance: sShapeDistance(layout, picks), ...sShapeWalk(layout, picks) };
    },
    distance: (layout, picks) => (picks.length === 0 ? 0 : sShapeDistance(layout, picks)),
  },
);
