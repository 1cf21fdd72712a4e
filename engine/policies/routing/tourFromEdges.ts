import type { PickLocation } from '../../domain/PickLocation.js';
import type { FloorPoint, Route } from '../../domain/Route.js';
import { aisleXOf, type RoutingLayout } from '../../domain/RoutingLayout.js';
import type { Column } from './columns.js';
import { eulerWalk } from './eulerWalk.js';

/** The edges an exact router chose, column by column. */
export interface ChosenEdges {
  /** Per column: vertical segments [y1, y2, copies] in floor coordinates. */
  readonly verticals: ReadonlyArray<Array<readonly [number, number, number]>>;
  /** Per column: cross-aisle edges to the next column, [cross aisle y, copies]. */
  readonly horizontals: ReadonlyArray<Array<readonly [number, number]>>;
}

/** The union of two ascending lists, ascending and without repeats. */
function mergeSorted(left: readonly number[], right: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    const next =
      j >= right.length || (i < left.length && (left[i] as number) <= (right[j] as number))
        ? (left[i++] as number)
        : (right[j++] as number);
    if (merged.length === 0 || merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}

/**
 * Turns an Eulerian multigraph on the aisle grid into a route: nodes are every stop and
 * cross-aisle point of every column, vertical segments are split at stops, the walk starts
 * at the depot (Hierholzer), and the path keeps only the points where the walk turns.
 */
export function tourFromEdges(
  layout: RoutingLayout,
  picks: readonly PickLocation[],
  columns: readonly Column[],
  crossAisleYs: readonly number[],
  chosen: ChosenEdges,
  distance: number,
): Route {
  const offsets: number[] = [];
  const points: FloorPoint[] = [];
  const stopsOf = columns.map((column) => mergeSorted(crossAisleYs, column.ys));
  columns.forEach((column, index) => {
    offsets.push(points.length);
    for (const y of stopsOf[index] as number[]) points.push({ x: column.x, y });
  });
  const nodeAt = (column: number, y: number): number => (offsets[column] as number) + (stopsOf[column] as number[]).indexOf(y);
  const edges: number[] = [];
  columns.forEach((_, index) => {
    const stops = stopsOf[index] as number[];
    const offset = offsets[index] as number;
    for (const [from, to, copies] of chosen.verticals[index] ?? []) {
      for (let stop = 0; stop + 1 < stops.length; stop++) {
        if ((stops[stop] as number) < from || (stops[stop + 1] as number) > to) continue;
        for (let copy = 0; copy < copies; copy++) edges.push(offset + stop, offset + stop + 1);
      }
      // A zero-length segment (the depot, or a pick on a cross aisle) is a loop at its node.
      if (from === to) for (let copy = 0; copy < copies; copy++) edges.push(nodeAt(index, from), nodeAt(index, from));
    }
    for (const [y, copies] of chosen.horizontals[index] ?? []) {
      for (let copy = 0; copy < copies; copy++) edges.push(nodeAt(index, y), nodeAt(index + 1, y));
    }
  });
  const depotColumn = columns.findIndex((column) => column.x === layout.depotX);
  const depotNode = nodeAt(depotColumn, 0);
  const depot = points[depotNode] as FloorPoint;
  const walk = (
    edges.length === 0 ? [depot, depot] : eulerWalk(points.length, edges, depotNode).map((node) => points[node] as FloorPoint)
  ).filter((point, i, all) => i === 0 || point !== all[i - 1]);
  if (walk.length === 1) walk.push(depot);
  const path = walk.filter((point, i) => {
    const before = walk[i - 1];
    const after = walk[i + 1];
    if (before === undefined || after === undefined) return true;
    const straight = (before.x === point.x && point.x === after.x) || (before.y === point.y && point.y === after.y);
    const reverses = (after.x - point.x) * (point.x - before.x) + (after.y - point.y) * (point.y - before.y) < 0;
    return !straight || reverses;
  });
  // Picks in the order the walk first reaches their location.
  const waiting = new Map<string, PickLocation[]>();
  for (const pick of picks) {
    const at = `${aisleXOf(layout, pick.aisle)},${pick.y}`;
    (waiting.get(at) ?? waiting.set(at, []).get(at))?.push(pick);
  }
  const sequence: PickLocation[] = [];
  for (const point of walk) {
    const at = `${point.x},${point.y}`;
    const found = waiting.get(at);
    if (found === undefined) continue;
    for (const item of found) sequence.push(item);
    waiting.delete(at);
  }
  return { distance, sequence, path };
}
