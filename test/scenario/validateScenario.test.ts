import { describe, expect, it } from 'vitest';
import { mergeScenario } from '../../engine/scenario/mergeScenario.js';
import { ScenarioError, formatJsonPath } from '../../engine/scenario/ScenarioError.js';
import { validateScenario } from '../../engine/scenario/validateScenario.js';

function problemsOf(input: unknown): string[] {
  try {
    validateScenario(input, 'x.json');
  } catch (error) {
    if (error instanceof ScenarioError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('validateScenario', () => {
  it('fills every default so an empty scenario runs', () => {
    const scenario = validateScenario({}, 'x.json');
    expect(scenario.horizon).toBe('90d');
    expect(scenario.channels[0]?.ordersPerDay).toBe(1500);
    expect(scenario.warehouse.layout.aisles).toBe(15);
    expect(scenario.shipping.carriers[0]?.rates.base).toBe(6);
  });

  it('rejects an unknown key, naming the path and the keys expected there', () => {
    expect(problemsOf({ warehouse: { pikers: 3 } })).toEqual([
      expect.stringMatching(/^x\.json: \$\.warehouse\.pikers: unknown key "pikers" \(expected one of: layout, .*pickers/),
    ]);
  });

  it('rejects a key a record does not take, saying what a key should be', () => {
    const policy = { type: 'base-stock', baseStock: 5 };
    expect(problemsOf({ inventory: { skuPolicies: { '12': policy, toString: policy, '-0': policy } } })).toEqual([
      'x.json: $.inventory.skuPolicies.toString: not a valid key: expected a SKU id (0, 1, ...)',
      'x.json: $.inventory.skuPolicies["-0"]: not a valid key: expected a SKU id (0, 1, ...)',
    ]);
  });

  it('rejects a negative rate', () => {
    expect(problemsOf({ channels: [{ name: 'web', ordersPerDay: -5 }] })).toEqual([
      'x.json: $.channels[0].ordersPerDay: Too small: expected number to be >=0',
    ]);
  });

  it('rejects "5 days" as a duration', () => {
    expect(problemsOf({ horizon: '5 days' })).toEqual(['x.json: $.horizon: expected a duration such as "45s", "12m", "4h", "2d" or "1w"']);
  });

  it('rejects an unknown distribution and impossible parameters', () => {
    expect(problemsOf({ inventory: { supplierLeadTime: { dist: 'triangle', min: '1d' } } })[0]).toMatch(
      /\$\.inventory\.supplierLeadTime\.dist: expected one of: constant, exponential, uniform, triangular/,
    );
    expect(problemsOf({ inventory: { supplierLeadTime: { dist: 'uniform', min: '3d', max: '1d' } } })).toEqual([
      'x.json: $.inventory.supplierLeadTime.max: expected max >= min',
    ]);
  });

  it('rejects names that refer to nothing and sizes that do not fit', () => {
    expect(problemsOf({ channels: [{ name: 'web', serviceMix: { overnight: 1 } }] })).toEqual([
      'x.json: $.channels[0].serviceMix.overnight: unknown service (expected one of: ground)',
    ]);
    expect(problemsOf({ warmup: '10d', horizon: '5d' })).toEqual(['x.json: $.warmup: expected a warm-up shorter than the horizon (5d)']);
    expect(problemsOf({ catalog: { skus: 5000 }, warehouse: { layout: { aisles: 2 } } })[0]).toMatch(
      /\$\.warehouse\.layout: expected room for 5000 SKUs/,
    );
  });

  it('rejects empirical weights that are all zero (nothing could be drawn), for counts and SKU popularity', () => {
    expect(problemsOf({ channels: [{ name: 'web', linesPerOrder: { dist: 'empirical', values: [1, 2], weights: [0, 0] } }] })).toEqual([
      'x.json: $.channels[0].linesPerOrder.weights: expected at least one positive weight',
    ]);
    expect(problemsOf({ catalog: { skus: 3, popularity: { dist: 'empirical', weights: [0, 0, 0] } } })).toEqual([
      'x.json: $.catalog.popularity.weights: expected at least one positive weight',
    ]);
  });

  it('rejects values that pass each bound alone but make a run crash, hang or overflow (found by fuzzing)', () => {
    const web = (fields: object): object => ({ channels: [{ name: 'web', ...fields }] });
    const cases: Array<[object, string]> = [
      [web({ ordersPerDay: 1e-8 }), '$.channels[0].ordersPerDay: expected 0 or at least 0.0001 orders a day'],
      [
        web({ hourlyProfile: Array(24).fill(1e308) }),
        '$.channels[0].hourlyProfile[0]: expected weights of at most 10^12 (the scale is yours); 23 more after this one',
      ],
      [
        { catalog: { skus: 2, popularity: { dist: 'empirical', weights: [1, 1e308] } } },
        '$.catalog.popularity.weights[1]: expected weights of at most 10^12 (the scale is yours)',
      ],
      [
        {
          shipping: {
            carriers: [{ name: 'a', rates: { perKg: 1e308 }, services: { ground: { transitTime: { dist: 'constant', value: '1d' } } } }],
          },
        },
        '$.shipping.carriers[0].rates.perKg: Too big: expected number to be <=1000000000000',
      ],
      [
        { inventory: { policy: { type: 'RS', reviewPeriod: `1${'0'.repeat(400)}d` } } },
        '$.inventory.policy.reviewPeriod: expected a duration a number can hold',
      ],
      [
        { inventory: { policy: { type: 'RS', reviewPeriod: '1s' } } },
        '$.inventory.policy.reviewPeriod: expected at least 1h between reviews (sS or rQ reorder the moment stock reaches the point)',
      ],
      [
        { catalog: { unitPrice: { dist: 'lognormal', mean: 1e-200, sd: 1 } } },
        '$.catalog.unitPrice.sd: expected sd / mean below 10^150 and a mean above 10^-150',
      ],
      [{ delivery: { maxAttempts: 1_000_000 } }, '$.delivery.maxAttempts: Too big: expected number to be <=100'],
      [{ channels: [{ name: 'web', orderHistory: 5 }] }, '$.channels[0].orderHistory: expected a string or a list'],
      [
        {
          shipping: { carriers: [{ name: 'a', services: { ground: { transitTime: { dist: 'constant', value: '1d' }, rateCard: true } } }] },
        },
        '$.shipping.carriers[0].services.ground.rateCard: expected a string or an object',
      ],
    ];
    for (const [input, problem] of cases) expect(problemsOf(input)).toEqual([`x.json: ${problem}`]);
  });

  it('checks an inline rate card as the CSV reader checks a file: a row of prices per weight break, breaks ascending', () => {
    const card = (weightKg: number[], rows: number): object => ({
      shipping: {
        carriers: [
          {
            name: 'a',
            services: {
              ground: {
                transitTime: { dist: 'constant', value: '1d' },
                perKgOverRateCard: 0,
                rateCard: { format: 'fulfill-rate-card', source: 'inline', weightKg, prices: Array(rows).fill([1, 2, 3, 4, 5, 6, 7]) },
              },
            },
          },
        ],
      },
    });
    expect(problemsOf(card([1, 2, 3], 1))).toEqual([
      'x.json: $.shipping.carriers[0].services.ground.rateCard.prices: expected one row of prices per weight break (3)',
    ]);
    expect(problemsOf(card([5, 1], 2))).toEqual([
      'x.json: $.shipping.carriers[0].services.ground.rateCard.weightKg[1]: expected weight breaks in ascending order, 1 follows 5',
    ]);
    expect(problemsOf(card([1, 5], 2))).toEqual([]);
  });

  it('rejects perKgOverRateCard on a service without a rate card, where it would be ignored', () => {
    const service = { transitTime: { dist: 'constant', value: '1d' }, perKgOverRateCard: 0.5 };
    expect(problemsOf({ shipping: { carriers: [{ name: 'a', services: { ground: service } }] } })).toEqual([
      "x.json: $.shipping.carriers[0].services.ground.perKgOverRateCard: expected a rateCard beside it: it prices the weight above the rate card's last break (without a rate card, the carrier's rates apply)",
    ]);
  });

  it('rejects a cut-off after its pick-up (the parcel would be booked on a pick-up already gone), and takes one at it', () => {
    const carrier = (cutoff: string, pickup: string): unknown => ({
      name: 'a',
      cutoff,
      pickup,
      services: { ground: { transitTime: { dist: 'constant', value: '1d' } } },
    });
    expect(
      problemsOf({ shipping: { carriers: [carrier('17:00', '17:00'), { ...(carrier('18:00', '17:00') as object), name: 'b' }] } }),
    ).toEqual(['x.json: $.shipping.carriers[1].cutoff: expected a cut-off at or before the pick-up (17:00)']);
    expect(problemsOf({ shipping: { freight: { overUnits: 10, cutoff: '16:30' } } })).toEqual([
      'x.json: $.shipping.freight.cutoff: expected a cut-off at or before the pick-up (16:00)',
    ]);
  });
});

describe('mergeScenario', () => {
  it('merges objects key by key, named lists by name, and replaces other values', () => {
    const base = {
      a: { b: 1, c: 2 },
      list: [1, 2],
      channels: [
        { name: 'web', rate: 1, x: 1 },
        { name: 'b2b', rate: 2 },
      ],
    };
    const override = {
      a: { c: 3 },
      list: [9],
      channels: [
        { name: 'b2b', rate: 5 },
        { name: 'phone', rate: 7 },
      ],
    };
    expect(mergeScenario(base, override)).toEqual({
      a: { b: 1, c: 3 },
      list: [9],
      channels: [
        { name: 'web', rate: 1, x: 1 },
        { name: 'b2b', rate: 5 },
        { name: 'phone', rate: 7 },
      ],
    });
  });

  it('replaces a distribution or policy whole when its dist or type changes', () => {
    const base = { time: { dist: 'triangular', min: '1m', mode: '2m', max: '3m' } };
    expect(mergeScenario(base, { time: { dist: 'exponential', mean: '2m' } })).toEqual({ time: { dist: 'exponential', mean: '2m' } });
    expect(mergeScenario(base, { time: { max: '4m' } })).toEqual({ time: { dist: 'triangular', min: '1m', mode: '2m', max: '4m' } });
  });
});

describe('formatJsonPath', () => {
  it('writes keys, indices and odd keys', () => {
    expect(formatJsonPath(['channels', 0, 'serviceMix', 'two-day'])).toBe('$.channels[0].serviceMix.two-day');
    expect(formatJsonPath(['a b'])).toBe('$["a b"]');
  });
});
