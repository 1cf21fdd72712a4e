/**
 * The geometry routing needs: parallel aisles between a front and a back cross aisle, cut into
 * `blocks` equal blocks by evenly spaced middle cross aisles (default 1: no middle cross aisle).
 * Cross aisles are lines: crossing one takes no distance.
 */
export interface RoutingLayout {
  readonly aisles: number;
  readonly aisleLength: number;
  readonly aisleSpacing: number;
  /**
   * Centre x of each aisle in metres, strictly increasing, one per aisle: aisles at uneven
   * positions. Unset, aisle i lies at i * aisleSpacing. Read it through `aisleXOf`.
   */
  readonly aisleX?: readonly number[];
  readonly blocks?: number;
  /** Depot x position in metres (same axis as the aisles' x, see `aisleXOf`), on the front cross aisle. */
  readonly depotX: number;
}

/** The x (m) of aisle `aisle`'s centre line: its entry in `aisleX`, or `aisle * aisleSpacing` when aisles are evenly spaced. */
export function aisleXOf(layout: Pick<RoutingLayout, 'aisleSpacing' | 'aisleX'>, aisle: number): number {
  return layout.aisleX === undefined ? aisle * layout.aisleSpacing : (layout.aisleX[aisle] as number);
}

/** Whether a point at `x` lies on an aisle's centre line (to within rounding). */
export function isAisleX(layout: Pick<RoutingLayout, 'aisleSpacing' | 'aisleX'>, x: number): boolean {
  if (layout.aisleX === undefined) return Number.isInteger(Math.round((x / layout.aisleSpacing) * 1e9) / 1e9);
  return layout.aisleX.some((aisleX) => Math.abs(aisleX - x) <= 1e-9 * Math.max(1, Math.abs(x)));
}
