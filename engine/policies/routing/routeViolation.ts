import { crossAisles } from './crossAisles.js';
import type { PickLocation } from '../../domain/PickLocation.js';
import type { FloorPoint } from '../../domain/Route.js';
import { aisleXOf, type RoutingLayout } from '../../domain/RoutingLayout.js';

const key = (pick: PickLocation): string => `${pick.aisle}:${pick.y}`;
const near = (a: number, b: number, scale: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, scale);
const isPoint = (value: unknown): value is FloorPoint =>
  typeof value === 'object' && value !== null && Number.isFinite((value as FloorPoint).x) && Number.isFinite((value as FloorPoint).y);

const isPick = (value: unknown): value is PickLocation =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PickLocation).aisle === 'number' &&
  typeof (value as PickLocation).y === 'number';

/** Whether `x` is (to within rounding, in aisle widths) the centre line of one of evenly spaced aisles. */
function onEvenAisle(layout: RoutingLayout, x: number, scale: number): boolean {
  const aisle = x / layout.aisleSpacing;
  return near(aisle, Math.round(aisle), scale) && Math.round(aisle) >= 0 && Math.round(aisle) < layout.aisles;
}

/** Why a leg is not a walk along one aisle or one cross aisle of the layout, or undefined. */
function legViolation(layout: RoutingLayout, from: FloorPoint, to: FloorPoint, scale: number): string | undefined {
  const inside = (y: number): boolean => y >= -1e-9 && y <= layout.aisleLength + 1e-9;
  if (near(from.x, to.x, scale)) {
    if (near(from.y, to.y, scale)) return undefined;
    const onAisle = layout.aisleX === undefined ? onEvenAisle(layout, from.x, scale) : layout.aisleX.some((x) => near(x, from.x, scale));
    if (onAisle && inside(from.y) && inside(to.y)) return undefined;
  } else if (near(from.y, to.y, scale) && crossAisles(layout).some((y) => near(y, from.y, scale))) {
    const left = Math.min(aisleXOf(layout, 0), layout.depotX);
    const right = Math.max(aisleXOf(layout, layout.aisles - 1), layout.depotX);
    if (Math.min(from.x, to.x) >= left - 1e-9 && Math.max(from.x, to.x) <= right + 1e-9) return undefined;
  }
  return `the leg from (${from.x}, ${from.y}) to (${to.x}, ${to.y}) runs neither along an aisle nor along a cross aisle`;
}

/**
 * Why a route is not a legal answer to `picks` on `layout`, or undefined when it is: it must
 * visit exactly the requested picks (each once, no others), and its path must be a walk from
 * the depot back to the depot along aisles and cross aisles that passes every pick and whose
 * length is the distance stated. The one rule the run-time guard and check-policy share.
 */
export function routeViolation(layout: RoutingLayout, picks: readonly PickLocation[], route: unknown): string | undefined {
  if (typeof route !== 'object' || route === null) return `expected {distance, sequence, path}, got ${JSON.stringify(route)}`;
  const { distance, sequence, path } = route as { distance?: unknown; sequence?: unknown; path?: unknown };
  if (typeof distance !== 'number' || !Number.isFinite(distance) || distance < 0)
    return `distance ${JSON.stringify(distance)}: expected a finite number of metres >= 0`;
  if (!Array.isArray(sequence)) return `sequence ${JSON.stringify(sequence)}: expected every pick once`;
  const wanted = picks.map(key).sort();
  const visited = (sequence as unknown[]).map((pick) => (isPick(pick) ? key(pick) : JSON.stringify(pick))).sort();
  if (JSON.stringify(wanted) !== JSON.stringify(visited))
    return `the sequence visits ${JSON.stringify(visited)} for picks ${JSON.stringify(wanted)}: expected every pick exactly once and no other`;
  if (!Array.isArray(path) || !path.every(isPoint)) return `path: expected a list of {x, y} points`;
  if (picks.length === 0 && path.length <= 1) return distance === 0 ? undefined : `distance ${distance} m for no picks`;
  const scale = Math.max(distance, layout.aisleLength, layout.aisles * layout.aisleSpacing, aisleXOf(layout, layout.aisles - 1));
  const depot = { x: layout.depotX, y: 0 };
  const first = path[0];
  const last = path[path.length - 1];
  const atDepot = (point: FloorPoint | undefined): boolean =>
    point !== undefined && near(point.x, depot.x, scale) && near(point.y, depot.y, scale);
  if (!atDepot(first) || !atDepot(last)) return `the path must start and end at the depot (${depot.x}, 0)`;
  let walked = 0;
  for (let leg = 1; leg < path.length; leg++) {
    const from = path[leg - 1] as FloorPoint;
    const to = path[leg] as FloorPoint;
    const wrong = legViolation(layout, from, to, scale);
    if (wrong !== undefined) return wrong;
    walked += Math.abs(to.x - from.x) + Math.abs(to.y - from.y);
  }
  if (!near(walked, distance, scale)) return `the path walks ${walked} m but the distance says ${distance} m`;
  for (const pick of picks) {
    const x = aisleXOf(layout, pick.aisle);
    const passes = path.some((to, leg) => {
      const from = path[leg - 1];
      if (from === undefined) return false;
      const alongAisle =
        near(from.x, x, scale) &&
        near(to.x, x, scale) &&
        Math.min(from.y, to.y) <= pick.y + 1e-9 &&
        Math.max(from.y, to.y) >= pick.y - 1e-9;
      // A pick at a cross aisle's y is also passed by a walk along that cross aisle.
      const alongCross =
        near(from.y, pick.y, scale) &&
        near(to.y, pick.y, scale) &&
        Math.min(from.x, to.x) <= x + 1e-9 &&
        Math.max(from.x, to.x) >= x - 1e-9;
      return alongAisle || alongCross;
    });
    if (!passes && !(near(x, depot.x, scale) && near(pick.y, 0, scale)))
      return `the path never passes pick (aisle ${pick.aisle}, y ${pick.y})`;
  }
  return undefined;
}
