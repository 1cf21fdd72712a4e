import type { PickLocation } from '../../domain/PickLocation.js';
import type { FloorPoint } from '../../domain/Route.js';
import { aisleXOf } from '../../domain/RoutingLayout.js';
import { aislesInSweepOrder } from './sShape.js';
import { fixedPolicy } from '../BuiltInPolicy.js';

/** Return: each pick aisle is entered from the front and left at the front, up to its deepest pick. */
export const returnRouting = fixedPolicy('routing', 'enters each pick aisle from the front, walks to its deepest pick and back', {
  name: 'return',
  route(layout, picks) {
    if (picks.length === 0) return { distance: 0, sequence: [], path: [] };
    const aisles = aislesInSweepOrder(layout, picks);
    const xs = aisles.map((aisle) => aisleXOf(layout, (aisle[0] as PickLocation).aisle));
    const minX = Math.min(layout.depotX, ...xs);
    const maxX = Math.max(layout.depotX, ...xs);
    const vertical = aisles.reduce((sum, aisle) => sum + 2 * (aisle[aisle.length - 1] as PickLocation).y, 0);
    // Walk out to the far side of the depot's aisles first, then back past the depot to the
    // other side: each cross-aisle stretch is walked twice, as in the distance.
    const depot = { x: layout.depotX, y: 0 };
    const visit = (aisle: PickLocation[]): FloorPoint[] => {
      const x = aisleXOf(layout, (aisle[0] as PickLocation).aisle);
      return [
        { x, y: 0 },
        { x, y: (aisle[aisle.length - 1] as PickLocation).y },
        { x, y: 0 },
      ];
    };
    const byX = aisles.slice().sort((a, b) => (a[0] as PickLocation).aisle - (b[0] as PickLocation).aisle);
    const left = byX.filter((aisle) => aisleXOf(layout, (aisle[0] as PickLocation).aisle) < layout.depotX).reverse();
    const right = byX.filter((aisle) => aisleXOf(layout, (aisle[0] as PickLocation).aisle) >= layout.depotX);
    const path: FloorPoint[] = [depot, ...right.flatMap(visit), depot, ...left.flatMap(visit), depot];
    return { distance: 2 * (maxX - minX) + vertical, sequence: [...right, ...left].flat(), path };
  },
});
