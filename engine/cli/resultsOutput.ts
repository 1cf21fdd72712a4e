import { join, relative } from 'node:path';
import type { ReplicationResult } from '../experiment/runReplication.js';
import type { ScenarioResult } from '../experiment/runScenario.js';
import type { LoadedScenario } from '../io/readScenario.js';
import { scenarioHash, writeManifest, type Manifest } from '../io/resultsDirectory.js';
import { engineVersion } from '../version.js';
import { ordersFileName, removeStaleTemporaries, writeFileAtomic, writeScenarioResults, type ResultsFormat } from '../io/writeResults.js';
import { kpiCsv } from '../io/resultsDirectory.js';
import { writeKpisParquet, type KpiRows } from '../io/kpisParquet.js';
import type { CliIo } from './CliIo.js';
import { redactArgs } from '../distributed/redactUrl.js';
import { scenarioInputFiles } from '../io/scenarioInputFiles.js';
import { checkDistinctNames, checkOutputsSpareInputs, checkScenarioNameLengths } from './outputPaths.js';

/** Files a results directory may hold whatever the scenarios: the manifest and the commands' tables. */
const SHARED_FILES = ['manifest.json', 'kpis.csv', 'kpis.parquet', 'backtest.csv', 'backtest.json'] as const;

/**
 * A command's `--out DIR`: every file written atomically, and a manifest that says what made
 * the directory and whether it is complete. Without `--out` every call does nothing.
 */
export class ResultsOutput {
  private readonly files: string[] = [];
  private manifest: Omit<Manifest, 'status' | 'files'> | undefined;

  constructor(
    private readonly directory: string | undefined,
    private readonly io: CliIo,
    /** How the per-order records are written; parquet also adds kpis.parquet beside kpis.csv. */
    private readonly format: ResultsFormat = 'csv',
  ) {}

  get enabled(): boolean {
    return this.directory !== undefined;
  }

  /** Records what is being run and marks the directory as in progress. */
  begin(command: readonly string[], scenarios: readonly LoadedScenario[], seed: number, replications: number): void {
    if (this.directory !== undefined) {
      checkDistinctNames('out', scenarios);
      checkScenarioNameLengths('out', scenarios);
    }
    checkOutputsSpareInputs('out', this.paths(scenarios), scenarios.flatMap(scenarioInputFiles));
    this.manifest = {
      tool: 'fulfill',
      engineVersion: engineVersion(),
      // The command line as typed, but never a queue password.
      command: ['fulfill', ...redactArgs(command)],
      seed,
      replications,
      scenarios: scenarios.map((loaded) => ({ name: loaded.name, file: loaded.file, sha256: scenarioHash(loaded.raw) })),
    };
    if (this.directory !== undefined) removeStaleTemporaries(this.directory);
    this.writeManifest('running');
  }

  /** The files this output may write for `scenarios` (none without `--out`); a day log is `<name>.day-N.json` besides. */
  paths(scenarios: readonly LoadedScenario[]): string[] {
    const directory = this.directory;
    if (directory === undefined) return [];
    const names = [...SHARED_FILES, ...scenarios.flatMap((loaded) => [`${loaded.name}.json`, ordersFileName(loaded.name, this.format)])];
    return names.map((name) => join(directory, name));
  }

  /** The replication count may grow (precision); the manifest keeps the final one. */
  setReplications(replications: number): void {
    if (this.manifest !== undefined) this.manifest = { ...this.manifest, replications };
  }

  scenario(result: ScenarioResult, runs: readonly ReplicationResult[]): void {
    if (this.directory === undefined) return;
    for (const path of writeScenarioResults(this.directory, result, runs, this.format)) this.wrote(path);
  }

  file(name: string, content: string): void {
    if (this.directory === undefined) return;
    const path = join(this.directory, name);
    writeFileAtomic(path, content);
    this.wrote(path);
  }

  /** kpis.csv, and with --format parquet kpis.parquet too. */
  kpis(rows: KpiRows): void {
    this.file('kpis.csv', kpiCsv(rows));
    if (this.directory === undefined || this.format !== 'parquet') return;
    const path = join(this.directory, 'kpis.parquet');
    writeKpisParquet(path, rows);
    this.wrote(path);
  }

  json(name: string, document: unknown): void {
    this.file(name, `${JSON.stringify(document, null, 2)}\n`);
  }

  end(status: 'complete' | 'partial'): void {
    if (this.directory === undefined) return;
    this.writeManifest(status);
    this.io.stderr(
      `${status === 'complete' ? 'results' : 'partial results (interrupted)'} in ${this.directory}/ (manifest.json says what made them)\n`,
    );
  }

  /** The command stopped on `error`: the manifest says "failed" and why (the message only); the files written stay. */
  fail(error: unknown): void {
    if (this.directory === undefined || this.manifest === undefined) return;
    const message = error instanceof Error ? error.message : String(error);
    try {
      writeManifest(this.directory, { ...this.manifest, status: 'failed', error: message, files: [...this.files].sort() });
    } catch {
      // The folder itself may be what failed: the error being reported matters more.
    }
  }

  private wrote(path: string): void {
    // relative(), not slicing the directory's length off: join() normalises "." and "./out/".
    const name = relative(this.directory as string, path);
    if (!this.files.includes(name)) this.files.push(name);
  }

  private writeManifest(status: Manifest['status']): void {
    if (this.directory === undefined || this.manifest === undefined) return;
    writeManifest(this.directory, { ...this.manifest, status, files: [...this.files].sort() });
  }
}
