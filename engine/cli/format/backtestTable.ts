import type { BacktestResult } from '../../experiment/backtest/backtest.js';

/** A value in a measure's unit: shares as percentages, counts whole, hours to one decimal. */
function format(unit: string, value: number | null): string {
  if (value === null) return '-';
  if (unit === 'share') return `${(value * 100).toFixed(1)}%`;
  if (unit === 'orders') return value.toFixed(Number.isInteger(value) ? 0 : 1);
  return value.toFixed(1);
}

const percent = (value: number | null): string => (value === null ? '-' : `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`);

/**
 * The back-test as text: per measure, a table of weeks (simulated mean and 95% interval, actual,
 * error and relative error, whether the actual lies in the interval), then a one-line verdict.
 */
export function backtestTable(result: BacktestResult): string {
  const out = [
    `backtest of ${result.scenario}: ${result.replications} replication(s), seed ${result.seed}; weeks ${result.firstWeek} to ${result.lastWeek} (whole weeks after the ${result.warmupDays}-day warm-up, before the ${result.horizonDays}-day horizon)`,
    'simulated: mean over replications [95% interval for one realization]; error = simulated - actual',
  ];
  for (const measure of result.measures) {
    const rows = result.rows.filter((row) => row.measure === measure.name);
    const table = [
      ['week', 'from', 'simulated', '95% interval', 'actual', 'error', 'relative', 'inside'],
      ...rows.map((row) => [
        String(row.week),
        row.weekStart === '' ? '-' : row.weekStart,
        format(measure.unit, row.simulated),
        row.low === null || row.high === null ? '-' : `${format(measure.unit, row.low)} to ${format(measure.unit, row.high)}`,
        format(measure.unit, row.actual),
        row.error === null ? '-' : `${row.error >= 0 ? '+' : ''}${format(measure.unit, row.error)}`,
        percent(row.relativeError),
        row.inside === null ? '-' : row.inside ? 'yes' : 'NO',
      ]),
    ];
    const widths = (table[0] as string[]).map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
    const line = (row: readonly string[]): string =>
      row.map((text, column) => (column < 2 ? text.padEnd(widths[column] ?? 0) : text.padStart(widths[column] ?? 0))).join('  ');
    const verdict = result.verdicts.find((candidate) => candidate.measure === measure.name);
    const said =
      verdict === undefined || verdict.weeks === 0
        ? 'no week with both a simulated interval and an actual value'
        : `actual inside the 95% interval in ${verdict.inside} of ${verdict.weeks} weeks (${percent(verdict.shareInside).replace('+', '')}); mean absolute error ${format(measure.unit, verdict.meanAbsoluteError)}${measure.unit === 'share' ? ' points' : ` ${measure.unit}`} (${percent(verdict.meanAbsoluteRelativeError).replace('+', '')} relative)`;
    out.push(
      '',
      `${measure.label} (${measure.unit}): ${measure.definition}`,
      line(table[0] as string[]),
      ...table.slice(1).map(line),
      `verdict: ${said}`,
    );
  }
  for (const note of result.notes) out.push('', `note: ${note}`);
  return `${out.join('\n')}\n`;
}
