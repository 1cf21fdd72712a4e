import type { SyntheticHistoryOptions } from './syntheticHistory.js';

const WEB_HOURS = [2.6, 1.6, 1.1, 0.7, 0.6, 0.8, 1.6, 2.6, 3.7, 4.5, 5.1, 5.3, 5.8, 5.7, 5.3, 5.2, 5.3, 5.6, 6.1, 6.8, 7.2, 6.8, 5.8, 4.2];
const OFFICE_HOURS = Array.from({ length: 24 }, (_, hour) => (hour >= 9 && hour < 17 ? 1 : 0));

/**
 * The synthetic history the calibration tests fit: 12 weeks, two channels with different
 * profiles, a +50%/year trend on web, Poisson lines, Poisson (web) and geometric (b2b) units,
 * 2,000 SKUs with Zipf 0.9 popularity, named services. Sized so every figure has a standard
 * error small enough to test against (about 26,000 web and 2,900 b2b orders).
 */
export const KNOWN_DEMAND: SyntheticHistoryOptions = {
  seed: 14,
  weeks: 12,
  skus: 2000,
  zipfExponent: 0.9,
  channels: [
    {
      name: 'web',
      ordersPerDay: 300,
      hourlyProfile: WEB_HOURS,
      weekdayProfile: [1.13, 1.09, 1.05, 0.99, 0.94, 0.84, 0.97],
      growthPerYear: 0.5,
      linesMean: 1.5,
      units: { dist: 'poisson', mean: 0.8 },
      serviceMix: { ground: 0.75, 'two-day': 0.18, 'next-day': 0.07 },
    },
    {
      name: 'b2b',
      ordersPerDay: 35,
      hourlyProfile: OFFICE_HOURS,
      weekdayProfile: [1, 1, 1, 1, 1, 0, 0],
      growthPerYear: 0,
      linesMean: 6,
      units: { dist: 'geometric', p: 0.3 },
      serviceMix: { ground: 0.9, 'two-day': 0.1 },
    },
  ],
};
