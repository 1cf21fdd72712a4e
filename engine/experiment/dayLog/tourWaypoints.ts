import type { Route } from '../../domain/Route.js';
import { aisleXOf, type RoutingLayout } from '../../domain/RoutingLayout.js';

/** How a tour is timed: it starts at `start` and lasts `duration` s, set-up first, walking at `walkingSpeed` m/s. */
export interface TourTiming {
  readonly start: number;
  readonly duration: number;
  readonly setup: number;
  readonly walkingSpeed: number;
}

/** A walked tour: waypoints `[t, x, y, ...]` and the picks found on the walk `[x, y, ...]`. */
export interface TimedTour {
  readonly waypoints: number[];
  readonly picks: number[];
}

const round = (value: number, step: number): number => Math.round(value / step) * step;

/** True when `value` lies between `a` and `b` (either order), to within a millimetre. */
function between(value: number, a: number, b: number): boolean {
  return value >= Math.min(a, b) - 1e-3 && value <= Math.max(a, b) + 1e-3;
}

/**
 * The walk of one tour with times: at the depot for the set-up, then along the route's path at
 * walking speed, stopping at each pick (in the route's visiting order, found on the leg that
 * passes it) for an equal share of the handling time (the tour's duration less set-up and
 * walking: per-line, per-unit and error-correction times), and back at the depot at the end.
 * `layout` is the zone's routing layout (route coordinates); `originX` moves x to the warehouse.
 */
export function tourWaypoints(route: Route | undefined, layout: RoutingLayout, originX: number, timing: TourTiming): TimedTour {
  const { start, duration, setup, walkingSpeed } = timing;
  const depot = { x: layout.depotX, y: 0 };
  const path = route === undefined || route.path.length === 0 ? [depot, depot] : route.path;
  const sequence = route?.sequence ?? [];
  // First the stops in walking order: turns, and picks marked by their index in the sequence.
  const stops: Array<{ x: number; y: number; pick: boolean }> = [{ ...(path[0] ?? depot), pick: false }];
  let next = 0;
  for (let leg = 1; leg < path.length; leg++) {
    const from = path[leg - 1] ?? depot;
    const to = path[leg] ?? depot;
    for (; next < sequence.length; next++) {
      const pick = sequence[next];
      if (pick === undefined) break;
      const x = aisleXOf(layout, pick.aisle);
      const last = stops[stops.length - 1] ?? stops[0];
      const onLeg = Math.abs(from.x - to.x) < 1e-6 && Math.abs(x - from.x) < 1e-3 && between(pick.y, from.y, to.y);
      // The pick must lie ahead of where the walk already is on this leg.
      if (!onLeg || (last !== undefined && !between(pick.y, last.y, to.y))) break;
      stops.push({ x, y: pick.y, pick: true });
    }
    stops.push({ ...to, pick: false });
  }
  let walk = 0;
  for (let index = 1; index < stops.length; index++) {
    const a = stops[index - 1] ?? depot;
    const b = stops[index] ?? depot;
    walk += Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
  }
  const picks = stops.filter((stop) => stop.pick).length;
  const walking = walkingSpeed > 0 ? walk / walkingSpeed : 0;
  // Set-up and walking squeezed to fit if rounding left the handling time negative.
  const scale = setup + walking > duration && setup + walking > 0 ? duration / (setup + walking) : 1;
  const handling = Math.max(0, duration - (setup + walking) * scale);
  const dwell = picks > 0 ? handling / picks : 0;
  const waypoints: number[] = [];
  let t = start;
  const at = (x: number, y: number): void => {
    waypoints.push(round(t, 0.1), round(x + originX, 0.01), round(y, 0.01));
  };
  const first = stops[0] ?? depot;
  at(first.x, first.y);
  t += setup * scale;
  at(first.x, first.y);
  const pickPoints: number[] = [];
  for (let index = 1; index < stops.length; index++) {
    const a = stops[index - 1] ?? depot;
    const b = stops[index];
    if (b === undefined) continue;
    if (walkingSpeed > 0) t += ((Math.abs(a.x - b.x) + Math.abs(a.y - b.y)) / walkingSpeed) * scale;
    at(b.x, b.y);
    if (b.pick) {
      t += dwell;
      at(b.x, b.y);
      pickPoints.push(round(b.x + originX, 0.01), round(b.y, 0.01));
    }
  }
  // Handling that found no pick to stop at (no route, or picks the path never passes) ends the tour at the depot.
  if (t < start + duration - 0.05) {
    t = start + duration;
    const last = stops[stops.length - 1] ?? depot;
    at(last.x, last.y);
  }
  return { waypoints, picks: pickPoints };
}
