import type { ChiSquareTest } from '../../stats/chiSquare.js';
import type { CountDistributionJson } from '../../scenario/schema/distribution.js';
import type { Calibration, ChannelCalibration } from './calibrateHistory.js';
import type { CountDistributionFit } from './countDistributionFit.js';
import { TREND_SIGNIFICANCE } from './arrivalFit.js';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const TOP_SKUS = 5;

const number = (value: number, digits = 2): string =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const pValue = (p: number): string => (p < 1e-16 ? 'p < 1e-16' : `p = ${p < 0.001 ? p.toExponential(1) : p.toFixed(3)}`);
const chiSquare = (test: ChiSquareTest | undefined): string =>
  test === undefined ? 'too few classes to test' : `chi² ${number(test.statistic, 1)}, ${test.degreesOfFreedom} df, ${pValue(test.pValue)}`;

/** A count distribution as written, in words. */
function written(json: CountDistributionJson): string {
  switch (json.dist) {
    case 'constant':
      return `constant ${json.value}`;
    case 'poisson':
      return `${json.shift} + Poisson(${number(json.mean, 4)})`;
    case 'empirical':
      return `empirical table of ${json.values.length} values`;
  }
}

/** A count fit in words: the family, its mean, and its goodness of fit. */
function countFit(fit: CountDistributionFit, mean: number): [string, string] {
  switch (fit.family) {
    case 'constant':
      return [`always ${fit.value}`, 'exact (one value)'];
    case 'poisson':
      return [
        `${fit.poisson.shift} + Poisson(${number(fit.poisson.mean, 4)}), mean ${number(mean, 3)}`,
        `${chiSquare(fit.poisson.test)}; AIC ${number(fit.poisson.aic, 0)} vs table ${number(fit.empiricalAic, 0)}`,
      ];
    case 'empirical':
      return [
        `empirical (${fit.values.length} values, mean ${number(mean, 3)})`,
        `shifted Poisson rejected: ${chiSquare(fit.rejected.test)}; AIC ${number(fit.rejected.aic, 0)} vs table ${number(fit.empiricalAic, 0)}`,
      ];
  }
}

function profileWords(profile: readonly number[], label: (index: number) => string): string {
  let peak = 0;
  let low = 0;
  profile.forEach((value, index) => {
    if (value > (profile[peak] as number)) peak = index;
    if (value < (profile[low] as number)) low = index;
  });
  return `peak ${label(peak)} (${number(profile[peak] as number)}×), low ${label(low)} (${number(profile[low] as number)}×)`;
}

function table(rows: ReadonlyArray<readonly [string, string, string]>): string {
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => (row[column] as string).length)));
  return rows
    .map((row) => `  ${row[0].padEnd(widths[0] as number)}  ${row[1].padEnd(widths[1] as number)}  ${row[2]}`.trimEnd())
    .join('\n');
}

function channelReport(channel: ChannelCalibration): string {
  const { arrivals: a } = channel;
  const interval = a.perDayInterval === undefined ? '' : ` (95% ${number(a.perDayInterval[0], 1)} to ${number(a.perDayInterval[1], 1)})`;
  const trend =
    a.trend === undefined
      ? ['trend', 'not fitted (under 3 days)', '']
      : [
          'trend',
          a.growthPerYear === 0
            ? `none written (not significant at ${TREND_SIGNIFICANCE * 100}%)`
            : `${a.growthPerYear > 0 ? '+' : ''}${number(a.growthPerYear * 100, 1)}%/year; rate on day 1: ${number(a.ordersPerDay, 1)}/day`,
          `slope ${number(a.trend.slope, 3)} ± ${number(a.trend.slopeStandardError, 3)} orders/day per day, ${pValue(a.trend.pValue)}`,
        ];
  const [lines, linesFit] = countFit(channel.lines, channel.linesHistogram.mean);
  const [units, unitsFit] = countFit(channel.units, channel.unitsHistogram.mean);
  const named = channel.services === undefined ? [] : [...channel.services];
  const namedOrders = named.reduce((sum, [, count]) => sum + count, 0);
  const services =
    named.length === 0
      ? 'none named (the base serviceMix stays)'
      : named.map(([service, count]) => `${service} ${number((count / namedOrders) * 100, 1)}%`).join(', ');
  const rows: Array<readonly [string, string, string]> = [
    ['fit', 'history', 'goodness of fit / written'],
    ['orders/day', `${number(a.averagePerDay, 1)}${interval}`, `${a.orders.toLocaleString('en-US')} orders over ${a.days} days`],
    trend as [string, string, string],
    [
      'hourly profile',
      profileWords(a.hourlyProfile, (hour) => `${String(hour).padStart(2, '0')}:00`),
      `vs flat: ${chiSquare(a.hourlyVersusFlat)}`,
    ],
    [
      'weekday profile',
      a.weekdayProfile.map((value, day) => `${WEEKDAYS[day] as string} ${number(value)}`).join(' '),
      `vs flat: ${chiSquare(a.weekdayVersusFlat)}`,
    ],
    ['lines/order', lines, linesFit],
    [
      '',
      '',
      `written: ${written(channel.linesPerOrder)} SKU draws (repeats merge): ${number(channel.simulatedLinesPerOrder, 3)} lines expected`,
    ],
    ['units/line', units, unitsFit],
    ['', '', `written: ${written(channel.unitsPerLine)}`],
    [
      'services',
      services,
      channel.ordersWithoutService > 0 ? `${channel.ordersWithoutService.toLocaleString('en-US')} orders name none` : '',
    ],
  ];
  return `Channel ${channel.name}\n${table(rows)}`;
}

/** The calibration in words: a table per channel, then SKU popularity and the top SKUs' demand. */
export function calibrationReport(calibration: Calibration, source: string): string {
  const { window, popularity } = calibration;
  const from = new Date(Date.parse(calibration.start) + window.firstDay * 86_400_000).toISOString().slice(0, 10);
  const days = window.weeks * 7;
  const { zipf } = popularity;
  const top = [...popularity.skus].sort((p, q) => q.units - p.units).slice(0, TOP_SKUS);
  return [
    `Calibrated ${calibration.channels.length} channel(s) from ${source}: ${window.weeks} whole week(s) from ${from} (${days} days)`,
    '',
    ...calibration.channels.flatMap((channel) => [channelReport(channel), '']),
    `SKU popularity (all channels, lines per SKU): ${popularity.skus.length.toLocaleString('en-US')} SKUs; Zipf exponent ${number(zipf.exponent, 3)} (maximum likelihood), misplaces ${number(zipf.distance * 100, 1)}% of the lines, R² ${number(zipf.logLogRSquared, 3)} on log-log ranks`,
    `  written: ${popularity.written === 'zipf' ? `Zipf ${number(zipf.exponent, 4)}` : 'empirical weights per SKU'} (${popularity.reason})`,
    `Demand per SKU (top ${top.length} by units/day over the ${calibration.spanDays} days of the history): ${top.map(({ code, units, lines }) => `${code} ${number(units / calibration.spanDays, 1)} units/day (${number(lines / calibration.spanDays, 1)} lines)`).join('; ')}`,
  ].join('\n');
}
