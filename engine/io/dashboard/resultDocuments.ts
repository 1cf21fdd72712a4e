import { readdirSync, readFileSync } from 'node:fs';
import { fileInFolder } from './fileInFolder.js';
import { DAY_LOG_FILE, isDayLogFile } from './isDayLogFile.js';
import { claimsToBeResult } from '../report/readReportFolder.js';
import { formatJsonPath } from '../../scenario/ScenarioError.js';
import { dashboardResultSchema } from './dashboardResultSchema.js';

/** Largest result file the dashboard reads, bytes (a 90-day, 30-replication result is a few MB). */
export const MAX_RESULT_FILE_BYTES = 256 * 1024 * 1024;

/** A result file that could not be read, and why (no machine paths: the file's name only). */
export interface UnreadableResult {
  readonly file: string;
  readonly reason: string;
}

/** The scenario results of a folder and the `.json` files in it that could not be read. */
export interface ResultFolder {
  /** Result documents: a scenario's name and KPIs at least (the rest is the client's to read). */
  readonly documents: Array<{ readonly scenario: string; readonly kpis: object }>;
  readonly unreadable: UnreadableResult[];
}

/** Reads one `.json` file: its document, or why it could not be read. */
function readJson(directory: string, file: string): { document: unknown } | { reason: string } {
  const found = fileInFolder(directory, file);
  // A link that leads out of the folder is not read.
  if (found === undefined) return { reason: 'not a file of this folder' };
  // A FIFO or device would block the read for ever; a directory cannot be read.
  if (!found.stats.isFile()) return { reason: 'not a regular file' };
  if (found.stats.size > MAX_RESULT_FILE_BYTES) return { reason: `larger than ${MAX_RESULT_FILE_BYTES / 1024 / 1024} MB` };
  try {
    return { document: JSON.parse(readFileSync(found.path, 'utf8')) as unknown };
  } catch (error) {
    return { reason: error instanceof SyntaxError ? 'not valid JSON (half-written?)' : 'could not be read' };
  }
}

/**
 * Every scenario result document in `directory`, the baseline first, then by file name. A
 * `.json` file that cannot be read or parsed is listed in `unreadable` instead of failing the
 * rest; a valid JSON file that is not a result (such as `manifest.json`) is left out silently.
 */
export function readResultFolder(directory: string): ResultFolder {
  let files: string[];
  try {
    files = readdirSync(directory)
      // Day logs are served by /api/day, not read with the results (a result may be named like one).
      .filter((file) => file.endsWith('.json') && !isDayLogFile(directory, file))
      .sort();
  } catch {
    return { documents: [], unreadable: [] };
  }
  const documents: Array<{ scenario: string; kpis: object }> = [];
  const unreadable: UnreadableResult[] = [];
  for (const file of files) {
    const read = readJson(directory, file);
    // A broken file named like a day log is the playback's to report (/api/day answers 422).
    if ('reason' in read) {
      if (!DAY_LOG_FILE.test(file)) unreadable.push({ file, reason: read.reason });
    } else if (claimsToBeResult(read.document)) {
      // A page would otherwise fail on it with no file named; the report checks more (what it shows).
      const parsed = dashboardResultSchema.safeParse(read.document);
      if (parsed.success) documents.push(read.document as { scenario: string; kpis: object });
      else unreadable.push({ file, reason: firstProblem(parsed.error.issues) });
    }
  }
  return {
    documents: [
      ...documents.filter((document) => document.scenario === 'baseline'),
      ...documents.filter((document) => document.scenario !== 'baseline'),
    ],
    unreadable,
  };
}

/** Every scenario result document in `directory`, the baseline first, then by name (unreadable files skipped). */
export function readResultDocuments(directory: string): unknown[] {
  return readResultFolder(directory).documents;
}

/** The first problem of a result document, at its JSON path. */
function firstProblem(issues: ReadonlyArray<{ readonly path: ReadonlyArray<PropertyKey>; readonly message: string }>): string {
  const [issue] = issues;
  if (issue === undefined) return 'not a scenario result';
  return `${formatJsonPath(issue.path.filter((key): key is string | number => typeof key !== 'symbol'))}: ${issue.message}`;
}
