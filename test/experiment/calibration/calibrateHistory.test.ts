import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calibrateHistory, type Calibration, type ChannelCalibration } from '../../../engine/experiment/calibration/calibrateHistory.js';
import { readOrderHistory } from '../../../engine/io/readOrderHistory.js';
import { KNOWN_DEMAND } from '../../helpers/knownDemand.js';
import { syntheticHistory, type SyntheticChannel } from '../../helpers/syntheticHistory.js';

// Tolerances: every fitted figure is compared with the generator's value within 4 standard
// errors of the estimate at this sample size (about 26,000 web and 2,900 b2b orders, 84 days):
// a 4-sigma band fails by chance with probability 6e-5 per figure, and the seed is fixed.
// The one exception is the Zipf exponent (see its test).
const SIGMAS = 4;

let directory: string;
let calibration: Calibration;

const channel = (name: string): ChannelCalibration => calibration.channels.find((c) => c.name === name) as ChannelCalibration;
const known = (name: string): SyntheticChannel => KNOWN_DEMAND.channels.find((c) => c.name === name) as SyntheticChannel;
const normalised = (profile: readonly number[]): number[] => {
  const total = profile.reduce((sum, value) => sum + value, 0);
  return profile.map((value) => (value * profile.length) / total);
};

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'fulfill-calibrate-'));
  const file = join(directory, 'history.csv');
  writeFileSync(file, syntheticHistory(KNOWN_DEMAND).csv);
  const histories = await readOrderHistory({
    file,
    display: 'history.csv',
    channels: [],
    scenarioChannels: [],
    services: [],
    everyChannel: true,
    anyService: true,
  });
  calibration = calibrateHistory({ source: 'history.csv', histories });
});

afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('calibrateHistory on a synthetic history', () => {
  it('finds every channel and the whole weeks', () => {
    expect(calibration.channels.map(({ name }) => name).sort()).toEqual(['b2b', 'web']);
    expect(calibration.window).toEqual({ firstDay: 0, weeks: 12 });
  });

  it('recovers the hourly and weekday profiles', () => {
    for (const name of ['web', 'b2b']) {
      const { arrivals } = channel(name);
      const truth = known(name);
      // A share estimated from N orders: entry ≈ K·count/N with SE sqrt(K·entry·(1 − entry/K)/N).
      for (const [fitted, expected] of [
        [arrivals.hourlyProfile, normalised(truth.hourlyProfile)],
        [arrivals.weekdayProfile, normalised(truth.weekdayProfile)],
      ] as const) {
        const k = expected.length;
        expected.forEach((entry, index) => {
          const standardError = Math.sqrt((k * entry * (1 - entry / k)) / arrivals.orders);
          expect(Math.abs((fitted[index] as number) - entry)).toBeLessThanOrEqual(SIGMAS * standardError + 1e-4);
        });
      }
    }
  });

  it('recovers orders/day and the trend', () => {
    for (const name of ['web', 'b2b']) {
      const { arrivals } = channel(name);
      const truth = known(name);
      const days = arrivals.days;
      // The generator's mean rate over the window (weekday shares average 1).
      const mean = truth.ordersPerDay * (1 + (truth.growthPerYear * (days - 1)) / 2 / 365);
      expect(Math.abs(arrivals.averagePerDay - mean)).toBeLessThanOrEqual((SIGMAS * Math.sqrt(mean * days)) / days);
      const trend = arrivals.trend;
      expect(trend).toBeDefined();
      const growthError = ((trend?.slopeStandardError ?? 0) * 365) / (trend?.intercept ?? 1);
      expect(Math.abs(arrivals.growthPerYear - truth.growthPerYear)).toBeLessThanOrEqual(SIGMAS * growthError);
    }
    // +50%/year over 12 weeks is about 6 standard errors: written.
    expect(channel('web').arrivals.growthPerYear).toBeGreaterThan(0);
  });

  it('recovers Poisson lines per order and units per line, and rejects Poisson for geometric units', () => {
    for (const name of ['web', 'b2b']) {
      const fit = channel(name).lines;
      const truth = known(name);
      expect(fit.family).toBe('poisson');
      if (fit.family !== 'poisson') continue;
      expect(fit.poisson.shift).toBe(1);
      expect(fit.poisson.test?.pValue).toBeGreaterThan(0.01);
      const n = channel(name).linesHistogram.n;
      expect(Math.abs(fit.poisson.mean - truth.linesMean)).toBeLessThanOrEqual(SIGMAS * Math.sqrt(truth.linesMean / n));
    }
    const webUnits = channel('web').units;
    expect(webUnits.family).toBe('poisson');
    if (webUnits.family === 'poisson') {
      const n = channel('web').unitsHistogram.n;
      expect(Math.abs(webUnits.poisson.mean - 0.8)).toBeLessThanOrEqual(SIGMAS * Math.sqrt(0.8 / n));
    }
    // b2b units: 1 + Geometric(0.3), far from any Poisson: the history's own table, close to the geometric law.
    const b2bUnits = channel('b2b').units;
    expect(b2bUnits.family).toBe('empirical');
    if (b2bUnits.family === 'empirical') {
      expect(b2bUnits.rejected.test?.pValue).toBeLessThan(1e-10);
      const total = b2bUnits.weights.reduce((sum, weight) => sum + weight, 0);
      for (let units = 1; units <= 5; units++) {
        const p = 0.3 * 0.7 ** (units - 1);
        const share = (b2bUnits.weights[b2bUnits.values.indexOf(units)] ?? 0) / total;
        expect(Math.abs(share - p)).toBeLessThanOrEqual(SIGMAS * Math.sqrt((p * (1 - p)) / total));
      }
    }
  });

  it('writes SKU draws whose expected distinct lines are the history lines per order', () => {
    for (const name of ['web', 'b2b']) {
      const { linesPerOrder, simulatedLinesPerOrder, linesHistogram } = channel(name);
      // Equal up to the written mean's 4 decimals.
      expect(simulatedLinesPerOrder).toBeCloseTo(linesHistogram.mean, 3);
      // Repeats merge, so the draws exceed the lines.
      expect(linesPerOrder.dist === 'poisson' && linesPerOrder.mean > linesHistogram.mean - 1).toBe(true);
    }
  });

  it('recovers the service mix', () => {
    for (const name of ['web', 'b2b']) {
      const { services, arrivals } = channel(name);
      const mix = known(name).serviceMix ?? {};
      const total = Object.values(mix).reduce((sum, weight) => sum + weight, 0);
      const orders = [...(services?.values() ?? [])].reduce((sum, count) => sum + count, 0);
      expect(orders).toBeGreaterThanOrEqual(arrivals.orders);
      for (const [service, weight] of Object.entries(mix)) {
        const p = weight / total;
        const share = (services?.get(service) ?? 0) / orders;
        expect(Math.abs(share - p)).toBeLessThanOrEqual(SIGMAS * Math.sqrt((p * (1 - p)) / orders));
      }
    }
  });

  it('recovers the Zipf exponent of SKU popularity and writes it', () => {
    const { popularity } = calibration;
    expect(popularity.written).toBe('zipf');
    expect(popularity.skus.length).toBeLessThanOrEqual(KNOWN_DEMAND.skus);
    // The maximum-likelihood standard error is about 0.003 at 95,000 lines, but the estimate is
    // biased low: ranks are the observed order (noise flattens the tail) and an order's lines
    // are different SKUs (a popular SKU cannot be drawn twice). Measured bias −0.012; 0.03 allowed.
    expect(Math.abs(popularity.zipf.exponent - KNOWN_DEMAND.zipfExponent)).toBeLessThanOrEqual(0.03);
    expect(popularity.zipf.distance).toBeLessThan(0.05);
  });
});
