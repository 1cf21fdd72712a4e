import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ORDERS, workAgainstLimit } from '../../engine/experiment/workLimit.js';
import { validateScenario } from '../../engine/scenario/validateScenario.js';

const scenario = (input: Record<string, unknown>) => validateScenario({ horizon: '10d', warmup: '1d', ...input }, 'x.json');

describe('workAgainstLimit', () => {
  it('workAgainstLimit: a run within the default limit is not refused and is described in words', () => {
    const { work, size, refusal } = workAgainstLimit(
      [{ scenario: scenario({ channels: [{ name: 'web', ordersPerDay: 1000 }] }), replications: 3 }],
      {},
    );
    expect(work.orders).toBeCloseTo(30_000, 6);
    expect(size).toBe('about 30,000 orders (210,000 events) over 3 replication(s)');
    expect(refusal).toBeUndefined();
  });

  it('workAgainstLimit: refuses more orders than the limit, saying how to raise it', () => {
    const huge = scenario({ channels: [{ name: 'web', ordersPerDay: 10_000_000 }], horizon: '30d' });
    const { refusal } = workAgainstLimit([{ scenario: huge, replications: 1 }], {});
    expect(refusal).toBe(
      `this would simulate about 300,000,000 orders (2,100,000,000 events) over 1 replication(s), more than the limit of ${DEFAULT_MAX_ORDERS.toLocaleString('en-US')} orders. ` +
        'Shorten the horizon or run fewer replications, or raise the limit with --max-orders N or "limits": {"maxOrders": N} in the scenario.',
    );
  });

  it('workAgainstLimit: the largest limits.maxOrders of the scenarios raises the limit, an explicit maxOrders wins over both', () => {
    const raised = scenario({
      channels: [{ name: 'web', ordersPerDay: 10_000_000 }],
      horizon: '30d',
      limits: { maxOrders: 1_000_000_000 },
    });
    expect(workAgainstLimit([{ scenario: raised, replications: 1 }], {}).refusal).toBeUndefined();
    expect(workAgainstLimit([{ scenario: raised, replications: 1 }], { maxOrders: 1000 }).refusal).toMatch(
      /more than the limit of 1,000 orders/,
    );
  });

  it('workAgainstLimit: refuses more than 20 lines per order of the limit', () => {
    const wide = scenario({ channels: [{ name: 'web', ordersPerDay: 1000, linesPerOrder: { dist: 'constant', value: 500 } }] });
    expect(workAgainstLimit([{ scenario: wide, replications: 1 }], { maxOrders: 100_000 }).refusal).toMatch(
      /^this would simulate about 5,000,000 order lines \(about 10,000 orders .*\), more than the limit of 2,000,000 lines \(20 per order of the order limit\)\. Check linesPerOrder/,
    );
  });
});
