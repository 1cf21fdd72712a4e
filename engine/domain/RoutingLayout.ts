/**
 * The geometry routing needs: parallel aisles between a front and a back cross aisle, cut into
 * `blocks` equal blocks by evenly spaced middle cross aisles (default 1: no middle cross aisle).
 * Cross aisles are lines: crossing one takes no distance.
 */
export interface RoutingLayout {
  readonly aisles: number;
  readonly aisleLength: number;
  readonly aisleSpacing: number;
  readonly blocks?: number;
  /** Depot x position in metres (aisle i lies at x = i * aisleSpacing), on the front cross aisle. */
  readonly depotX: number;
}
