/**
 * The simulator draws an order's SKUs by popularity and merges a SKU drawn twice into one line,
 * so `linesPerOrder` counts draws while a history's lines are distinct SKUs. For draws
 * N = shift + Poisson(mean), the expected number of distinct SKUs is, by the Poisson
 * generating function E[z^X] = exp(mean·(z − 1)) at z = 1 − p:
 *   E[distinct] = Σ_i 1 − (1 − p_i)^shift · exp(−mean · p_i).
 * These functions invert it so the simulated lines per order match the history's.
 */

/** Expected distinct SKUs of shift + Poisson(mean) draws over SKU shares `shares` (summing to 1). */
export function expectedDistinctLines(shift: number, mean: number, shares: Float64Array): number {
  let distinct = 0;
  for (const p of shares) distinct += 1 - (1 - p) ** shift * Math.exp(-mean * p);
  return distinct;
}

/** Expected distinct SKUs of exactly `draws` draws. */
export function expectedDistinctOfDraws(draws: number, shares: Float64Array): number {
  let distinct = 0;
  for (const p of shares) distinct += 1 - (1 - p) ** draws;
  return distinct;
}

/**
 * The Poisson mean of draws whose expected distinct SKUs is `targetLines` (bisection; the
 * expectation grows with the mean). Undefined when no mean reaches it (fewer SKUs than lines).
 */
export function drawsMeanForLines(shift: number, targetLines: number, shares: Float64Array): number | undefined {
  if (expectedDistinctLines(shift, 0, shares) >= targetLines) return Math.max(0, targetLines - shift);
  let low = 0;
  let high = Math.max(1, targetLines);
  for (let doubling = 0; expectedDistinctLines(shift, high, shares) < targetLines; doubling++) {
    if (doubling > 40) return undefined;
    high *= 2;
  }
  for (let step = 0; step < 100 && high - low > 1e-9 * high; step++) {
    const middle = (low + high) / 2;
    if (expectedDistinctLines(shift, middle, shares) < targetLines) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** How many draws past a table value the search for its draw count goes before leaving the value as it is. */
export const MAX_EXTRA_DRAWS = 1000;

/**
 * Draw counts for an empirical table of distinct lines: each value k becomes the two draw
 * counts n and n + 1 around it, weighted so their expected distinct SKUs average k (the
 * expectation is concave in n, so n >= k). The table's mean is kept exactly; its spread
 * roughly. Values no number of draws reaches (more than the SKUs can give), or only past
 * MAX_EXTRA_DRAWS more draws, stay as they are.
 */
export function drawsTableForLines(
  values: readonly number[],
  weights: readonly number[],
  shares: Float64Array,
): { values: number[]; weights: number[] } {
  const table = new Map<number, number>();
  const add = (draws: number, weight: number): void => {
    if (weight > 0) table.set(draws, (table.get(draws) ?? 0) + weight);
  };
  values.forEach((lines, index) => {
    const weight = weights[index] as number;
    let draws = Math.max(1, lines);
    let below = expectedDistinctOfDraws(draws, shares);
    let above = expectedDistinctOfDraws(draws + 1, shares);
    // Bounded: near the catalog's size distinct SKUs grow ever slower (the coupon collector).
    for (let step = 0; above <= lines && above - below > 1e-9; step++) {
      if (step >= MAX_EXTRA_DRAWS) {
        draws = lines;
        below = lines;
        break;
      }
      draws++;
      below = above;
      above = expectedDistinctOfDraws(draws + 1, shares);
    }
    if (above - below <= 1e-9 || below >= lines) add(draws, weight);
    else {
      const upper = (lines - below) / (above - below);
      add(draws, weight * (1 - upper));
      add(draws + 1, weight * upper);
    }
  });
  const sorted = [...table].sort(([p], [q]) => p - q);
  return { values: sorted.map(([draws]) => draws), weights: sorted.map(([, weight]) => Number(weight.toFixed(4))) };
}
