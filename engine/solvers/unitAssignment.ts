/**
 * A transportation problem with unit supplies and few destinations: each item goes to at
 * most one destination, destination j takes at most `capacity[j]` items, item i costs
 * `cost[i][j]` at j (Infinity: not allowed). As many items as the capacities allow are
 * assigned (lexicographically first), then total cost is minimal.
 */
export interface UnitAssignmentProblem {
  readonly cost: readonly (readonly number[])[];
  readonly capacity: readonly number[];
}

/** Destination of each item (-1: left unassigned) and the total cost of the assigned ones. */
export interface UnitAssignment {
  readonly destination: number[];
  readonly cost: number;
}

/** A min-heap of (key, item) pairs; stale entries are skipped by the caller. */
class MinHeap {
  private readonly keys: number[] = [];
  private readonly items: number[] = [];
  push(key: number, item: number): void {
    const { keys, items } = this;
    let at = keys.length;
    keys.push(key);
    items.push(item);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if ((keys[parent] as number) <= key) break;
      keys[at] = keys[parent] as number;
      items[at] = items[parent] as number;
      at = parent;
    }
    keys[at] = key;
    items[at] = item;
  }
  get size(): number {
    return this.keys.length;
  }
  topKey(): number {
    return this.keys[0] as number;
  }
  topItem(): number {
    return this.items[0] as number;
  }
  pop(): void {
    const { keys, items } = this;
    const lastKey = keys.pop() as number;
    const lastItem = items.pop() as number;
    if (keys.length === 0) return;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= keys.length) break;
      if (child + 1 < keys.length && (keys[child + 1] as number) < (keys[child] as number)) child++;
      if ((keys[child] as number) >= lastKey) break;
      keys[at] = keys[child] as number;
      items[at] = items[child] as number;
      at = child;
    }
    keys[at] = lastKey;
    items[at] = lastItem;
  }
}

/** Relative rounding allowed in a sum of costs: a few units in the last place of a double. */
const ROUNDING = 8 * Number.EPSILON;

/**
 * Solves the problem exactly by successive shortest paths, adding one item at a time. The
 * residual network is contracted to the destinations: moving an item already placed at j to
 * j' costs cost[i][j'] - cost[i][j], and the cheapest such move per pair (j, j') sits on top of
 * a heap, so one item costs O(m³ + m² log n) for m destinations (Bellman-Ford over them; no
 * negative cycles after a shortest-path augmentation). The constraint matrix is totally
 * unimodular, so this integral optimum is also the LP optimum.
 */
export function solveUnitAssignment(problem: UnitAssignmentProblem): UnitAssignment {
  const { cost, capacity } = problem;
  const items = cost.length;
  const places = capacity.length;
  // A dummy destination "unassigned" with a cost above any assignment's total makes the
  // optimum assign as many items as possible before it minimises cost.
  let largest = 0;
  for (const row of cost) {
    if (row.length !== places) throw new RangeError(`solveUnitAssignment: a cost row has ${row.length} entries for ${places} destinations`);
    for (const value of row) {
      if (Number.isNaN(value) || value === -Infinity) throw new RangeError(`solveUnitAssignment: cost ${value} is not allowed`);
      if (Number.isFinite(value)) largest = Math.max(largest, Math.abs(value));
    }
  }
  // Above every chain of moves that ends at a real destination (its first placement and at most
  // one move a destination, each within 2 × largest), and no larger: the smaller it is, the less
  // the rounding of sums that pass through it (items × largest lost the cents at 10^8 a parcel).
  const unassignedCost = (2 * largest + 1) * (places + 2);
  const all = places + 1;
  const costAt = (item: number, place: number): number =>
    place === places ? unassignedCost : ((cost[item] as readonly number[])[place] as number);
  const spare = [...capacity.map((c) => Math.max(0, Math.floor(c))), Infinity];
  const destination = new Int32Array(items).fill(-1);
  const moves = Array.from({ length: all * all }, () => new MinHeap());
  const distance = new Float64Array(all);
  const previous = new Int32Array(all);
  const placeItem = (item: number, place: number): void => {
    destination[item] = place;
    const here = costAt(item, place);
    for (let to = 0; to < all; to++) {
      const there = costAt(item, to);
      if (to !== place && Number.isFinite(there)) (moves[place * all + to] as MinHeap).push(there - here, item);
    }
  };
  const cheapestMove = (from: number, to: number): number => {
    const heap = moves[from * all + to] as MinHeap;
    while (heap.size > 0 && destination[heap.topItem()] !== from) heap.pop();
    return heap.size > 0 ? heap.topKey() : Infinity;
  };
  for (let item = 0; item < items; item++) {
    for (let place = 0; place < all; place++) {
      distance[place] = costAt(item, place);
      previous[place] = -1;
    }
    for (let round = 0; round < all; round++) {
      let changed = false;
      for (let from = 0; from < all; from++) {
        const base = distance[from] as number;
        if (!Number.isFinite(base)) continue;
        for (let to = 0; to < all; to++) {
          if (to === from) continue;
          const through = base + cheapestMove(from, to);
          const current = distance[to] as number;
          // Better by more than the sum's rounding (a place not reached yet is improved by every
          // path): a step "better" by rounding alone could close a cycle of predecessors.
          const margin = Number.isFinite(current) ? 1e-9 + ROUNDING * (Math.abs(base) + Math.abs(current)) : 0;
          if (through < current - margin) {
            distance[to] = through;
            previous[to] = from;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    let end = -1;
    for (let place = 0; place < all; place++) {
      if ((spare[place] as number) > 0 && (end < 0 || (distance[place] as number) < (distance[end] as number))) end = place;
    }
    spare[end] = (spare[end] as number) - 1;
    // Walk the path back: each hop from -> to moves the cheapest item at `from` on to `to`.
    let hops: Array<[number, number]> = [];
    for (let place = end; previous[place] !== -1; place = previous[place] as number) {
      // A shortest path visits each destination once: more hops mean a cycle that rounding closed
      // (costs 10^10 and more beside costs of 10). Then the item goes straight to `end` when it
      // may (else it stays unassigned) and no item moves: feasible, not always the cheapest.
      if (hops.length === all) {
        hops = [];
        if (!Number.isFinite(costAt(item, end))) {
          spare[end] = (spare[end] as number) + 1;
          end = places;
        }
        break;
      }
      hops.push([previous[place] as number, place]);
    }
    const movers = hops.map(([from, to]) => {
      cheapestMove(from, to);
      return (moves[from * all + to] as MinHeap).topItem();
    });
    hops.forEach(([, to], hop) => placeItem(movers[hop] as number, to));
    placeItem(item, hops.length > 0 ? (hops[hops.length - 1] as [number, number])[0] : end);
  }
  let total = 0;
  const result = Array.from(destination, (place, item) => {
    if (place === places) return -1;
    total += costAt(item, place);
    return place;
  });
  return { destination: result, cost: total };
}
