import type { PickLocation } from '../../domain/PickLocation.js';
import type { Route } from '../../domain/Route.js';
import type { RoutingLayout } from '../../domain/RoutingLayout.js';
import {
  addDegree,
  configurations,
  DEPOT_ONLY,
  KINDS,
  largestGapIn,
  NOTHING,
  type Configuration,
  type Degree,
} from './aisleConfigurations.js';
import { columnsOf, type Column } from './columns.js';
import { ColumnBuffers } from './columnBuffers.js';
import { optimalMultiBlock } from './optimalMultiBlock.js';
import { tourFromEdges } from './tourFromEdges.js';
import { fixedPolicy } from '../BuiltInPolicy.js';

// Ratliff & Rosenthal (1983): a dynamic program over the aisles, left to right. A partial
// tour is summarised by the degree class of the current aisle's front node (a) and back node
// (b) (0: no edge, 1: odd, 2: even > 0), whether a and b are in the same component, and
// whether the tour is already closed. Each aisle is served by one of six configurations and
// joined to the next by 0, 1 or 2 copies of the front and of the back cross-aisle edge; the
// optimum is an Eulerian multigraph, walked from the depot by Hierholzer's algorithm.

interface State {
  readonly a: Degree;
  readonly b: Degree;
  readonly same: boolean;
  readonly closed: boolean;
}

// States index a small array: 3 x 3 x 2 x 2 = 36 slots.
const key = (state: State): number => state.a * 12 + state.b * 4 + (state.same ? 2 : 0) + (state.closed ? 1 : 0);
const STATE_SLOTS = 36;
const decode = (slot: number): State => ({
  a: Math.floor(slot / 12) as Degree,
  b: Math.floor((slot % 12) / 4) as Degree,
  same: (slot & 2) !== 0,
  closed: (slot & 1) !== 0,
});
const CLOSED = 1;

interface Entry {
  readonly state: number;
  readonly cost: number;
  /** How this entry was reached: the previous entry, the previous column's configuration and the joining edges. */
  readonly from: Entry | undefined;
  readonly configuration: Configuration | undefined;
  readonly front: number;
  readonly back: number;
}

/** Applies an aisle configuration to the state reached at the aisle's nodes (-1: not allowed). */
function serve(state: number, configuration: Pick<Configuration, 'a' | 'b' | 'connects'>): number {
  const { a: stateA, b: stateB, same: stateSame, closed } = decode(state);
  if (closed) return configuration.a === 0 && configuration.b === 0 ? state : -1;
  const a = addDegree(stateA, configuration.a);
  const b = addDegree(stateB, configuration.b);
  return key({ a, b, same: a > 0 && b > 0 && (configuration.connects || (stateSame && stateA > 0 && stateB > 0)), closed: false });
}

/** Joins the nodes of one aisle to the next with `front` and `back` copies of the cross-aisle edges (-1: not allowed). */
function join(state: number, front: number, back: number): number {
  const { a, b, same, closed } = decode(state);
  if (closed) return front === 0 && back === 0 ? state : -1;
  // A node's degree is final once the edges to the right are added: it must be even.
  if ((a === 1) !== (front === 1) || (b === 1) !== (back === 1)) return -1;
  // Edges from a node with no edges would be a spur to nowhere.
  if ((front > 0 && a === 0) || (back > 0 && b === 0)) return -1;
  if (a > 0 && b > 0 && !same && (front === 0 || back === 0)) return -1; // a component would be cut off
  if (front === 0 && back === 0) return a === 0 && b === 0 ? state : CLOSED;
  return key({ a: front as Degree, b: back as Degree, same: front > 0 && back > 0 && same, closed: false });
}

// The transitions depend only on small integers, so they are tabulated once.
const SERVE = Int8Array.from({ length: STATE_SLOTS * KINDS.length }, (_, index) =>
  serve(Math.floor(index / KINDS.length), KINDS[index % KINDS.length] as Configuration),
);
const JOIN = Int8Array.from({ length: STATE_SLOTS * 9 }, (_, index) => join(Math.floor(index / 9), Math.floor((index % 9) / 3), index % 3));

// The cost-only program's two rows, reused by every call (it runs to the end before returning:
// a typed array created per call took half its time).
const COSTS = new Float64Array(STATE_SLOTS);
const NEXT_COSTS = new Float64Array(STATE_SLOTS);
// One column's candidate configurations as (kind, cost), the numbers `configurations` gives.
const OPTION_KINDS = new Int8Array(6);
const OPTION_COSTS = new Float64Array(6);

/** Sets option `index` of the column; returns the count of options so far. */
function setOption(index: number, kind: number, cost: number): number {
  OPTION_KINDS[index] = kind;
  OPTION_COSTS[index] = cost;
  return index + 1;
}

/** The depot's column between two aisles, into OPTION_KINDS and OPTION_COSTS; returns how many. */
function depotOnlyCost(): number {
  const depot = DEPOT_ONLY[0] as Configuration;
  return setOption(0, depot.kind, depot.cost);
}

