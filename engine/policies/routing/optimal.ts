import type { FloorPoint, PickLocation, Route, RoutingLayout, RoutingPolicy } from '../types.js';
import { eulerWalk } from './eulerWalk.js';

// Ratliff & Rosenthal (1983): a dynamic program over the aisles, left to right. A partial
// tour is summarised by the degree class of the current aisle's front node (a) and back node
// (b) (0: no edge, 1: odd, 2: even > 0), whether a and b are in the same component, and
// whether the tour is already closed. Each aisle is served by one of six configurations and
// joined to the next by 0, 1 or 2 copies of the front and of the back cross-aisle edge; the
// optimum is an Eulerian multigraph, walked from the depot by Hierholzer's algorithm.

type Degree = 0 | 1 | 2;

interface State {
  readonly a: Degree;
  readonly b: Degree;
  readonly same: boolean;
  readonly closed: boolean;
}

/** How one aisle is served: edges at its front and back nodes, and the vertical segments used. */
interface Configuration {
  /** Index into the transition table: which (a, b, connects) combination this is. */
  readonly kind: number;
  readonly a: Degree;
  readonly b: Degree;
  readonly connects: boolean;
  readonly cost: number;
  /** Vertical segments [y1, y2] and their multiplicity. */
  readonly segments: ReadonlyArray<readonly [number, number, number]>;
}

interface Column {
  readonly x: number;
  /** False for the depot's own position between two aisles: no walking along it. */
  readonly isAisle: boolean;
  /** Stops sorted by y: picks (and the depot, at y = 0). */
  readonly ys: readonly number[];
}

const addDegree = (left: Degree, right: Degree): Degree => (left === 0 ? right : right === 0 ? left : left === right ? 2 : 1);

/** The depot between two aisles: visited where it stands, on the front cross aisle. */
const DEPOT_ONLY: Configuration[] = [{ kind: 3, a: 2, b: 0, connects: false, cost: 0, segments: [[0, 0, 2]] }];

