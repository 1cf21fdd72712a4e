/** One swept field and the values it takes. */
export interface SweepAxis {
  readonly path: string;
  readonly values: readonly unknown[];
}

/** One grid point: a value for every axis, in axis order. */
export interface SweepPoint {
  readonly index: number;
  readonly settings: ReadonlyArray<{ readonly path: string; readonly value: unknown }>;
}

/** The full grid, first axis varying slowest (like nested loops in the order given). */
export function sweepGrid(axes: readonly SweepAxis[]): SweepPoint[] {
  let combinations: Array<Array<{ path: string; value: unknown }>> = [[]];
  for (const axis of axes)
    combinations = combinations.flatMap((combination) => axis.values.map((value) => [...combination, { path: axis.path, value }]));
  return combinations.map((settings, index) => ({ index, settings }));
}

/** "warehouse.pickers=8, inventory.policy.reorderPoint=20". */
export function describePoint(point: SweepPoint): string {
  return point.settings.map(({ path, value }) => `${path}=${typeof value === 'string' ? value : JSON.stringify(value)}`).join(', ');
}
