import { readdirSync, readFileSync } from 'node:fs';
import { fileInFolder } from '../dashboard/fileInFolder.js';
import { formatJsonPath } from '../../scenario/ScenarioError.js';
import { reportResultSchema, type ReportResult } from './reportResultSchema.js';

/** Largest result file a report reads, bytes. */
export const MAX_REPORT_FILE_BYTES = 256 * 1024 * 1024;
/** Most scenarios one report shows. */
export const MAX_REPORT_SCENARIOS = 100;

/** The results a report shows, baseline first, and the result files it could not use (file name and why). */
export interface ReportFolder {
  readonly results: ReportResult[];
  readonly unreadable: ReadonlyArray<{ readonly file: string; readonly reason: string }>;
}

/**
 * A JSON document that claims to be a scenario's result: one with a `scenario` and `kpis`, of
 * whatever type (a wrong one is then named). manifest.json, comparison.json and the like have neither.
 */
export function claimsToBeResult(document: unknown): boolean {
  return typeof document === 'object' && document !== null && !Array.isArray(document) && 'scenario' in document && 'kpis' in document;
}

/** Why a document that claims to be a result cannot be used (its first problem at its JSON path), or undefined. */
export function resultProblem(document: unknown): string | undefined {
  const parsed = reportResultSchema.safeParse(document);
  if (parsed.success) return undefined;
  const [issue] = parsed.error.issues;
  const where = issue === undefined ? '$' : formatJsonPath(issue.path.filter((key) => typeof key !== 'symbol'));
  return `${where}: ${issue?.message ?? 'not a scenario result'}`;
}

/** One file's result, nothing (not a result document), or why it cannot be used. */
function readResult(directory: string, file: string): { result: ReportResult } | { reason: string } | undefined {
  let document: unknown;
  // As the dashboard does: a link that leads out of the folder (to another folder's result, or
  // to any file on this machine) is not one of its results.
  const found = fileInFolder(directory, file);
  if (found === undefined) return { reason: 'gone, or a symbolic link to a file outside the folder' };
  try {
    // A FIFO or device would block the read for ever.
    if (!found.stats.isFile()) return { reason: 'not a regular file' };
    if (found.stats.size > MAX_REPORT_FILE_BYTES) return { reason: `larger than ${MAX_REPORT_FILE_BYTES / 1024 / 1024} MB` };
    document = JSON.parse(readFileSync(found.path, 'utf8')) as unknown;
  } catch (error) {
    return { reason: error instanceof SyntaxError ? 'not valid JSON (half-written?)' : 'could not be read' };
  }
  if (!claimsToBeResult(document)) return undefined;
  const parsed = reportResultSchema.safeParse(document);
  if (parsed.success) return { result: parsed.data };
  return { reason: resultProblem(document) ?? 'not a scenario result' };
}

/**
 * The scenario results in `directory` (`.json` files written by run, compare, start...), the
 * baseline first, then by file name; files that look like results but cannot be used are listed
 * in `unreadable`, other JSON files (manifest.json) are not results and are left out.
 */
export function readReportFolder(directory: string): ReportFolder {
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort();
  const results: ReportResult[] = [];
  const unreadable: Array<{ file: string; reason: string }> = [];
  for (const file of files) {
    const read = readResult(directory, file);
    if (read === undefined) continue;
    if ('reason' in read) unreadable.push({ file, reason: read.reason });
    else if (results.length >= MAX_REPORT_SCENARIOS) unreadable.push({ file, reason: `more than ${MAX_REPORT_SCENARIOS} scenarios` });
    else results.push(read.result);
  }
  return {
    results: [...results.filter((result) => result.scenario === 'baseline'), ...results.filter((result) => result.scenario !== 'baseline')],
    unreadable,
  };
}
