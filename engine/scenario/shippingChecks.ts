import type { Scenario } from './schema/scenario.js';
import type { InputProblem } from './ScenarioError.js';

/** Rate cards need a price beyond their last break; freight needs a threshold and a name of its own. */
export function shippingProblems(shipping: Scenario['shipping']): InputProblem[] {
  const problems: InputProblem[] = [];
  shipping.carriers.forEach((carrier, index) => {
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
  if (freight.overWeightKg === undefined && freight.overUnits === undefined)
    problems.push({ path: ['shipping', 'freight'], message: 'expected overWeightKg or overUnits: which orders ship as freight' });
  if (shipping.carriers.some((carrier) => carrier.name === freight.carrier))
    problems.push({
      path: ['shipping', 'freight', 'carrier'],
      message: `expected a freight carrier name unlike the parcel carriers', "${freight.carrier}" is one of them`,
    });
  return problems;
}
