import { describe, it } from 'vitest';
import { expectPaired, runs, type Expectation } from '../helpers/paired.js';
import { scenarioWith } from '../helpers/scenarios.js';

// Shortened runs: the direction of each effect, not its size, is under test.
const QUICK = { horizon: '35d', warmup: '7d' };

const MANUAL_EVERYWHERE = {
  channels: [
    { name: 'web', processing: 'manual' },
    { name: 'marketplace', processing: 'manual' },
  ],
  processing: { manual: { clerks: 24, shifts: [{ start: '06:00', end: '22:00' }] } },
};

const WHAT_IFS: ReadonlyArray<readonly [string, string | Record<string, unknown>, readonly Expectation[]]> = [
  [
    'automation',
    'scenarios/what-if-automation.json',
    [
      ['pickWaitHours', 'down'],
      ['cycleTimeHours', 'down'],
    ],
  ],
  [
    'inventory',
    'scenarios/what-if-inventory.json',
    [
      ['fillRate', 'up'],
      ['stockoutEvents', 'down'],
      ['meanOnHandUnits', 'up'],
    ],
  ],
  ['prioritization', 'scenarios/what-if-prioritization.json', [['onTimeRate', 'up']]],
  [
    'integration',
    'scenarios/what-if-integration.json',
    [
      ['orderAccuracy', 'up'],
      ['satisfaction', 'up'],
    ],
  ],
  [
    'communication',
    'scenarios/what-if-communication.json',
    [
      ['satisfaction', 'up'],
      ['costPerOrder', 'down'],
    ],
  ],
  [
    'continuous improvement',
    'scenarios/what-if-continuous-improvement.json',
    [
      ['orderAccuracy', 'up'],
      ['returnRate', 'down'],
    ],
  ],
  [
    'customer experience',
    'scenarios/what-if-customer-experience.json',
    [
      ['cycleTimeHours', 'down'],
      ['onTimeRate', 'up'],
    ],
  ],
  [
    'two more pickers per shift',
    { warehouse: { pickers: 6 } },
    [
      ['pickWaitHours', 'down'],
      ['pickerUtilization', 'down'],
    ],
  ],
  [
    'optimal routing',
    { warehouse: { routing: 'optimal' } },
    [
      ['travelMetersPerLine', 'down'],
      ['pickerUtilization', 'down'],
    ],
  ],
  // With popularity slotting most picks sit near the front, where return routing beats
  // S-shape (which walks every pick aisle to the back): the classic class-based-storage result.
  ['return routing', { warehouse: { routing: 'return' } }, [['travelMetersPerLine', 'down']]],
  [
    'fcfs batching, carts of 10',
    { warehouse: { batching: { policy: 'fcfs', cartCapacity: 10 } } },
    [
      ['travelMetersPerLine', 'down'],
      ['pickerUtilization', 'down'],
    ],
  ],
  ['ABC-zone slotting', { warehouse: { slotting: 'abc' } }, [['travelMetersPerLine', 'up']]],
  [
    'random slotting',
    { warehouse: { slotting: 'random' } },
    [
      ['travelMetersPerLine', 'up'],
      ['pickWaitHours', 'up'],
    ],
  ],
  ['every channel keyed by hand', MANUAL_EVERYWHERE, [['orderAccuracy', 'down']]],
  [
    'picking',
    'scenarios/what-if-picking.json',
    [
      ['travelMetersPerLine', 'down'],
      ['pickerUtilization', 'down'],
    ],
  ],
  ['two pick zones', { warehouse: { zones: 2 } }, [['travelMetersPerLine', 'down']]],
];

describe('what-if scenarios against the baseline (paired replications, common random numbers)', () => {
  const baseline = runs(scenarioWith('scenarios/baseline.json', QUICK));
  for (const [lever, source, expectations] of WHAT_IFS) {
    it(`runReplication: ${lever} moves ${expectations.map(([kpi, way]) => `${kpi} ${way}`).join(', ')}`, () => {
      const variant = runs(
        typeof source === 'string' ? scenarioWith(source, QUICK) : scenarioWith('scenarios/baseline.json', { ...QUICK, ...source }),
      );
      expectPaired(lever, baseline, variant, expectations);
    });
  }
});
