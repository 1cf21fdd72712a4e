import { describe, it } from 'vitest';
import { expectPaired, runs, type Expectation } from '../helpers/paired.js';
import { scenarioWith } from '../helpers/scenarios.js';

// Shortened runs: the direction of each effect, not its size, is under test.
const QUICK = { horizon: '35d', warmup: '7d' };

// Picking policies against each other: [lever, reference settings, variant settings, expectations].
const FCFS_8 = { warehouse: { batching: { policy: 'fcfs', cartCapacity: 8 } } };
const HEAD_TO_HEAD: ReadonlyArray<readonly [string, Record<string, unknown>, Record<string, unknown>, readonly Expectation[]]> = [
  [
    'seed batching against fcfs',
    FCFS_8,
    { warehouse: { batching: { policy: 'seed', cartCapacity: 8 } } },
    [['travelMetersPerLine', 'down']],
  ],
  [
    'savings batching against fcfs',
    FCFS_8,
    { warehouse: { batching: { policy: 'savings', cartCapacity: 8 } } },
    [['travelMetersPerLine', 'down']],
  ],
  // Waves fill carts (less travel per line) but make orders wait for their wave to close.
  [
    '30-minute waves against fcfs',
    FCFS_8,
    { warehouse: { batching: { policy: 'time-window', cartCapacity: 8, window: '30m' } } },
    [
      ['travelMetersPerLine', 'down'],
      ['pickWaitHours', 'up'],
    ],
  ],
  [
    'a middle cross aisle under optimal routing',
    { warehouse: { routing: 'optimal' } },
    { warehouse: { routing: 'optimal', layout: { blocks: 2 } } },
    [['travelMetersPerLine', 'down']],
  ],
];

describe('picking policies head to head (paired replications, common random numbers)', () => {
  for (const [lever, reference, variant, expectations] of HEAD_TO_HEAD) {
    it(`runReplication: ${lever} moves ${expectations.map(([kpi, way]) => `${kpi} ${way}`).join(', ')}`, () => {
      const base = runs(scenarioWith('scenarios/baseline.json', { ...QUICK, ...reference }));
      expectPaired(lever, base, runs(scenarioWith('scenarios/baseline.json', { ...QUICK, ...variant })), expectations);
    });
  }
});
