import { splitAisleRoute } from './splitAisles.js';
import { fixedPolicy } from '../BuiltInPolicy.js';

/**
 * Midpoint: the leftmost and rightmost pick aisles are traversed; in every other aisle,
 * picks in the front half (y <= half the aisle length) are reached from the front cross
 * aisle and the rest from the back, each as a return trip.
 */
export const midpoint = fixedPolicy(
  'routing',
  'traverses the outer pick aisles; in the others, picks in the front half from the front, the rest from the back',
  {
    name: 'midpoint',
    route: (layout, picks) =>
      splitAisleRoute(layout, picks, (aisle) => ({
        front: aisle.filter((pick) => pick.y <= layout.aisleLength / 2),
        back: aisle.filter((pick) => pick.y > layout.aisleLength / 2),
      })),
  },
);
