import { describe, expect, it } from 'vitest';
import { actualTimes } from '../../engine/experiment/backtest/actualTimes.js';
import { isBacktestProblem, planBacktest } from '../../engine/experiment/backtest/backtest.js';
import { compareWeeks } from '../../engine/experiment/backtest/compareWeeks.js';
import { emptyOrderTimes } from '../../engine/experiment/backtest/orderTimes.js';
import { predictionInterval } from '../../engine/experiment/backtest/predictionInterval.js';
import { weeklyMeasures } from '../../engine/experiment/backtest/weeklyMeasures.js';
import { historyFromOrders } from '../../engine/scenario/historyColumns.js';
import { resolvePlacement } from '../../engine/scenario/resolved/placementSlice.js';
import { scenarioWith } from '../helpers/scenarios.js';

/** Order times from rows of [placed, shipped, delivered, promised] hours. */
function times(rows: ReadonlyArray<readonly [number, number, number, number]>) {
  const built = emptyOrderTimes(rows.length);
  rows.forEach(([placed, shipped, delivered, promised], order) => {
    built.placed[order] = placed;
    built.shipped[order] = shipped;
    built.delivered[order] = delivered;
    built.promised[order] = promised;
  });
  return built;
}

describe('weeklyMeasures', () => {
  it('counts shipments by the week of handover, cycle times and promises by the week of placement (hand-checked)', () => {
    const measured = weeklyMeasures(
      times([
        [10, 20, 50, 60], // week 0: cycle 10 h, on time
        [100, 180, 200, 190], // week 0, shipped in week 1: cycle 80 h, late
        [170, 174, NaN, 250], // week 1: cycle 4 h, undelivered before its promise: late
        [200, NaN, NaN, 400], // week 1: not shipped; promise after the horizon (336 h): not counted
        [300, 310, 320, 330], // week 1: cycle 10 h, on time
      ]),
      0,
      1,
      336,
    );
    expect(measured.ordersShipped).toEqual([1, 3]);
    expect(measured.cycleTimeHours).toEqual([45, 7]);
    // Type-7 percentiles: 10 + 0.95 × 70 and 4 + 0.95 × 6.
    expect(measured.cycleTimeP95Hours[0]).toBeCloseTo(76.5, 12);
    expect(measured.cycleTimeP95Hours[1]).toBeCloseTo(9.7, 12);
    expect(measured.onTimeRate).toEqual([0.5, 0.5]);
  });

  it('leaves a week with nothing to count undefined (NaN) and ignores orders outside the compared weeks', () => {
    const measured = weeklyMeasures(times([[5, 6, 7, 8]]), 1, 1, 336);
    expect(measured.ordersShipped).toEqual([0]);
    expect(measured.cycleTimeHours).toEqual([NaN]);
    expect(measured.onTimeRate).toEqual([NaN]);
  });
});

describe('predictionInterval', () => {
  it('is mean ± t(0.975, n-1) · sd · √(1 + 1/n): wider than the confidence interval of the mean', () => {
    const { mean, low, high } = predictionInterval([10, 12, 14, NaN]);
    // n = 3, sd = 2, t(0.975, 2) = 4.302653.
    expect(mean).toBe(12);
    expect(high as number).toBeCloseTo(12 + 4.302653 * 2 * Math.sqrt(4 / 3), 5);
    expect(low as number).toBeCloseTo(12 - 4.302653 * 2 * Math.sqrt(4 / 3), 5);
    expect(predictionInterval([5])).toEqual({ mean: 5, low: null, high: null });
    expect(predictionInterval([NaN])).toEqual({ mean: null, low: null, high: null });
  });
});

describe('compareWeeks', () => {
  it('gives each week the error, relative error and whether the actual lies in the interval; each measure a verdict', () => {
    const week = (ordersShipped: number[]) => ({
      ordersShipped,
      cycleTimeHours: [NaN, NaN],
      cycleTimeP95Hours: [NaN, NaN],
      onTimeRate: [NaN, NaN],
    });
    const { rows, verdicts } = compareWeeks([week([100, 50]), week([110, 50]), week([90, 50])], week([104, 80]), 2, (at) => `w${at}`);
    const shipped = rows.filter((row) => row.measure === 'ordersShipped');
    expect(shipped.map((row) => [row.week, row.weekStart, row.simulated, row.actual, row.error, row.inside])).toEqual([
      [2, 'w2', 100, 104, -4, true],
      [3, 'w3', 50, 80, -30, false],
    ]);
    expect(shipped[0]?.relativeError).toBeCloseTo(-4 / 104, 12);
    expect(verdicts.find((verdict) => verdict.measure === 'ordersShipped')).toMatchObject({
      weeks: 2,
      inside: 1,
      shareInside: 0.5,
      meanAbsoluteError: 17,
    });
    expect(verdicts.find((verdict) => verdict.measure === 'onTimeRate')).toMatchObject({
      weeks: 0,
      shareInside: null,
      meanAbsoluteError: null,
    });
  });
});

describe('planBacktest and actualTimes', () => {
  const replayed = historyFromOrders([
    // Monday 10:00, ground (5 days after the 15:00 cut-off): promised Saturday 15:00 = hour 135.
    { hour: 10, id: 'A', lines: [{ sku: 'X', units: 1 }], service: 'ground', shippedHour: 16, deliveredHour: 80 },
    // No service and no promisedHour: no promise to keep.
    { hour: 20, id: 'B', lines: [{ sku: 'X', units: 1 }], shippedHour: 30 },
    { hour: 30, id: 'C', lines: [{ sku: 'X', units: 1 }], service: 'next-day', promisedHour: 40, shippedHour: 5000 },
  ]);
  const scenario = scenarioWith('scenarios/baseline.json', {
    horizon: '21d',
    warmup: '2d',
    channels: [{ name: 'web', orderHistory: [] }],
  });

  it("takes the promise from promisedBy, else from the scenario rule for the order's service; ignores times past the horizon", () => {
    const actual = actualTimes([replayed], resolvePlacement(scenario), 504);
    expect([...actual.promised]).toEqual([135, NaN, 40]);
    expect([...actual.promiseCounts]).toEqual([1, 0, 1]);
    expect([...actual.shipped]).toEqual([16, 30, NaN]);
  });

  it('names what is missing: a replaying channel, a shippedAt column, a whole week after the warm-up', () => {
    const plain = scenarioWith('scenarios/baseline.json');
    expect(isBacktestProblem(planBacktest(plain)) && planBacktest(plain)).toMatchObject({ path: ['channels'] });
    const noShipped = {
      ...scenario,
      channels: scenario.channels.map((channel) => ({
        ...channel,
        orderHistory: historyFromOrders([{ hour: 1, id: 'A', lines: [{ sku: 'X', units: 1 }] }]),
      })),
    };
    expect(planBacktest(noShipped)).toMatchObject({
      path: ['channels', 0, 'orderHistory'],
      message: expect.stringMatching(/no shippedAt column/),
    });
    const withShipped = {
      ...scenario,
      channels: scenario.channels.map((channel) => (channel.name === 'web' ? { ...channel, orderHistory: replayed } : channel)),
    };
    expect(planBacktest(withShipped)).toMatchObject({ firstWeek: 1, lastWeek: 2, horizonHours: 504 });
    expect(planBacktest({ ...withShipped, warmup: '15d' })).toMatchObject({ path: ['horizon'] });
  });
});
