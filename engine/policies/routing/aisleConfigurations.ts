// Ratliff & Rosenthal (1983): in a shortest tour, the edges inside one aisle (or one
// sub-aisle between two cross aisles) follow one of six patterns. Each pattern changes the
// degree of the aisle's lower and upper nodes and may connect them.

/** A node's degree class: 0 (no edge), 1 (odd), 2 (even and above zero). */
export type Degree = 0 | 1 | 2;

export const addDegree = (left: Degree, right: Degree): Degree => (left === 0 ? right : right === 0 ? left : left === right ? 2 : 1);

/** How one (sub-)aisle is served: edges at its lower and upper nodes, and the vertical segments used. */
export interface Configuration {
  /** Which of the six patterns (see KINDS): the index transition tables are built on. */
  readonly kind: number;
  readonly a: Degree;
  readonly b: Degree;
  readonly connects: boolean;
  readonly cost: number;
  /** Vertical segments [y1, y2] (from the aisle's lower end) and their multiplicity. */
  readonly segments: ReadonlyArray<readonly [number, number, number]>;
}

/** The six patterns: none, traverse once, traverse twice, return from below, return from above, skip the largest gap. */
export const KINDS: ReadonlyArray<Pick<Configuration, 'a' | 'b' | 'connects'>> = [
  { a: 0, b: 0, connects: false },
  { a: 1, b: 1, connects: true },
  { a: 2, b: 2, connects: true },
  { a: 2, b: 0, connects: false },
  { a: 0, b: 2, connects: false },
  { a: 2, b: 2, connects: false },
];

/** The depot between two aisles: visited where it stands, on the front cross aisle (a loop of length 0). */
export const DEPOT_ONLY: readonly Configuration[] = [{ kind: 3, a: 2, b: 0, connects: false, cost: 0, segments: [[0, 0, 2]] }];

/** Only "none": a column without an aisle (the depot's own position) above the front cross aisle. */
export const NOTHING: readonly Configuration[] = [{ kind: 0, a: 0, b: 0, connects: false, cost: 0, segments: [] }];

/** The index i of the largest gap ys[i]..ys[i + 1] between stops (the first of equal ones); -1 with fewer than two stops. */
export function largestGapIndex(ys: readonly number[]): number {
  return largestGapIn(ys, 0, ys.length);
}

/** `largestGapIndex` of the stops `ys[from]` up to `ys[to]` (exclusive), as an index into `ys`; -1 with fewer than two. */
export function largestGapIn(ys: ArrayLike<number>, from: number, to: number): number {
  let gap = -1;
  for (let i = from; i + 1 < to; i++) {
    if (gap < 0 || (ys[i + 1] as number) - (ys[i] as number) > (ys[gap + 1] as number) - (ys[gap] as number)) gap = i;
  }
  return gap;
}

/** The candidate patterns for an aisle of `length` metres with stops at `ys` (sorted, 0..length). */
export function configurations(ys: readonly number[], length: number): Configuration[] {
  const traverse: Configuration[] = [
    { kind: 1, a: 1, b: 1, connects: true, cost: length, segments: [[0, length, 1]] },
    { kind: 2, a: 2, b: 2, connects: true, cost: 2 * length, segments: [[0, length, 2]] },
  ];
  if (ys.length === 0) return [...NOTHING, ...traverse];
  const lowest = ys[0] as number;
  const highest = ys[ys.length - 1] as number;
  const options: Configuration[] = [
    ...traverse,
    { kind: 3, a: 2, b: 0, connects: false, cost: 2 * highest, segments: [[0, highest, 2]] },
    { kind: 4, a: 0, b: 2, connects: false, cost: 2 * (length - lowest), segments: [[lowest, length, 2]] },
  ];
  const gap = largestGapIndex(ys);
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
