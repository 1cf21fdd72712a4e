import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioResult } from '../../../engine/experiment/runScenario.js';
import { summarySentences } from '../../../engine/experiment/summary/summarySentences.js';
import { KPI_NAMES, type KpiName } from '../../../engine/kpi/definitions.js';
import { summarize } from '../../../engine/stats/summary.js';

const BASE = [10, 12, 9, 11, 8];

/**
 * A result whose every KPI has the values `BASE` (so it equals the baseline's) unless `values`
 * gives its own; only the fields summarySentences reads are filled.
 */
function result(scenario: string, values: Partial<Record<KpiName, readonly number[]>> = {}, seed = 7): ScenarioResult {
  const kpis = Object.fromEntries(KPI_NAMES.map((kpi) => [kpi, summarize([...(values[kpi] ?? BASE)])]));
  const replications = Math.max(...KPI_NAMES.map((kpi) => (values[kpi] ?? BASE).length));
  return { scenario, seed, replications, kpis } as unknown as ScenarioResult;
}

/** `BASE` plus `change` plus a small alternating wobble, so the paired interval is narrow but not empty. */
const shifted = (base: readonly number[], change: number, wobble: number): number[] =>
  base.map((value, index) => value + change + (index % 2 === 0 ? wobble : -wobble));

const RATES = [0.9, 0.92, 0.88, 0.91, 0.89];

