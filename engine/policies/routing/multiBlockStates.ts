import { addDegree, KINDS, type Degree } from './aisleConfigurations.js';

/** Bell numbers: the ways to partition n nodes into components. */
const BELL = [1, 1, 2, 5, 15];

/** The most cross aisles (nodes per column) the state tables are sized for: three blocks. */
export const MAX_CROSS_AISLES = BELL.length - 1;

/** A partial tour as seen at one column's cross-aisle nodes (front first). */
interface NodeState {
  readonly degrees: readonly Degree[];
  /** Component of each node with edges (1, 2, ... in order of first appearance); 0 for none. */
  readonly labels: readonly number[];
  readonly closed: boolean;
}

/**
 * The states of the multi-block dynamic program for one number of cross aisles, interned as
 * small integers, with memoised transitions: serving one sub-aisle with one of the six
 * patterns, and joining every node to the next column by 0, 1 or 2 cross-aisle edges.
 */
export class MultiBlockStates {
  private static readonly byNodes = new Map<number, MultiBlockStates>();
  private readonly ids = new Map<string, number>();
  private readonly states: NodeState[] = [];
  // Memoised transitions in flat typed arrays (-2: not computed yet, -1: not allowed).
  private readonly served: Int32Array;
  private readonly joined: Int32Array;
  /** Number of ways to join a column to the next: 3 ** nodes. */
  readonly joinCodes: number;
  /** Cross-aisle edges used by each join code. */
  readonly edgesOfCode: Int8Array;
  readonly start: number;
  readonly closed: number;

  private constructor(readonly nodes: number) {
    this.joinCodes = 3 ** nodes;
    this.edgesOfCode = Int8Array.from({ length: this.joinCodes }, (_, code) => {
      let edges = 0;
      for (let node = 0; node < nodes; node++) edges += MultiBlockStates.copies(code, node);
      return edges;
    });
    // At most 3^nodes degree classes times Bell(nodes) partitions into components, open or closed.
    const capacity = this.joinCodes * (BELL[nodes] as number) * 2;
    this.served = new Int32Array(capacity * nodes * KINDS.length).fill(-2);
    this.joined = new Int32Array(capacity * this.joinCodes).fill(-2);
    const zeros = new Array<number>(nodes).fill(0);
    this.start = this.intern({ degrees: zeros as Degree[], labels: zeros, closed: false });
    this.closed = this.intern({ degrees: zeros as Degree[], labels: zeros, closed: true });
  }

  static forNodes(nodes: number): MultiBlockStates {
    if (nodes > MAX_CROSS_AISLES) throw new RangeError(`optimal routing handles at most ${MAX_CROSS_AISLES - 1} blocks`);
    let space = MultiBlockStates.byNodes.get(nodes);
    if (space === undefined) MultiBlockStates.byNodes.set(nodes, (space = new MultiBlockStates(nodes)));
    return space;
  }

  /** Copies of the cross-aisle edge leaving node `node` under join code `code`. */
  static copies(code: number, node: number): number {
    return Math.floor(code / 3 ** node) % 3;
  }

  /** The state after serving the sub-aisle between nodes `sub` and `sub + 1` with pattern `kind` (-1: not allowed). */
  serve(state: number, sub: number, kind: number): number {
    const slot = (state * this.nodes + sub) * KINDS.length + kind;
    let next = this.served[slot] as number;
    if (next === -2) this.served[slot] = next = this.computeServe(state, sub, kind);
    return next;
  }

  /** The state after joining every node to the next column by the edges of `code` (-1: not allowed). */
  join(state: number, code: number): number {
    const slot = state * this.joinCodes + code;
    let next = this.joined[slot] as number;
    if (next === -2) this.joined[slot] = next = this.computeJoin(state, code);
    return next;
  }

  private computeServe(id: number, sub: number, kind: number): number {
    const state = this.states[id] as NodeState;
    const pattern = KINDS[kind] as (typeof KINDS)[number];
    if (state.closed) return kind === 0 ? id : -1;
    const degrees = state.degrees.slice();
    const labels = state.labels.slice();
    let fresh = Math.max(0, ...labels) + 1;
    const touch = (node: number, degree: Degree): void => {
      if (degree === 0) return;
      if (degrees[node] === 0) labels[node] = fresh++;
      degrees[node] = addDegree(degrees[node] as Degree, degree);
    };
    touch(sub, pattern.a);
    touch(sub + 1, pattern.b);
    if (pattern.connects) {
      const from = labels[sub + 1] as number;
      const to = labels[sub] as number;
      for (let node = 0; node < this.nodes; node++) if (labels[node] === from) labels[node] = to;
    }
    return this.intern({ degrees, labels, closed: false });
  }

  private computeJoin(id: number, code: number): number {
    const state = this.states[id] as NodeState;
    if (state.closed) return code === 0 ? id : -1;
    const leaving = new Set<number>();
    for (let node = 0; node < this.nodes; node++) {
      const copies = MultiBlockStates.copies(code, node);
      const degree = state.degrees[node] as Degree;
      // A node's degree is final once the edges to the right are added: it must be even.
      if ((degree === 1) !== (copies === 1)) return -1;
      // Edges from a node with no edges would be a spur to nowhere.
      if (copies > 0 && degree === 0) return -1;
      if (copies > 0) leaving.add(state.labels[node] as number);
    }
    const components = new Set(state.labels.filter((label) => label > 0));
    if (code === 0) {
      if (components.size === 0) return id;
      return components.size === 1 ? this.closed : -1;
    }
    // Every component must continue to the right, or it would be cut off from the rest.
    if (leaving.size !== components.size) return -1;
    const degrees = state.degrees.map((_, node) => MultiBlockStates.copies(code, node) as Degree);
    const labels = state.labels.map((label, node) => (degrees[node] === 0 ? 0 : label));
    return this.intern({ degrees, labels, closed: false });
  }

  /** Interns a state with its labels renumbered by first appearance. */
  private intern(state: NodeState): number {
    const renumber = new Map<number, number>();
    const labels = state.labels.map((label) => {
      if (label === 0) return 0;
      let canonical = renumber.get(label);
      if (canonical === undefined) renumber.set(label, (canonical = renumber.size + 1));
      return canonical;
    });
    const key = `${state.degrees.join('')}|${labels.join(',')}|${state.closed ? 1 : 0}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.states.length;
      this.ids.set(key, id);
      this.states.push({ degrees: state.degrees, labels, closed: state.closed });
    }
    return id;
  }
}
