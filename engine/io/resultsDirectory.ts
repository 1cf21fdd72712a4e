import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReplicationResult } from '../experiment/runReplication.js';
import { KPI_NAMES } from '../kpi/definitions.js';
import { writeFileAtomic } from './writeResults.js';

/** A scenario as the manifest records it: enough to check that a rerun uses the same input. */
export interface ManifestScenario {
  readonly name: string;
  readonly file: string;
  /** SHA-256 of the scenario after `extends` merging, as canonical JSON. */
  readonly sha256: string;
}

/**
 * manifest.json: what produced a results directory. `status` is "running" while the command
 * works, "complete" at the end, "partial" when it was interrupted (the files listed are
 * whole; the missing work is simply absent), and "failed" when it stopped on an error (then
 * `error` says which; the files listed are whole).
 */
export interface Manifest {
  readonly tool: 'fulfill';
  readonly engineVersion: string;
  readonly command: readonly string[];
  readonly status: 'running' | 'complete' | 'partial' | 'failed';
  /** Why the command stopped, when `status` is "failed" (the message, no stack). */
  readonly error?: string;
  readonly seed: number;
  readonly replications: number;
  readonly scenarios: readonly ManifestScenario[];
  readonly files: readonly string[];
}

/**
 * JSON with object keys sorted, so equal scenarios hash equally whatever the key order. A typed
 * array (a loaded order history's columns) stands as its type and the SHA-256 of its bytes.
 */
function canonicalJson(value: unknown): string {
  if (ArrayBuffer.isView(value)) {
    const bytes = createHash('sha256')
      .update(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))
      .digest('hex');
    return JSON.stringify(`${value.constructor.name}:${bytes}`);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export function scenarioHash(raw: unknown): string {
  return createHash('sha256').update(canonicalJson(raw)).digest('hex');
}

export function writeManifest(directory: string, manifest: Manifest): void {
  mkdirSync(directory, { recursive: true });
  writeFileAtomic(join(directory, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** kpis.csv: one row per scenario and replication, one column per KPI (plus any leading columns given). */
export function kpiCsv(
  rows: ReadonlyArray<{
    readonly scenario: string;
    readonly seed: number;
    readonly runs: readonly ReplicationResult[];
    readonly columns?: Readonly<Record<string, string>>;
  }>,
): string {
  const extra = [...new Set(rows.flatMap((row) => Object.keys(row.columns ?? {})))];
  const quote = (text: string): string => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const lines = [['scenario', ...extra, 'seed', 'replication', ...KPI_NAMES].map(quote).join(',')];
  for (const row of rows) {
    for (const run of row.runs) {
      const values = KPI_NAMES.map((kpi) => (Number.isFinite(run.kpis[kpi]) ? String(run.kpis[kpi]) : ''));
      lines.push(
        [row.scenario, ...extra.map((key) => row.columns?.[key] ?? ''), String(row.seed), String(run.replication), ...values]
          .map(quote)
          .join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