/** The aisle configurations of Ratliff and Rosenthal for a column with stops `ys`. */
function configurations(ys: readonly number[], length: number): Configuration[] {
  const traverse: Configuration[] = [
    { kind: 1, a: 1, b: 1, connects: true, cost: length, segments: [[0, length, 1]] },
    { kind: 2, a: 2, b: 2, connects: true, cost: 2 * length, segments: [[0, length, 2]] },
  ];
  if (ys.length === 0) return [{ kind: 0, a: 0, b: 0, connects: false, cost: 0, segments: [] }, ...traverse];
  const lowest = ys[0] as number;
  const highest = ys[ys.length - 1] as number;
  const options: Configuration[] = [
    ...traverse,
    { kind: 3, a: 2, b: 0, connects: false, cost: 2 * highest, segments: [[0, highest, 2]] },
    { kind: 4, a: 0, b: 2, connects: false, cost: 2 * (length - lowest), segments: [[lowest, length, 2]] },
  ];
  let gap = -1;
  for (let i = 0; i + 1 < ys.length; i++) {
    if (gap < 0 || (ys[i + 1] as number) - (ys[i] as number) > (ys[gap + 1] as number) - (ys[gap] as number)) gap = i;
  }
  if (gap >= 0) {
    const below = ys[gap] as number;
    const above = ys[gap + 1] as number;
    options.push({
      kind: 5,
      a: 2,
      b: 2,
      connects: false,
      cost: 2 * below + 2 * (length - above),
      segments: [
        [0, below, 2],
        [above, length, 2],
      ],
    });
  }
  return options;
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

const KINDS: ReadonlyArray<Pick<Configuration, 'a' | 'b' | 'connects'>> = [
  { a: 0, b: 0, connects: false },
  { a: 1, b: 1, connects: true },
  { a: 2, b: 2, connects: true },
  { a: 2, b: 0, connects: false },
  { a: 0, b: 2, connects: false },
  { a: 2, b: 2, connects: false },
];

// The transitions depend only on small integers, so they are tabulated once.
const SERVE = Int8Array.from({ length: STATE_SLOTS * KINDS.length }, (_, index) =>
  serve(Math.floor(index / KINDS.length), KINDS[index % KINDS.length] as Configuration),
);
const JOIN = Int8Array.from({ length: STATE_SLOTS * 9 }, (_, index) => join(Math.floor(index / 9), Math.floor((index % 9) / 3), index % 3));

/** Columns to route over: every aisle from the leftmost to the rightmost stop, and the depot's position. */
function columnsOf(layout: RoutingLayout, picks: readonly PickLocation[]): Column[] {
  const stops = new Map<number, number[]>();
  const add = (x: number, y: number): void => void (stops.get(x) ?? stops.set(x, []).get(x))?.push(y);
  for (const pick of picks) add(pick.aisle * layout.aisleSpacing, pick.y);
  add(layout.depotX, 0);
  const xs = [...stops.keys()];
  const first = Math.min(...xs);
  const last = Math.max(...xs);
  for (let aisle = 0; aisle < layout.aisles; aisle++) {
    const x = aisle * layout.aisleSpacing;
    if (x >= first && x <= last && !stops.has(x)) stops.set(x, []);
  }
  return [...stops.entries()]
    .sort((p, q) => p[0] - q[0])
    .map(([x, ys]) => ({ x, isAisle: Number.isInteger(Math.round((x / layout.aisleSpacing) * 1e9) / 1e9), ys: ys.sort((p, q) => p - q) }));
}

/** The shortest tour: Ratliff-Rosenthal dynamic programming over the aisles of one block. */
export const optimal: RoutingPolicy = {
  name: 'optimal',
  route(layout, picks): Route {
    if (picks.length === 0) return { distance: 0, sequence: [], path: [] };
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
              if (existing === undefined || cost < existing.cost) next[joined] = { state: joined, cost, from: entry, configuration, front, back };
            }
          }
        }
      }
      entries = next;
    });
    const best = entries[CLOSED];
    if (best === undefined) throw new RangeError('optimal.route: no tour found');
    // Rebuild the multigraph on integer nodes: every distinct stop of every column (its front
    // node first, its back node last); vertical segments split at every stop.
    const stopsOf = columns.map((column) => [...new Set([0, ...column.ys, length])]);
    const offsets: number[] = [];
    const points: FloorPoint[] = [];
    columns.forEach((column, index) => {
      offsets.push(points.length);
      for (const y of stopsOf[index] as number[]) points.push({ x: column.x, y });
    });
    const edges: number[] = [];
    let entry: Entry | undefined = best;
    for (let index = columns.length - 1; index >= 0 && entry?.configuration !== undefined; index--) {
      const stops = stopsOf[index] as number[];
      const offset = offsets[index] as number;
      for (const [from, to, copies] of entry.configuration.segments) {
        for (let stop = 0; stop + 1 < stops.length; stop++) {
          if ((stops[stop] as number) < from || (stops[stop + 1] as number) > to) continue;
          for (let copy = 0; copy < copies; copy++) edges.push(offset + stop, offset + stop + 1);
        }
        // A zero-length segment (the depot, or a pick at a cross aisle) is a loop at its node.
        if (from === to) for (let copy = 0; copy < copies; copy++) edges.push(offset + stops.indexOf(from), offset + stops.indexOf(from));
      }
      const rightOffset = offsets[index + 1];
      if (rightOffset !== undefined) {
        const rightBack = rightOffset + (stopsOf[index + 1] as number[]).length - 1;
        for (let copy = 0; copy < entry.front; copy++) edges.push(offset, rightOffset);
        for (let copy = 0; copy < entry.back; copy++) edges.push(offset + stops.length - 1, rightBack);
      }
      entry = entry.from;
    }
    const depotColumn = columns.findIndex((column) => column.x === layout.depotX);
    const depot = points[offsets[depotColumn] as number] as FloorPoint;
    const walk = (edges.length === 0 ? [depot, depot] : eulerWalk(points.length, edges, offsets[depotColumn] as number).map((node) => points[node] as FloorPoint)).filter(
      (point, i, all) => i === 0 || point !== all[i - 1],
    );
    if (walk.length === 1) walk.push(depot);
    // Keep turning points only, and list picks in the order the walk first reaches them.
    const path = walk.filter((point, i) => {
      const before = walk[i - 1];
      const after = walk[i + 1];
      if (before === undefined || after === undefined) return true;
      const straight = (before.x === point.x && point.x === after.x) || (before.y === point.y && point.y === after.y);
      const reverses = (after.x - point.x) * (point.x - before.x) + (after.y - point.y) * (point.y - before.y) < 0;
      return !straight || reverses;
    });
    const waiting = new Map<string, PickLocation[]>();
    for (const pick of picks) {
      const at = `${pick.aisle * layout.aisleSpacing},${pick.y}`;
      (waiting.get(at) ?? waiting.set(at, []).get(at))?.push(pick);
    }
    const sequence: PickLocation[] = [];
    for (const point of walk) {
      const at = `${point.x},${point.y}`;
      const found = waiting.get(at);
      if (found === undefined) continue;
      sequence.push(...found);
      waiting.delete(at);
    }
    return { distance: best.cost, sequence, path };
  },
};
