import type { Distribution } from '../../kernel/random/distributions/index.js';
import { seconds } from '../duration.js';
import type {
  AmountDistributionJson,
  ContinuousDistributionJson,
  CountDistributionJson,
  DurationDistributionJson,
} from '../schema/distribution.js';

function convert<P>(json: ContinuousDistributionJson<P>, value: (param: P) => number): Distribution {
  switch (json.dist) {
    case 'constant':
      return { dist: 'constant', value: value(json.value) };
    case 'exponential':
      return { dist: 'exponential', mean: value(json.mean) };
    case 'uniform':
      return { dist: 'uniform', min: value(json.min), max: value(json.max) };
    case 'triangular':
      return { dist: 'triangular', min: value(json.min), mode: value(json.mode), max: value(json.max) };
    case 'normal':
    case 'lognormal':
    case 'gamma':
      return { dist: json.dist, mean: value(json.mean), sd: value(json.sd) };
    case 'empirical':
      return json.weights === undefined
        ? { dist: 'empirical', values: json.values.map(value) }
        : { dist: 'empirical', values: json.values.map(value), weights: json.weights };
  }
}

/** A duration distribution from the scenario, in engine seconds. */
export function toDurationDistribution(json: DurationDistributionJson): Distribution {
  return convert(json, seconds);
}

/** An amount distribution (money, kg) from the scenario. */
export function toAmountDistribution(json: AmountDistributionJson): Distribution {
  return convert(json, (value) => value);
}

/** A count distribution from the scenario. */
export function toCountDistribution(json: CountDistributionJson): Distribution {
  switch (json.dist) {
    case 'constant':
      return { dist: 'constant', value: json.value };
    case 'poisson':
      return { dist: 'poisson', mean: json.mean, shift: json.shift };
    case 'empirical':
      return json.weights === undefined
        ? { dist: 'empirical', values: json.values }
        : { dist: 'empirical', values: json.values, weights: json.weights };
  }
}
