import type { ResultsFormat } from '../io/writeResults.js';
import { UsageError } from './CliIo.js';

/** `--format csv|parquet` (with --out): how a results folder holds the per-order records; csv by default. */
export function resultsFormatFlag(value: string | undefined, out: string | undefined): ResultsFormat {
  if (value === undefined) return 'csv';
  if (value !== 'csv' && value !== 'parquet') throw new UsageError(`--format: expected csv or parquet, got "${value}"`);
  if (out === undefined) throw new UsageError('--format: only applies with --out DIR');
  return value;
}
