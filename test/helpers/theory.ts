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

/** Erlang-C probability of waiting and mean wait in queue for M/M/c (rates per the same time unit). */
export function erlangC(arrivalRate: number, serviceRate: number, servers: number): { waitProbability: number; meanWait: number } {
  const load = arrivalRate / serviceRate;
  let term = 1;
  let sum = 1;
  for (let k = 1; k < servers; k++) {
    term *= load / k;
    sum += term;
  }
  const last = ((term * load) / servers) / (1 - load / servers);
  const waitProbability = last / (sum + last);
  return { waitProbability, meanWait: waitProbability / (servers * serviceRate - arrivalRate) };
}

/** Erlang-B blocking probability B(servers, load). */
export function erlangB(servers: number, load: number): number {
  let blocking = 1;
  for (let k = 1; k <= servers; k++) blocking = (load * blocking) / (k + load * blocking);
  return blocking;
}
