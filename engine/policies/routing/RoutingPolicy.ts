import type { PickLocation } from '../../domain/PickLocation.js';
import type { Route } from '../../domain/Route.js';
import type { RoutingLayout } from '../../domain/RoutingLayout.js';

/** Routing: a pure function from layout and picks to a tour that starts and ends at the depot. */
export interface RoutingPolicy {
  readonly name: string;
  route(layout: RoutingLayout, picks: readonly PickLocation[]): Route;
  /**
   * Optional: the tour's length alone, equal to `route(layout, picks).distance`. The model
   * asks for it when it needs no walk (every tour of a run unless a day is recorded), so a
   * policy that can measure a tour without building it saves the sequence and path.
   */
  distance?(layout: RoutingLayout, picks: readonly PickLocation[]): number;
}
