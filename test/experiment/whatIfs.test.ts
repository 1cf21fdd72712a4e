import { describe, expect, it } from 'vitest';
import { runReplication } from '../../engine/experiment/runReplication.js';
import type { KpiName, KpiValues } from '../../engine/kpi/definitions.js';
import { summarize } from '../../engine/stats/summary.js';
import { scenarioWith } from '../helpers/scenarios.js';

// Shortened runs: the direction of each effect, not its size, is under test.
const QUICK = { horizon: '35d', warmup: '7d' };
const REPLICATIONS = 5;

type Expectation = readonly [KpiName, 'up' | 'down'];

const MANUAL_EVERYWHERE = {
  channels: [{ name: 'web', processing: 'manual' }, { name: 'marketplace', processing: 'manual' }],
  processing: { manual: { clerks: 24, shifts: [{ start: '06:00', end: '22:00' }] } },
};

const WHAT_IFS: ReadonlyArray<readonly [string, string | Record<string, unknown>, readonly Expectation[]]> = [
  ['automation', 'scenarios/what-if-automation.json', [['pickWaitHours', 'down'], ['cycleTimeHours', 'down']]],
  ['inventory', 'scenarios/what-if-inventory.json', [['fillRate', 'up'], ['stockoutEvents', 'down'], ['meanOnHandUnits', 'up']]],
  ['prioritization', 'scenarios/what-if-prioritization.json', [['onTimeRate', 'up']]],
  ['integration', 'scenarios/what-if-integration.json', [['orderAccuracy', 'up'], ['satisfaction', 'up']]],
  ['communication', 'scenarios/what-if-communication.json', [['satisfaction', 'up'], ['costPerOrder', 'down']]],
  ['continuous improvement', 'scenarios/what-if-continuous-improvement.json', [['orderAccuracy', 'up'], ['returnRate', 'down']]],
  ['customer experience', 'scenarios/what-if-customer-experience.json', [['cycleTimeHours', 'down'], ['onTimeRate', 'up']]],
  ['two more pickers per shift', { warehouse: { pickers: 6 } }, [['pickWaitHours', 'down'], ['pickerUtilization', 'down']]],
  ['optimal routing', { warehouse: { routing: 'optimal' } }, [['travelMetersPerLine', 'down'], ['pickerUtilization', 'down']]],
  // With popularity slotting most picks sit near the front, where return routing beats
  // S-shape (which walks every pick aisle to the back): the classic class-based-storage result.
  ['return routing', { warehouse: { routing: 'return' } }, [['travelMetersPerLine', 'down']]],
  ['fcfs batching, carts of 10', { warehouse: { batching: { policy: 'fcfs', cartCapacity: 10 } } }, [['travelMetersPerLine', 'down'], ['pickerUtilization', 'down']]],
  ['ABC-zone slotting', { warehouse: { slotting: 'abc' } }, [['travelMetersPerLine', 'up']]],
  ['random slotting', { warehouse: { slotting: 'random' } }, [['travelMetersPerLine', 'up'], ['pickWaitHours', 'up']]],
  ['every channel keyed by hand', MANUAL_EVERYWHERE, [['orderAccuracy', 'down']]],
];

function runs(scenario: ReturnType<typeof scenarioWith>): KpiValues[] {
  return Array.from({ length: REPLICATIONS }, (_, replication) => runReplication(scenario, replication).kpis);
}

describe('what-if scenarios against the baseline (paired replications, common random numbers)', () => {
  const baseline = runs(scenarioWith('scenarios/baseline.json', QUICK));
  for (const [lever, source, expectations] of WHAT_IFS) {
    it(`runReplication: ${lever} moves ${expectations.map(([kpi, way]) => `${kpi} ${way}`).join(', ')}`, () => {
      const variant = runs(typeof source === 'string' ? scenarioWith(source, QUICK) : scenarioWith('scenarios/baseline.json', { ...QUICK, ...source }));
      for (const [kpi, way] of expectations) {
        const differences = variant.map((values, index) => values[kpi] - (baseline[index] as KpiValues)[kpi]);
        const { ci95 } = summarize(differences);
        if (ci95 === null) throw new TypeError('whatIfs: no interval');
        // The whole 95% interval of the paired difference must lie on the expected side of zero.
        if (way === 'up') expect(ci95[0], `${lever}: ${kpi} difference interval ${ci95}`).toBeGreaterThan(0);
        else expect(ci95[1], `${lever}: ${kpi} difference interval ${ci95}`).toBeLessThan(0);
      }
    });
  }
});
