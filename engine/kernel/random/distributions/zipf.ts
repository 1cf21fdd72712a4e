import { AliasTable } from '../AliasTable.js';
import type { DistributionFamily } from './types.js';

/** Parameters of a Zipf law over ranks 1..n: P(k) proportional to k^-exponent. */
export interface ZipfParams {
  readonly exponent: number;
  readonly n: number;
}

/** Zipf weights k^-exponent for k = 1..n (unnormalised). */
export function zipfWeights({ exponent, n }: ZipfParams): number[] {
  return Array.from({ length: n }, (_, index) => (index + 1) ** -exponent);
}

function moment({ exponent, n }: ZipfParams, power: number): number {
  let total = 0;
  let weighted = 0;
  for (let k = 1; k <= n; k++) {
    const weight = k ** -exponent;
    total += weight;
    weighted += weight * k ** power;
  }
  return weighted / total;
}

/** Zipf rank in 1..n, drawn in O(1) with an alias table. */
export const zipf: DistributionFamily<ZipfParams> = {
  sampler: (params, stream) => {
    const table = new AliasTable(zipfWeights(params));
    return () => table.draw(stream) + 1;
  },
  mean: (params) => moment(params, 1),
  variance: (params) => moment(params, 2) - moment(params, 1) ** 2,
};