/** `configurations` of the stops `ys[from]` up to `ys[to]` as kinds and costs only, into OPTION_KINDS and OPTION_COSTS; returns how many. */
function configurationCosts(ys: Float64Array, from: number, to: number, length: number): number {
  let count = 0;
  const nothing = NOTHING[0] as Configuration;
  if (to === from) count = setOption(count, nothing.kind, nothing.cost);
  count = setOption(count, 1, length);
  count = setOption(count, 2, 2 * length);
  if (to === from) return count;
  const lowest = ys[from] as number;
  const highest = ys[to - 1] as number;
  count = setOption(count, 3, 2 * highest);
  count = setOption(count, 4, 2 * (length - lowest));
  const gap = largestGapIn(ys, from, to);
  if (gap >= 0) count = setOption(count, 5, 2 * (ys[gap] as number) + 2 * (length - (ys[gap + 1] as number)));
  return count;
}

// The columns of the tour being measured, reused by every call.
const COLUMNS = new ColumnBuffers();

/**
 * The shortest tour's length alone: the same program on costs only (one number per state, no
 * back-pointers, no walk), so the same sums compared the same way: exactly `route`'s distance.
 * The model asks for this on every pick tour it does not record; building the walk was most of
 * the time of a run with optimal routing.
 */
function shortestLength(layout: RoutingLayout, picks: readonly PickLocation[]): number {
  const columns = COLUMNS;
  columns.fill(layout, picks);
  const { x, isAisle, start, ys } = columns;
  const length = layout.aisleLength;
  let costs = COSTS.fill(Infinity);
  let next = NEXT_COSTS;
  costs[key({ a: 0, b: 0, same: false, closed: false })] = 0;
  for (let index = 0; index < columns.count; index++) {
    const last = index + 1 === columns.count;
    const width = last ? 0 : (x[index + 1] as number) - (x[index] as number);
    const joins = last ? 1 : 3;
    const count =
      isAisle[index] === 1 ? configurationCosts(ys, start[index] as number, start[index + 1] as number, length) : depotOnlyCost();
    next.fill(Infinity);
    for (let state = 0; state < STATE_SLOTS; state++) {
      const reached = costs[state] as number;
      if (reached === Infinity) continue;
      for (let candidate = 0; candidate < count; candidate++) {
        const served = SERVE[state * KINDS.length + (OPTION_KINDS[candidate] as number)] as number;
        if (served < 0) continue;
        const configurationCost = OPTION_COSTS[candidate] as number;
        for (let front = 0; front < joins; front++) {
          for (let back = 0; back < joins; back++) {
            const joined = JOIN[served * 9 + front * 3 + back] as number;
            if (joined < 0) continue;
            const cost = reached + configurationCost + (front + back) * width;
            if (cost < (next[joined] as number)) next[joined] = cost;
          }
        }
      }
    }
    [costs, next] = [next, costs];
  }
  const best = costs[CLOSED] as number;
  if (best === Infinity) throw new RangeError('optimal.distance: no tour found');
  return best;
}

/** The shortest tour: Ratliff-Rosenthal dynamic programming over the aisles of one block (several blocks: see optimalMultiBlock). */
export const optimal = fixedPolicy('routing', 'the shortest tour (Ratliff-Rosenthal dynamic programming; also with middle cross aisles)', {
  name: 'optimal',
  route(layout, picks): Route {
    if (picks.length === 0) return { distance: 0, sequence: [], path: [] };
    if ((layout.blocks ?? 1) > 1) return optimalMultiBlock(layout, picks);
    const columns = columnsOf(layout, picks);
    const length = layout.aisleLength;
    const start: State = { a: 0, b: 0, same: false, closed: false };
    let entries: Array<Entry | undefined> = new Array<Entry | undefined>(STATE_SLOTS);
    entries[key(start)] = { state: key(start), cost: 0, from: undefined, configuration: undefined, front: 0, back: 0 };
    columns.forEach((column, index) => {
      const next = new Array<Entry | undefined>(STATE_SLOTS);
      const width = index + 1 < columns.length ? (columns[index + 1] as Column).x - column.x : 0;
      const joins = index + 1 < columns.length ? [0, 1, 2] : [0];
      const options = column.isAisle ? configurations(column.ys, length) : DEPOT_ONLY;
      for (const entry of entries) {
        if (entry === undefined) continue;
        for (const configuration of options) {
          const served = SERVE[entry.state * KINDS.length + configuration.kind] as number;
          if (served < 0) continue;
          for (const front of joins) {
            for (const back of joins) {
              const joined = JOIN[served * 9 + front * 3 + back] as number;
              if (joined < 0) continue;
              const cost = entry.cost + configuration.cost + (front + back) * width;
              const existing = next[joined];
              if (existing === undefined || cost < existing.cost)
                next[joined] = { state: joined, cost, from: entry, configuration, front, back };
            }
          }
        }
      }
      entries = next;
    });
    const best = entries[CLOSED];
    if (best === undefined) throw new RangeError('optimal.route: no tour found');
    const verticals = columns.map((): Array<readonly [number, number, number]> => []);
    const horizontals = columns.map((): Array<readonly [number, number]> => []);
    let entry: Entry | undefined = best;
    for (let index = columns.length - 1; index >= 0 && entry?.configuration !== undefined; index--) {
      for (const item of entry.configuration.segments) verticals[index]?.push(item);
      horizontals[index]?.push([0, entry.front], [length, entry.back]);
      entry = entry.from;
    }
    return tourFromEdges(layout, picks, columns, [0, length], { verticals, horizontals }, best.cost);
  },
  distance(layout, picks): number {
    if (picks.length === 0) return 0;
    if ((layout.blocks ?? 1) > 1) return optimalMultiBlock(layout, picks).distance;
    return shortestLength(layout, picks);
  },
});
