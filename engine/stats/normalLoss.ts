import { erfc } from './normalQuantile.js';

/** Standard normal density. */
const normalDensity = (x: number): number => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);

/** Standard normal loss function G(k) = E[(Z - k)+] = φ(k) - k (1 - Φ(k)). */
export function normalLoss(k: number): number {
  return normalDensity(k) - k * 0.5 * erfc(k / Math.SQRT2);
}

/** The safety factor k with G(k) = loss (bisection; G falls from +∞ to 0). */
export function inverseNormalLoss(loss: number): number {
  let low = -10;
  let high = 10;
  for (let i = 0; i < 100; i++) {
    const middle = (low + high) / 2;
    if (normalLoss(middle) > loss) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
