import type { BacktestResult } from '../experiment/backtest/backtest.js';
import { csvField } from './csvField.js';

/** The columns of backtest.csv, in order (README: "Back-testing against your history"). */
export const BACKTEST_CSV_COLUMNS = [
  'measure',
  'week',
  'weekStart',
  'simulatedMean',
  'simulatedLow95',
  'simulatedHigh95',
  'actual',
  'error',
  'relativeError',
  'actualInInterval',
] as const;

const rounded = (value: number | null): number | null => (value === null ? null : Math.round(value * 1e6) / 1e6);

/** backtest.csv: a header, then one row per measure and week. */
export function backtestCsv(result: BacktestResult): string {
  const rows = result.rows.map((row) =>
    [
      row.measure,
      row.week,
      row.weekStart,
      rounded(row.simulated),
      rounded(row.low),
      rounded(row.high),
      rounded(row.actual),
      rounded(row.error),
      rounded(row.relativeError),
      row.inside,
    ]
      .map(csvField)
      .join(','),
  );
  return `${[BACKTEST_CSV_COLUMNS.join(','), ...rows].join('\n')}\n`;
}
