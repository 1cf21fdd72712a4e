import type { PickLocation } from '../../domain/PickLocation.js';
import { aisleXOf, isAisleX, type RoutingLayout } from '../../domain/RoutingLayout.js';
import { columnsOf } from './columns.js';

/**
 * `columnsOf` without an object per column, for the cost-only program that runs for every pick
 * tour (a savings batching policy asks for thousands of tours a day): column `c` lies at
 * `x[c]`, is an aisle when `isAisle[c]` is 1, and has the stops `ys[start[c]]` up to
 * `ys[start[c + 1]]`, sorted. The same columns in the same order with the same stops as
 * `columnsOf`, so the program makes the same sums: `columnsOf` built a map, sorted its entries
 * and made an object and an array per column, 10% of a replication with optimal routing.
 */
export class ColumnBuffers {
  count = 0;
  x = new Float64Array(64);
  isAisle = new Uint8Array(64);
  start = new Int32Array(65);
  ys = new Float64Array(64);
  // The stops (picks and the depot) sorted by x, then y.
  private stopX = new Float64Array(64);
  private stopY = new Float64Array(64);

  /** Fills the buffers with the columns of `picks` on `layout` (valid until the next call). */
  fill(layout: RoutingLayout, picks: readonly PickLocation[]): void {
    const aisles = aislesOf(layout);
    const aisleXs = aisles.x;
    // Sorting stops by insertion is quadratic: long pick lists take columnsOf's way, and so do
    // picks outside the layout's aisles (columnsOf places them where aisleXOf says) and positions
    // that are not finite numbers (the merge below needs them to end).
    if (aisleXs === undefined || picks.length > MAX_SORTED_PICKS || !Number.isFinite(layout.depotX) || !allOnAisles(picks, aisleXs)) {
      this.copy(columnsOf(layout, picks));
      return;
    }
    const stops = picks.length + 1;
    this.reserve(stops + layout.aisles);
    const { stopX, stopY } = this;
    // Stable insertion sort by (x, y): stops of equal x and y keep their order, as columnsOf's sorts do.
    for (let index = 0; index < stops; index++) {
      const pick = picks[index];
      const x = pick === undefined ? layout.depotX : (aisleXs[pick.aisle] as number);
      const y = pick === undefined ? 0 : pick.y;
      let at = index;
      while (at > 0 && ((stopX[at - 1] as number) > x || ((stopX[at - 1] as number) === x && (stopY[at - 1] as number) > y))) {
        stopX[at] = stopX[at - 1] as number;
        stopY[at] = stopY[at - 1] as number;
        at--;
      }
      stopX[at] = x;
      stopY[at] = y;
    }
    const first = stopX[0] as number;
    const last = stopX[stops - 1] as number;
    // Merge the stops' x with every aisle from the first stop to the last, both ascending.
    let aisle = 0;
    while (aisle < layout.aisles && (aisleXs[aisle] as number) < first) aisle++;
    let stop = 0;
    let count = 0;
    let taken = 0;
    for (;;) {
      const aisleX = aisle < layout.aisles && (aisleXs[aisle] as number) <= last ? (aisleXs[aisle] as number) : Infinity;
      const stopAt = stop < stops ? (stopX[stop] as number) : Infinity;
      if (aisleX === Infinity && stopAt === Infinity) break;
      const x = Math.min(aisleX, stopAt);
      this.x[count] = x;
      this.isAisle[count] = x === aisleX ? (aisles.isAisle[aisle] as number) : isAisleX(layout, x) ? 1 : 0;
      this.start[count] = taken;
      while (stop < stops && stopX[stop] === x) this.ys[taken++] = stopY[stop++] as number;
      if (x === aisleX) aisle++;
      count++;
    }
    this.start[count] = taken;
    this.count = count;
  }

  private copy(columns: ReturnType<typeof columnsOf>): void {
    let stops = 0;
    for (const column of columns) stops += column.ys.length;
    this.reserve(Math.max(columns.length, stops));
    let taken = 0;
    columns.forEach((column, index) => {
      this.x[index] = column.x;
      this.isAisle[index] = column.isAisle ? 1 : 0;
      this.start[index] = taken;
      for (const y of column.ys) this.ys[taken++] = y;
    });
    this.start[columns.length] = taken;
    this.count = columns.length;
  }

  /** Room for `size` columns and as many stops. */
  private reserve(size: number): void {
    if (size <= this.x.length) return;
    const length = Math.max(size, 2 * this.x.length);
    this.x = new Float64Array(length);
    this.isAisle = new Uint8Array(length);
    this.start = new Int32Array(length + 1);
    this.ys = new Float64Array(length);
    this.stopX = new Float64Array(length);
    this.stopY = new Float64Array(length);
  }
}

/**
 * True when every pick lies in one of the aisles (an integer index, not a key such as
 * "constructor" that an array would also answer) at a finite y. A loop: this runs for every
 * tour measured.
 */
function allOnAisles(picks: readonly PickLocation[], aisleXs: Float64Array): boolean {
  for (const pick of picks) {
    const { aisle } = pick;
    if (!Number.isInteger(aisle) || aisle < 0 || aisle >= aisleXs.length || !Number.isFinite(pick.y)) return false;
  }
  return true;
}

/** Pick lists longer than this take columnsOf's way (see ColumnBuffers.fill). */
const MAX_SORTED_PICKS = 64;

/** A layout's aisle positions and whether each lies on an aisle line (isAisleX), once per layout; undefined `x` when they are not finite and strictly increasing. */
interface Aisles {
  // What they were computed from: a layout changed since, its aisleX array too, is measured again.
  readonly count: number;
  readonly spacing: number;
  /** A copy of the layout's aisleX (undefined when unset). */
  readonly positions: Float64Array | undefined;
  readonly x: Float64Array | undefined;
  readonly isAisle: Uint8Array;
}

const AISLES = new WeakMap<RoutingLayout, Aisles>();

/** The aisles of `layout` (their `x` undefined when not finite and strictly increasing: columnsOf then sorts them). */
function aislesOf(layout: RoutingLayout): Aisles {
  let aisles = AISLES.get(layout);
  if (
    aisles === undefined ||
    aisles.count !== layout.aisles ||
    aisles.spacing !== layout.aisleSpacing ||
    !samePositions(aisles.positions, layout.aisleX)
  ) {
    const x = Float64Array.from({ length: layout.aisles }, (_, aisle) => aisleXOf(layout, aisle));
    const increasing = x.every((position, aisle) => Number.isFinite(position) && (aisle === 0 || position > (x[aisle - 1] as number)));
    aisles = {
      count: layout.aisles,
      spacing: layout.aisleSpacing,
      positions: layout.aisleX === undefined ? undefined : Float64Array.from(layout.aisleX),
      x: increasing ? x : undefined,
      isAisle: Uint8Array.from(x, (position) => (isAisleX(layout, position) ? 1 : 0)),
    };
    AISLES.set(layout, aisles);
  }
  return aisles;
}

/**
 * True when `positions` (the kept copy) still holds what `aisleX` holds: compared by content, as
 * an array written in place between two calls is the same array (a few dozen numbers a tour).
 */
function samePositions(positions: Float64Array | undefined, aisleX: readonly number[] | undefined): boolean {
  if (positions === undefined || aisleX === undefined) return positions === undefined && aisleX === undefined;
  if (positions.length !== aisleX.length) return false;
  for (let aisle = 0; aisle < positions.length; aisle++) if (!Object.is(positions[aisle], aisleX[aisle])) return false;
  return true;
}
