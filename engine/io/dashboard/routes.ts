import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { readMergedScenario } from '../readScenario.js';
import { errorAnswer, jsonAnswer, type Answer } from './answers.js';
import { backtestAnswer } from './backtestAnswer.js';
import { experimentsAnswer } from './experimentsAnswer.js';
import { dayLogAnswer, recordedDaysAnswer } from './dayLogAnswer.js';
import { ordersAnswer } from './ordersAnswer.js';
import { readResultFolder, type UnreadableResult } from './resultDocuments.js';
import { staticFile } from './staticFile.js';

/** What the routes serve from. */
export interface RouteSettings {
  /** The built dashboard (index.html and assets/). */
  readonly root: string;
  readonly resultsDirectory: string;
  readonly baselineFile: string;
  /** Told of each unreadable result file and of a baseline that cannot be read (the server logs them once). */
  readonly warn: (message: string) => void;
}

/** Header naming the result files that could not be read (URI-encoded names, comma-separated, the first 20). */
export const UNREADABLE_HEADER = 'x-fulfill-unreadable-results';

/** At most this many unreadable files are named; `UNREADABLE_HEADER-count` has the total. */
const MAX_NAMED = 20;

function resultsAnswer(settings: RouteSettings): Answer {
  const { documents, unreadable } = readResultFolder(settings.resultsDirectory);
  for (const { file, reason } of unreadable) settings.warn(`result file ${file} skipped: ${reason}`);
  // The names are capped so a folder of thousands of broken files cannot make the header huge.
  const names = unreadable.slice(0, MAX_NAMED).map(({ file }: UnreadableResult) => encodeURIComponent(file));
  const headers: Record<string, string> =
    unreadable.length === 0 ? {} : { [UNREADABLE_HEADER]: names.join(','), [`${UNREADABLE_HEADER}-count`]: String(unreadable.length) };
  return jsonAnswer(200, documents, headers);
}

function baselineAnswer(settings: RouteSettings): Answer {
  const name = basename(settings.baselineFile);
  try {
    // A FIFO or folder of that name would block or fail the read.
    if (!statSync(settings.baselineFile).isFile()) return errorAnswer(404, `no baseline scenario (${name} is not a file)`);
  } catch {
    return errorAnswer(404, `no baseline scenario (${name} not found)`);
  }
  try {
    return jsonAnswer(200, readMergedScenario(settings.baselineFile));
  } catch (error) {
    settings.warn(`baseline ${settings.baselineFile} could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return errorAnswer(422, `the baseline scenario ${name} could not be read (see the server's log)`);
  }
}

/** The answer to a GET of `path` (decoded) with `query`: the API, or a file of the built dashboard (a promise when it reads a file asynchronously). */
export function route(path: string, query: URLSearchParams, settings: RouteSettings): Answer | Promise<Answer> {
  switch (path) {
    case '/api/results':
      return resultsAnswer(settings);
    case '/api/orders':
      return ordersAnswer(settings.resultsDirectory, query).then(([status, body]) => jsonAnswer(status, body));
    case '/api/baseline':
      return baselineAnswer(settings);
    case '/api/days':
      return recordedDaysAnswer(settings.resultsDirectory);
    case '/api/day':
      return dayLogAnswer(settings.resultsDirectory, query);
    case '/api/backtest':
      return backtestAnswer(settings.resultsDirectory);
    case '/api/experiments':
      return experimentsAnswer(settings.resultsDirectory, query);
    default:
      return path.startsWith('/api/') ? errorAnswer(404, `no API ${path.slice(0, 100)}`) : staticFile(settings.root, path);
  }
}
