import type { Scenario } from '../schema/scenario.js';

/** Notifications sent and how often customers ask where their order is. */
export interface TrackingSlice {
  readonly notifications: Scenario['communication']['notifications'];
  readonly contactRate: number;
  readonly contactRateLate: number;
  readonly uninformedFactor: number;
}

/** The communication section without its cost (which the cost KPIs take). */
export function resolveTracking(communication: Scenario['communication']): TrackingSlice {
  const { notifications, contactRate, contactRateLate, uninformedFactor } = communication;
  return { notifications, contactRate, contactRateLate, uninformedFactor };
}
