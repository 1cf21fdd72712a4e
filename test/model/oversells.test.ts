import { describe, expect, it } from 'vitest';
import { runReplication } from '../../engine/experiment/runReplication.js';
import { summarize } from '../../engine/stats/summary.js';
import { scenarioWith } from '../helpers/scenarios.js';

// Lean stock (base-stock 2 per SKU over 300 SKUs) makes stock-outs common, so stale views oversell.
const LEAN = {
  horizon: '20d',
  warmup: '3d',
  catalog: { skus: 300 },
  inventory: { policy: { type: 'base-stock', baseStock: 2 }, supplierLeadTime: { dist: 'constant', value: '2d' } },
};

function oversells(syncDelay: string, oversell: 'backorder' | 'cancel' = 'backorder') {
  const channels = ['web', 'marketplace', 'b2b'].map((name) => ({ name, syncDelay }));
  const scenario = scenarioWith('scenarios/baseline.json', { ...LEAN, channels, inventory: { ...LEAN.inventory, oversell } });
  return Array.from({ length: 3 }, (_, replication) => runReplication(scenario, replication).kpis);
}

describe('integration delay and oversells', () => {
  it('a stale stock view oversells more than a live one (paired), and cancelling oversold orders removes them from allocation', () => {
    const live = oversells('0s');
    const stale = oversells('4h');
    const differences = stale.map((kpis, index) => kpis.oversellRate - (live[index]?.oversellRate ?? 0));
    expect(summarize(differences).ci95?.[0]).toBeGreaterThan(0);
    for (const kpis of live) expect(kpis.oversellRate).toBeGreaterThanOrEqual(0);
    const cancelled = oversells('4h', 'cancel');
    // Cancelled oversold orders never take stock, so fewer orders wait for backorders.
    cancelled.forEach((kpis, index) => {
      expect(kpis.oversellRate).toBeGreaterThan(0);
      expect(kpis.meanBackorderUnits).toBeLessThan(stale[index]?.meanBackorderUnits ?? 0);
    });
  });
});
