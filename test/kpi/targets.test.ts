import { describe, expect, it } from 'vitest';
import { targetProblems } from '../../engine/kpi/targetProblems.js';
import { targetState } from '../../engine/kpi/targetState.js';
import { validateLoaded } from '../../engine/kpi/validateLoaded.js';
import { ScenarioError } from '../../engine/scenario/ScenarioError.js';

describe('KPI targets', () => {
  it('targetState: the KPI direction decides which side of the band is good', () => {
    const higher = { green: 0.95, amber: 0.9 };
    expect(targetState('onTimeRate', 0.96, higher)).toBe('green');
    expect(targetState('onTimeRate', 0.95, higher)).toBe('green');
    expect(targetState('onTimeRate', 0.92, higher)).toBe('amber');
    expect(targetState('onTimeRate', 0.89, higher)).toBe('red');
    const lower = { green: 24, amber: 36 };
    expect(targetState('cycleTimeHours', 20, lower)).toBe('green');
    expect(targetState('cycleTimeHours', 30, lower)).toBe('amber');
    expect(targetState('cycleTimeHours', 40, lower)).toBe('red');
    expect(targetState('cycleTimeHours', null, lower)).toBeUndefined();
    expect(targetState('pickerUtilization', 0.8, higher)).toBeUndefined();
  });

  it('targetProblems: unknown names, KPIs without a better side, bands the wrong way round, rates as percentages', () => {
    expect(targetProblems(undefined)).toEqual([]);
    expect(targetProblems({ onTimeRate: { green: 0.95, amber: 0.9 }, cycleTimeHours: { green: 24, amber: 36 } })).toEqual([]);
    const problems = targetProblems({
      onTime: { green: 1, amber: 0 },
      pickerUtilization: { green: 0.8, amber: 0.7 },
      fillRate: { green: 95, amber: 0.9 },
      cycleTimeHours: { green: 36, amber: 24 },
      satisfaction: { green: 3, amber: 4 },
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      ['targets', 'onTime'],
      ['targets', 'pickerUtilization'],
      ['targets', 'fillRate', 'green'],
      ['targets', 'cycleTimeHours'],
      ['targets', 'satisfaction'],
    ]);
    expect(problems[0]?.message).toMatch(/^unknown KPI "onTime" \(expected one of: ordersPlaced, /);
    expect(problems[1]?.message).toContain('cannot have a target band');
    expect(problems[2]?.message).toBe('expected a fraction from 0 to 1 (a rate: 0.95 for 95%), got 95');
    expect(problems[3]?.message).toBe('lower is better for Cycle time, mean: expected green <= amber, got green 36 > amber 24');
    expect(problems[4]?.message).toContain('higher is better for Customer satisfaction: expected green >= amber');
  });

  it('validateLoaded: targets and currency problems are ScenarioErrors with their JSON paths', () => {
    const attempt = (raw: unknown): string => {
      try {
        validateLoaded(raw, 'x.json');
        return 'accepted';
      } catch (error) {
        expect(error).toBeInstanceOf(ScenarioError);
        return (error as ScenarioError).message;
      }
    };
    expect(attempt({ targets: { onTimeRate: { green: 0.95, amber: 0.9 } }, reporting: { currency: 'EUR' } })).toBe('accepted');
    expect(attempt({ targets: { onTimeRate: { green: 0.95 } } })).toMatch(/^x\.json: \$\.targets\.onTimeRate\.amber: /);
    expect(attempt({ targets: { onTimeRate: { green: 0.95, amber: 0.9, red: 0 } } })).toContain(
      '$.targets.onTimeRate.red: unknown key "red" (expected one of: green, amber)',
    );
    expect(attempt({ targets: { nope: { green: 1, amber: 2 } } })).toMatch(/^x\.json: \$\.targets\.nope: unknown KPI "nope"/);
    expect(attempt({ reporting: { currency: 'eur' } })).toBe(
      'x.json: $.reporting.currency: expected an ISO 4217 currency code in capitals, such as "EUR", "USD" or "GBP"',
    );
  });
});