describe('summarySentences', () => {
  it('summarySentences: the two largest changes in full with intervals, then the others by verdict, then what did not change', () => {
    const baseline = result('baseline', { onTimeRate: RATES, packerUtilization: [0.8, 0.82, 0.78, 0.81, 0.79], fillRate: RATES });
    const variant = result('automation', {
      cycleTimeHours: shifted(BASE, -0.5, 0.05),
      onTimeRate: shifted(RATES, 0.009, 0.001),
      packerUtilization: shifted([0.8, 0.82, 0.78, 0.81, 0.79], -0.21, 0.01),
      costPerOrder: shifted(BASE, 0.3, 0.02),
      ordersPlaced: shifted(BASE, 0.2, 0.01),
      fillRate: shifted(RATES, -0.002, 0.0002),
    });
    expect(summarySentences(baseline, variant)).toEqual([
      'automation makes packers 21 points less busy (95% CI 19-22 points) and cuts cycle time by 4.9% (95% CI 4.2-5.6%).',
      'Also better: on-time rate +0.9 points.',
      'Also worse: cost per order +3.0% and unit fill rate -0.2 points.',
      'Also changed: orders placed +2.0%.',
      'The other 17 KPIs did not change significantly over 5 replications.',
    ]);
  });

  it('summarySentences: a utilization after the first change is its own clause; rates raise and lower by points', () => {
    const utilization = [0.5, 0.52, 0.48, 0.51, 0.49];
    const baseline = result('baseline', { pickerUtilization: utilization, onTimeRate: RATES });
    const variant = result('more-orders', {
      pickerUtilization: shifted(utilization, 0.03, 0.001),
      onTimeRate: shifted(RATES, -0.12, 0.01),
    });
    expect(summarySentences(baseline, variant)[0]).toBe(
      'more-orders lowers on-time rate by 12 points (95% CI 10-13 points) and pickers are 3.0 points busier (95% CI 2.9-3.2 points).',
    );
  });

  it('summarySentences: a change with a narrow interval keeps the decimals that set its ends apart', () => {
    const utilization = [0.8, 0.82, 0.78, 0.81, 0.79];
    const variant = result('automation', { packerUtilization: shifted(utilization, -0.183, 0.002) });
    expect(summarySentences(result('baseline', { packerUtilization: utilization }), variant)[0]).toBe(
      'automation makes packers 18.3 points less busy (95% CI 18.0-18.5 points).',
    );
  });

  it('summarySentences: money shows the amount in the currency when one is given', () => {
    const variant = result('cheaper', { costPerOrder: shifted(BASE, -0.5, 0.01) });
    const sentences = summarySentences(result('baseline'), variant, { currency: 'EUR' });
    expect(sentences[0]).toBe('cheaper cuts cost per order by 5.0% (EUR 0.50; 95% CI 4.8-5.1%).');
    const more = result('dearer', {
      costPerOrder: shifted(BASE, 0.5, 0.01),
      cycleTimeHours: shifted(BASE, 2, 0.01),
      pickWaitHours: shifted(BASE, 1, 0.01),
    });
    expect(summarySentences(result('baseline'), more, { currency: '$' })[1]).toBe('Also worse: cost per order +5.0% (+$ 0.50).');
  });

  it('summarySentences: a KPI that was zero in the baseline is said as "from 0 to"', () => {
    const variant = result('lean', { lostSalesUnits: [12, 14, 10, 13, 11] });
    const baseline = result('baseline', { lostSalesUnits: [0, 0, 0, 0, 0] });
    expect(summarySentences(baseline, variant)[0]).toBe('lean raises lost sales from 0 to 12 (95% CI of the change 10-14).');
  });

  it('summarySentences: one sentence when no KPI changed significantly', () => {
    const noisy = result('noisy', { cycleTimeHours: [10.5, 11.5, 9.5, 10.5, 7.5] });
    expect(summarySentences(result('baseline'), noisy)).toEqual(['No KPI changed significantly over 5 replications.']);
  });

  it('summarySentences: with one replication says there are too few for an interval', () => {
    const one = (name: string, value: number): ScenarioResult => result(name, Object.fromEntries(KPI_NAMES.map((kpi) => [kpi, [value]])));
    expect(summarySentences(one('baseline', 1), one('what-if', 2))).toEqual([
      'Only 1 replication of what-if and baseline: too few for a 95% interval, so no change can be called significant (run 2 or more, e.g. --reps 10).',
    ]);
  });

  it('summarySentences: different seeds are not paired', () => {
    expect(summarySentences(result('baseline'), result('other', {}, 8))).toEqual([
      'other ran with seed 8 and baseline with seed 7: their replications are not paired, so they cannot be compared (run both with the same --seed).',
    ]);
  });

  it('summarySentences: KPIs with no value (NaN in every replication) are named, not compared; a partly undefined KPI compares its pairs', () => {
    const none = [NaN, NaN, NaN, NaN, NaN];
    const baseline = result('baseline', { returnRate: none, satisfaction: none, deliveryTimeHours: [NaN, 12, 9, 11, 8] });
    const variant = result('returns', { returnRate: none, satisfaction: none, deliveryTimeHours: [10, 6, 4.5, 5.5, 4] });
    expect(summarySentences(baseline, variant)).toEqual([
      'returns cuts delivery time by 50% (95% CI 35-65%).',
      'The other 20 KPIs did not change significantly over 5 replications.',
      'Return rate and customer satisfaction have no value in these runs.',
    ]);
  });

  it('summarySentences: lists at most `listed` changes per sentence, then how many more', () => {
    const kpis: KpiName[] = ['cycleTimeHours', 'cycleTimeP50Hours', 'cycleTimeP95Hours', 'deliveryTimeHours', 'pickWaitHours'];
    const variant = result('faster', Object.fromEntries(kpis.map((kpi, index) => [kpi, shifted(BASE, -(index + 1) * 0.1, 0.01)])));
    expect(summarySentences(result('baseline'), variant, { listed: 2 })[1]).toBe(
      'Also better: 95th percentile cycle time -3.0%, median cycle time -2.0% and 1 more.',
    );
  });

  it('summarySentences: never shows a KPI identifier, whatever changes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...KPI_NAMES), fc.double({ min: -5, max: 5, noNaN: true })), { maxLength: 10 }),
        (changes) => {
          const variant = result('what-if', Object.fromEntries(changes.map(([kpi, change]) => [kpi, shifted(BASE, change, 0.01)])));
          const text = summarySentences(result('baseline'), variant).join(' ');
          expect(text.length).toBeGreaterThan(0);
          // A significant interval excludes 0, so neither end may read as 0.
          expect(text).not.toMatch(/CI (of the change )?0(\.0+)?-/);
          // Identifiers are camelCase; a one-word name ("satisfaction") is also a word.
          for (const kpi of KPI_NAMES.filter((name) => /[A-Z]/.test(name))) expect(text).not.toContain(kpi);
        },
      ),
    );
  });
});
