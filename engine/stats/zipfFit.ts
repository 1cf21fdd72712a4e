import { linearRegression, rSquared } from 'simple-statistics';

/** A Zipf law fitted to counts by rank: P(rank k) = k^-exponent / H(n, exponent). */
export interface ZipfFit {
  readonly exponent: number;
  /** Ranks the law spreads over (the counts' length, SKUs never seen included). */
  readonly ranks: number;
  /** Total variation distance between the observed shares and the law's: the share of demand it puts on other ranks. */
  readonly distance: number;
  /** R² of ln(count) on ln(rank) over the ranks seen (a straight line on log-log axes is Zipf). */
  readonly logLogRSquared: number;
}

const MAX_EXPONENT = 10;

/** The law's shares over `ranks` ranks. */
export function zipfShares(exponent: number, ranks: number): Float64Array {
  const shares = new Float64Array(ranks);
  let total = 0;
  for (let k = 0; k < ranks; k++) total += shares[k] = (k + 1) ** -exponent;
  for (let k = 0; k < ranks; k++) shares[k] = (shares[k] as number) / total;
  return shares;
}

/** d/ds of the log-likelihood divided by the sample size: E_s[ln k] − mean observed ln k (decreasing in s). */
function score(exponent: number, logRanks: Float64Array, meanLogRank: number): number {
  let total = 0;
  let weighted = 0;
  for (const logRank of logRanks) {
    const p = Math.exp(-exponent * logRank);
    total += p;
    weighted += p * logRank;
  }
  return weighted / total - meanLogRank;
}

/**
 * Fits a Zipf exponent by maximum likelihood to counts in descending order (index 0 = rank 1):
 * the exponent at which the law's mean ln(rank) equals the sample's (the score equation,
 * solved by bisection on [0, 10]). Ranks are the observed order, so sampling noise in the tail
 * flattens it slightly; the distance says how much demand the law misplaces.
 */
export function fitZipf(countsByRank: readonly number[]): ZipfFit {
  const ranks = countsByRank.length;
  const total = countsByRank.reduce((sum, count) => sum + count, 0);
  const meanLogRank = countsByRank.reduce((sum, count, index) => sum + count * Math.log(index + 1), 0) / total;
  const logRanks = Float64Array.from({ length: ranks }, (_, index) => Math.log(index + 1));
  let low = 0;
  let high = MAX_EXPONENT;
  if (score(low, logRanks, meanLogRank) <= 0) high = 0;
  for (let step = 0; step < 60 && high - low > 1e-9; step++) {
    const middle = (low + high) / 2;
    if (score(middle, logRanks, meanLogRank) > 0) low = middle;
    else high = middle;
  }
  const exponent = (low + high) / 2;
  const shares = zipfShares(exponent, ranks);
  let distance = 0;
  countsByRank.forEach((count, index) => (distance += Math.abs(count / total - (shares[index] as number))));
  const points = countsByRank.flatMap((count, index) => (count > 0 ? [[Math.log(index + 1), Math.log(count)]] : []));
  const line = points.length >= 2 ? linearRegression(points) : undefined;
  const fitted = line === undefined ? 0 : rSquared(points, (x) => line.m * x + line.b);
  return { exponent, ranks, distance: distance / 2, logLogRSquared: Number.isFinite(fitted) ? fitted : 0 };
}
