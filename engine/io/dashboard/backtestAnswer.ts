import { readFileSync } from 'node:fs';
import { fileInFolder } from './fileInFolder.js';
import { errorAnswer, JSON_TYPE, jsonAnswer, type Answer } from './answers.js';
import { MAX_RESULT_FILE_BYTES } from './resultDocuments.js';

/** The file `fulfill backtest --out DIR` writes and the dashboard charts. */
export const BACKTEST_FILE = 'backtest.json';

/**
 * `/api/backtest`: the folder's back-test document; 204 (no content) when the folder has none,
 * which is normal and so no failed request in the browser's console; 422 when it cannot be read.
 */
export function backtestAnswer(resultsDirectory: string): Answer {
  // None, or a link that leads out of the folder: no back-test here.
  const found = fileInFolder(resultsDirectory, BACKTEST_FILE);
  if (found === undefined) return { status: 204, contentType: JSON_TYPE, body: '', headers: { 'cache-control': 'no-store' } };
  // A FIFO or device would block the read for ever.
  if (!found.stats.isFile()) return errorAnswer(422, `${BACKTEST_FILE} is not a regular file`);
  const { path: file, stats } = found;
  const size = stats.size;
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
