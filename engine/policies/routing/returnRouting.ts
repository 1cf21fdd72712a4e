import type { PickLocation, RoutingPolicy } from '../types.js';
import { aislesInSweepOrder } from './sShape.js';

/** Return: each pick aisle is entered from the front and left at the front, up to its deepest pick. */
export const returnRouting: RoutingPolicy = {
  name: 'return',
  route(layout, picks) {
    if (picks.length === 0) return { distance: 0, sequence: [] };
    const aisles = aislesInSweepOrder(layout, picks);
    const xs = aisles.map((aisle) => (aisle[0] as PickLocation).aisle * layout.aisleSpacing);
    const minX = Math.min(layout.depotX, ...xs);
    const maxX = Math.max(layout.depotX, ...xs);
    const vertical = aisles.reduce((sum, aisle) => sum + 2 * (aisle[aisle.length - 1] as PickLocation).y, 0);
    return { distance: 2 * (maxX - minX) + vertical, sequence: aisles.flat() };
  },
};
