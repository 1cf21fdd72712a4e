import { solveUnitAssignment } from '../engine/node.js';

/** Solve time of the carrier LP (5 carriers, binding capacities) at 1,000 and 5,000 parcels: first solve and best of 5. */
export function printCarrierAssignment(): void {
  let seed = 1;
  const uniform = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  console.log('carrier lp (transportation problem, 5 carriers, capacities 105% of parcels):');
  for (const parcels of [1000, 5000]) {
    const cost = Array.from({ length: parcels }, () => Array.from({ length: 5 }, () => 5 + uniform() * 20));
    const capacity = [0.3, 0.3, 0.2, 0.15, 0.1].map((share) => Math.floor(share * parcels));
    const times: number[] = [];
    for (let round = 0; round < 6; round++) {
      const start = performance.now();
      solveUnitAssignment({ cost, capacity });
      times.push(performance.now() - start);
    }
    console.log(
      `  ${parcels.toLocaleString('en-US')} parcels: first ${(times[0] as number).toFixed(1)} ms, best ${Math.min(...times.slice(1)).toFixed(1)} ms (target: well under 1 s)`,
    );
  }
}
