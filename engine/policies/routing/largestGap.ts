import type { PickLocation } from '../../domain/PickLocation.js';
import { splitAisleRoute } from './splitAisles.js';
import { fixedPolicy } from '../BuiltInPolicy.js';

/**
 * Largest gap: the leftmost and rightmost pick aisles are traversed; every other aisle is
 * entered from the front and from the back as far as the largest gap between adjacent
 * stops (front cross aisle, picks, back cross aisle), which is never walked. On a tie the
 * gap nearest the front is skipped.
 */
export const largestGap = fixedPolicy(
  'routing',
  'traverses the outer pick aisles; in the others, never walks the largest gap between stops',
  {
    name: 'largest-gap',
    route: (layout, picks) =>
      splitAisleRoute(layout, picks, (aisle) => {
        const stops = [0, ...aisle.map((pick) => pick.y), layout.aisleLength];
        let widest = 0;
        for (let gap = 1; gap < stops.length - 1; gap++) {
          if ((stops[gap + 1] as number) - (stops[gap] as number) > (stops[widest + 1] as number) - (stops[widest] as number)) widest = gap;
        }
        // Gap `widest` runs from stop `widest` to stop `widest + 1`; stop k >= 1 is pick k - 1.
        const front: PickLocation[] = aisle.slice(0, widest);
        return { front, back: aisle.slice(widest) };
      }),
  },
);
