import type { PickLocation } from '../../domain/PickLocation.js';
import type { Route } from '../../domain/Route.js';
import type { RoutingLayout } from '../../domain/RoutingLayout.js';

/** Routing: a pure function from layout and picks to a tour that starts and ends at the depot. */
export interface RoutingPolicy {
  readonly name: string;
  route(layout: RoutingLayout, picks: readonly PickLocation[]): Route;
}
