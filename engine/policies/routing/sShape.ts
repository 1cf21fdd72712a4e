import type { PickLocation } from '../../domain/PickLocation.js';
import type { FloorPoint } from '../../domain/Route.js';
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
      const aisles = aislesInSweepOrder(layout, picks);
      const xs = aisles.map((aisle) => aisleXOf(layout, (aisle[0] as PickLocation).aisle));
      const firstX = xs[0] as number;
      const lastX = xs[xs.length - 1] as number;
      const horizontal = Math.abs(layout.depotX - firstX) + Math.abs(lastX - firstX) + Math.abs(lastX - layout.depotX);
      const odd = aisles.length % 2 === 1;
      const lastAisle = aisles[aisles.length - 1] as PickLocation[];
      const deepest = (lastAisle[lastAisle.length - 1] as PickLocation).y;
      const vertical = odd ? (aisles.length - 1) * layout.aisleLength + 2 * deepest : aisles.length * layout.aisleLength;
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
      return { distance: horizontal + vertical, sequence, path };
    },
  },
);
