import { AliasTable } from '../AliasTable.js';
import type { DistributionFamily } from './types.js';

/** Parameters of a discrete empirical distribution; equal weights when `weights` is absent. */
export interface EmpiricalParams {
  readonly values: readonly number[];
  readonly weights?: readonly number[];
}

function probabilities({ values, weights }: EmpiricalParams): number[] {
  const raw = weights ?? values.map(() => 1);
  const total = raw.reduce((sum, weight) => sum + weight, 0);
  return raw.map((weight) => weight / total);
}

/** Draws one of `values` with probability proportional to its weight (alias method). */
export const empirical: DistributionFamily<EmpiricalParams> = {
  sampler: (params, stream) => {
    const table = new AliasTable(params.weights ?? params.values.map(() => 1));
    const values = params.values;
    return () => values[table.draw(stream)] as number;
  },
  mean: (params) => probabilities(params).reduce((sum, p, i) => sum + p * (params.values[i] as number), 0),
  variance: (params) => {
    const p = probabilities(params);
    const mean = p.reduce((sum, pi, i) => sum + pi * (params.values[i] as number), 0);
    return p.reduce((sum, pi, i) => sum + pi * ((params.values[i] as number) - mean) ** 2, 0);
  },
};
