import type { RoutingLayout } from '../../domain/RoutingLayout.js';

/** The y of every cross aisle, front (0) to back (aisle length): `blocks - 1` evenly spaced middle ones. */
export function crossAisles(layout: RoutingLayout): number[] {
  const blocks = layout.blocks ?? 1;
  return Array.from({ length: blocks + 1 }, (_, index) => (index === blocks ? layout.aisleLength : (index * layout.aisleLength) / blocks));
}
