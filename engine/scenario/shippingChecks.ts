import { clockSeconds } from './duration.js';
import type { Scenario } from './schema/scenario.js';
import type { InputProblem } from './ScenarioError.js';

/** A cut-off after its pick-up: a parcel labelled between them would be booked on a pick-up already gone. */
function lateCutoff(schedule: { readonly cutoff: string; readonly pickup: string }, path: Array<string | number>): InputProblem[] {
  if (clockSeconds(schedule.cutoff) <= clockSeconds(schedule.pickup)) return [];
  return [{ path: [...path, 'cutoff'], message: `expected a cut-off at or before the pick-up (${schedule.pickup})` }];
}

/** Cut-offs come before their pick-ups; rate cards need a price beyond their last break; freight needs a threshold and a name of its own. */
export function shippingProblems(shipping: Scenario['shipping']): InputProblem[] {
  const problems: InputProblem[] = [];
  shipping.carriers.forEach((carrier, index) => {
    problems.push(...lateCutoff(carrier, ['shipping', 'carriers', index]));
    for (const [service, lane] of Object.entries(carrier.services)) {
      if (lane.rateCard !== undefined && lane.perKgOverRateCard === undefined)
        problems.push({
          path: ['shipping', 'carriers', index, 'services', service, 'perKgOverRateCard'],
          message: "expected a charge per kg above the rate card's last weight break (0 to charge the last row's price)",
        });
    }
  });
  const freight = shipping.freight;
  if (freight === undefined) return problems;
  problems.push(...lateCutoff(freight, ['shipping', 'freight']));
  if (freight.overWeightKg === undefined && freight.overUnits === undefined)
    problems.push({ path: ['shipping', 'freight'], message: 'expected overWeightKg or overUnits: which orders ship as freight' });
  if (shipping.carriers.some((carrier) => carrier.name === freight.carrier))
    problems.push({
      path: ['shipping', 'freight', 'carrier'],
      message: `expected a freight carrier name unlike the parcel carriers', "${freight.carrier}" is one of them`,
    });
  return problems;
}
