import { clockToMinutes } from './clockMinutes.js';
import { getAt } from './jsonPath.js';
import type { Lever, ScenarioJson, SliderLever } from './Lever.js';
import { policyLever } from './policyLever.js';
import { schemaAt, type SchemaNode } from './schemaNode.js';
import { clockLever, demandScaleLever, numberLever } from './sliderLevers.js';

const people = (count: number): string => `${count} ${count === 1 ? 'person' : 'people'}`;

/** The carriers' names, in scenario order (a carrier without one is named by its position). */
function carrierNames(baseline: ScenarioJson): string[] {
  const carriers = getAt(baseline, ['shipping', 'carriers']);
  if (!Array.isArray(carriers)) return [];
  return carriers.map((carrier, index) => {
    const name = getAt(carrier, ['name']);
    return typeof name === 'string' ? name : `carrier ${index + 1}`;
  });
}

/** The index of the baseline's last warehouse shift (the day's end), or 0. */
function lastShift(baseline: ScenarioJson): number {
  const shifts = getAt(baseline, ['warehouse', 'shifts']);
  return Array.isArray(shifts) && shifts.length > 0 ? shifts.length - 1 : 0;
}

/** Pickers or packers per shift: people, from none to three times the baseline's (at least 20). */
function staffLever(role: 'pickers' | 'packers', label: string, work: string, schema: SchemaNode, baseline: ScenarioJson): SliderLever {
  return numberLever(
    {
      id: role,
      label,
      explanation: `People ${work} orders on each warehouse shift (a shift that sets its own count keeps it).`,
      group: 'Demand and staff',
      path: ['warehouse', role],
      step: 1,
      lowest: 0,
      highest: (base) => Math.max(20, 3 * base),
      format: people,
    },
    schema,
    baseline,
  );
}

/**
 * The levers people change most, over the baseline scenario: demand, staff and shifts, picking,
 * inventory and shipping. Policy choices come from the registry, number limits from the schema.
 */
export function leverList(schema: SchemaNode, baseline: ScenarioJson): Lever[] {
  const last = lastShift(baseline);
  return [
    demandScaleLever(baseline),
    staffLever('pickers', 'Pickers per shift', 'picking', schema, baseline),
    staffLever('packers', 'Packers per shift', 'packing', schema, baseline),
    clockLever(
      {
        id: 'shift-start',
        label: 'First shift starts',
        explanation: 'When picking and packing start each day (the first warehouse shift).',
        group: 'Demand and staff',
        path: ['warehouse', 'shifts', 0, 'start'],
      },
      schema,
    ),
    clockLever(
      {
        id: 'shift-end',
        label: 'Last shift ends',
        explanation: 'When picking and packing stop each day (the last warehouse shift; before its start: past midnight).',
        group: 'Demand and staff',
        path: ['warehouse', 'shifts', last, 'end'],
      },
      schema,
    ),
    policyLever('routing', 'Picker routing', 'Picking and packing', schema, baseline),
    policyLever('batching', 'Batching', 'Picking and packing', schema, baseline),
    numberLever(
      {
        id: 'cart-size',
        label: 'Cart size',
        explanation: 'Orders one picker carries on a tour when batching groups them.',
        group: 'Picking and packing',
        path: ['warehouse', 'batching', 'cartCapacity'],
        step: 1,
        lowest: 1,
        highest: (base) => Math.max(30, 3 * base),
        format: (orders) => `${orders} ${orders === 1 ? 'order' : 'orders'}`,
      },
      schema,
      baseline,
    ),
    policyLever('prioritization', 'Queue priority', 'Picking and packing', schema, baseline),
    policyLever('replenishment', 'Replenishment policy', 'Inventory', schema, baseline),
    numberLever(
      {
        id: 'service-level',
        label: 'Service level target',
        explanation: 'Chance of not running out between two supplier orders, used to set "auto" reorder points and stock levels.',
        group: 'Inventory',
        path: ['inventory', 'serviceLevel'],
        step: 0.005,
        lowest: 0.5,
        highest: () => 0.995,
        format: (level) => `${(level * 100).toFixed(1)} %`,
      },
      schema,
      baseline,
    ),
    policyLever('allocation', 'Allocation of scarce stock', 'Inventory', schema, baseline),
    policyLever('carrierSelection', 'Carrier choice', 'Shipping', schema, baseline),
    ...carrierNames(baseline).map((name, index) =>
      clockLever(
        {
          id: `cutoff-${index}`,
          label: `${name} cut-off`,
          explanation: `Parcels labelled by this time leave with ${name}'s pick-up the same day.`,
          group: 'Shipping',
          path: ['shipping', 'carriers', index, 'cutoff'],
          // A cut-off after the pick-up is refused (the parcel would be booked on a pick-up already gone).
          latest: clockToMinutes(
            getAt(baseline, ['shipping', 'carriers', index, 'pickup']) ??
              schemaAt(schema, ['shipping', 'carriers', index, 'pickup'])?.default,
          ),
        },
        schema,
      ),
    ),
  ];
}
