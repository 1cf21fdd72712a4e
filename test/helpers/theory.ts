/** Poisson probability mass P(N = k) for mean `mean`. */
export function poissonPmf(k: number, mean: number): number {
  let logFactorial = 0;
  for (let i = 2; i <= k; i++) logFactorial += Math.log(i);
  return Math.exp(-mean + k * Math.log(mean) - logFactorial);
}

/** E[(S - D)+], P(D <= S - 1) and E[(D - S)+] for D ~ Poisson(mean): base-stock on hand, fill rate, backorders. */
export function baseStockPoisson(level: number, mean: number): { fillRate: number; onHand: number; backorders: number } {
  let fillRate = 0;
  let onHand = 0;
  for (let d = 0; d < level; d++) {
    const p = poissonPmf(d, mean);
    fillRate += p;
    onHand += (level - d) * p;
  }
  return { fillRate, onHand, backorders: mean - level + onHand };
}

/**
 * Base-stock figures averaged over an inventory position uniform on low..high, with Poisson
 * lead-time demand of mean `mean`: (r, Q) (positions r+1..r+Q) and (s, S) with unit demands (s+1..S).
 */
export function uniformPositionTheory(low: number, high: number, mean: number): { fillRate: number; onHand: number; backorders: number } {
  const positions = high - low + 1;
  let [fillRate, onHand, backorders] = [0, 0, 0];
  for (let position = low; position <= high; position++) {
    const exact = baseStockPoisson(position, mean);
    fillRate += exact.fillRate / positions;
    onHand += exact.onHand / positions;
    backorders += exact.backorders / positions;
  }
  return { fillRate, onHand, backorders };
}

/** Erlang-C probability of waiting and mean wait in queue for M/M/c (rates per the same time unit). */
export function erlangC(arrivalRate: number, serviceRate: number, servers: number): { waitProbability: number; meanWait: number } {
  const load = arrivalRate / serviceRate;
  let term = 1;
  let sum = 1;
  for (let k = 1; k < servers; k++) {
    term *= load / k;
    sum += term;
  }
  const last = (term * load) / servers / (1 - load / servers);
  const waitProbability = last / (sum + last);
  return { waitProbability, meanWait: waitProbability / (servers * serviceRate - arrivalRate) };
}

/** Erlang-B blocking probability B(servers, load). */
export function erlangB(servers: number, load: number): number {
  let blocking = 1;
  for (let k = 1; k <= servers; k++) blocking = (load * blocking) / (k + load * blocking);
  return blocking;
}

/**
 * Periodic-review (R, s, S) with backorders, Poisson demand (rate per day) and a constant lead
 * time, by a Markov chain: the inventory position after a review, y in s+1..S, moves to y - k
 * with probability P(k demands in R) while that stays above s, else back to S. With a constant
 * lead time no orders cross, so net inventory L + tau after a review (0 <= tau < R) is y minus
 * the demand in L + tau; on hand and backorders are its positive and negative parts, averaged
 * over tau (midpoint rule) and over the stationary distribution.
 */
export function periodicMinMaxTheory(
  reviewDays: number,
  reorderPoint: number,
  orderUpTo: number,
  perDay: number,
  leadDays: number,
): { onHand: number; backorders: number } {
  const states = orderUpTo - reorderPoint;
  const index = (position: number): number => position - reorderPoint - 1;
  const reviewDemand = perDay * reviewDays;
  let distribution = new Array<number>(states).fill(1 / states);
  for (let iteration = 0; iteration < 5000; iteration++) {
    const next = new Array<number>(states).fill(0);
    distribution.forEach((probability, from) => {
      const position = from + reorderPoint + 1;
      let stays = 0;
      for (let k = 0; position - k > reorderPoint; k++) {
        const p = poissonPmf(k, reviewDemand);
        next[index(position - k)] = (next[index(position - k)] as number) + probability * p;
        stays += p;
      }
      next[index(orderUpTo)] = (next[index(orderUpTo)] as number) + probability * (1 - stays);
    });
    distribution = next;
  }
  const steps = 400;
  let onHand = 0;
  let backorders = 0;
  distribution.forEach((probability, at) => {
    const position = at + reorderPoint + 1;
    for (let step = 0; step < steps; step++) {
      const mean = perDay * (leadDays + ((step + 0.5) / steps) * reviewDays);
      let expectedOnHand = 0;
      let below = 0;
      for (let k = 0; k < position; k++) {
        const p = poissonPmf(k, mean);
        expectedOnHand += (position - k) * p;
        below += p * (position - k);
      }
      // E[(D - y)+] = E[D] - y + E[(y - D)+].
      onHand += (probability * expectedOnHand) / steps;
      backorders += (probability * (mean - position + below)) / steps;
    }
  });
  return { onHand, backorders };
}
