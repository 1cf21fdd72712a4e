import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReplicationResult } from '../experiment/runReplication.js';
import type { ScenarioResult } from '../experiment/runScenario.js';

const TEMPORARY = /\.partial-(\d+)$/;

/** Writes a file atomically: a temporary file in the same folder, then a rename; a failed write leaves no temporary behind. */
export function writeFileAtomic(path: string, content: string): void {
  const temporary = `${path}.partial-${process.pid}`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** True when process `pid` is still running (it may still be writing its temporary files). */
function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files a killed writer left in `directory` (those of live processes stay). */
export function removeStaleTemporaries(directory: string): void {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (match !== null && !running(Number(match[1]))) rmSync(join(directory, name), { force: true });
  }
}

/** One CSV field of a per-order record (every field is a string, a number, a boolean or null). */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The per-order CSV: a header, then one row per order of every replication. */
export function ordersCsv(replications: readonly ReplicationResult[]): string {
  const rows: string[] = [];
  let header: string[] | undefined;
  for (const result of replications) {
    for (const record of result.orders ?? []) {
      header ??= ['replication', ...Object.keys(record)];
      rows.push([result.replication, ...(Object.values(record) as Array<string | number | boolean | null>)].map(csvField).join(','));
    }
  }
  return `${(header ?? ['replication', 'id']).join(',')}\n${rows.join('\n')}${rows.length > 0 ? '\n' : ''}`;
}

/** Writes `<name>.json` (the result document) and `<name>.orders.csv` into `directory`. */
export function writeScenarioResults(directory: string, result: ScenarioResult, replications: readonly ReplicationResult[]): string[] {
  mkdirSync(directory, { recursive: true });
  const jsonPath = join(directory, `${result.scenario}.json`);
  const csvPath = join(directory, `${result.scenario}.orders.csv`);
  writeFileAtomic(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
  writeFileAtomic(csvPath, ordersCsv(replications));
  return [jsonPath, csvPath];
}
