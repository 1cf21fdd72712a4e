import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { errorAnswer, jsonAnswer, type Answer } from './answers.js';
import { MAX_RESULT_FILE_BYTES } from './resultDocuments.js';

/** The file `fulfill backtest --out DIR` writes and the dashboard charts. */
export const BACKTEST_FILE = 'backtest.json';

/** `/api/backtest`: the folder's back-test document; 404 when the folder has none, 422 when it cannot be read. */
export function backtestAnswer(resultsDirectory: string): Answer {
  const file = join(resultsDirectory, BACKTEST_FILE);
  let size: number;
  try {
    const stats = statSync(file);
    // A FIFO or device would block the read for ever.
    if (!stats.isFile()) return errorAnswer(422, `${BACKTEST_FILE} is not a regular file`);
    size = stats.size;
  } catch {
    return errorAnswer(404, `no back-test in this folder (${BACKTEST_FILE}: run fulfill backtest SCENARIO --out DIR)`);
  }
  if (size > MAX_RESULT_FILE_BYTES) return errorAnswer(422, `${BACKTEST_FILE} is larger than ${MAX_RESULT_FILE_BYTES / 1024 / 1024} MB`);
  try {
    const document = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown };
    if (typeof document !== 'object' || document === null || document.format !== 'fulfill-backtest')
      return errorAnswer(422, `${BACKTEST_FILE} is not a back-test (no "format": "fulfill-backtest")`);
    return jsonAnswer(200, document);
  } catch {
    return errorAnswer(422, `${BACKTEST_FILE} could not be read (half-written?)`);
  }
}
