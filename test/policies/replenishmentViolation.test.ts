import { describe, expect, it } from 'vitest';
import { ruleViolation } from '../../engine/policies/replenishment/replenishmentViolation.js';

const methods = { steadyStateLevel: () => 10, quantityToOrder: () => 0 };

describe('ruleViolation', () => {
  it('names each bad field by its value as the plugin returned it, not as JSON would print it', () => {
    expect(ruleViolation({ ...methods, targetLevel: Number.NaN })).toBe('targetLevel NaN: expected a whole number of units >= 0');
    expect(ruleViolation({ ...methods, targetLevel: '12' })).toBe('targetLevel "12": expected a whole number of units >= 0');
    expect(ruleViolation({ ...methods, targetLevel: () => 12 })).toBe('targetLevel (a function): expected a whole number of units >= 0');
    expect(ruleViolation({ ...methods })).toBe('targetLevel undefined: expected a whole number of units >= 0');
    expect(ruleViolation({ ...methods, targetLevel: null })).toBe('targetLevel null: expected a whole number of units >= 0');
    expect(ruleViolation({ ...methods, targetLevel: 12n })).toBe('targetLevel 12n: expected a whole number of units >= 0');
    expect(ruleViolation({ ...methods, targetLevel: 10, ordersOnlyAtOrBelow: null })).toBe(
      'ordersOnlyAtOrBelow null: expected a finite inventory position (a number), or none',
    );
    expect(ruleViolation({ ...methods, targetLevel: 10, reviewPeriodDays: Infinity })).toBe(
      'reviewPeriodDays Infinity: expected a number of days > 0, or none (continuous review)',
    );
    expect(ruleViolation({ ...methods, targetLevel: 10, reviewPeriodDays: { days: 7 } })).toBe(
      'reviewPeriodDays (an object): expected a number of days > 0, or none (continuous review)',
    );
  });

  it('accepts a whole level, a positive review period or none, a finite threshold or none, and both methods', () => {
    expect(ruleViolation({ ...methods, targetLevel: 0 })).toBeUndefined();
    expect(ruleViolation({ ...methods, targetLevel: 40, reviewPeriodDays: 0.5, ordersOnlyAtOrBelow: -3 })).toBeUndefined();
    expect(ruleViolation({ targetLevel: 40 })).toBe('expected steadyStateLevel(uniform) and quantityToOrder(position, now) methods');
    expect(ruleViolation(null)).toMatch(/^expected a rule/);
  });
});
