import { runScenario, type ScenarioResult } from '../../experiment/runScenario.js';
import { readScenario, validateLoaded, type LoadedScenario } from '../../io/readScenario.js';
import { writeScenarioResults } from '../../io/writeResults.js';
import { UsageError, type CliIo } from '../CliIo.js';
import { kpiTable, worstSkuTable } from '../format/kpiTable.js';
import { durationFlag, integerFlag, parseFlags } from '../parseFlags.js';
import { progressBar } from '../progress.js';

/** Reads every scenario and applies --horizon, so every input error surfaces before any run. */
export function loadScenarios(files: readonly string[], horizon: string | undefined): LoadedScenario[] {
  return files.map((file) => {
    const loaded = readScenario(file);
    if (horizon === undefined) return loaded;
    const raw = { ...loaded.raw, horizon };
    return { ...loaded, raw, scenario: validateLoaded(raw, `${loaded.file} (with --horizon ${horizon})`) };
  });
}

/** `fulfill run <scenario.json>... [--reps N] [--seed S] [--horizon 90d] [--json] [--out DIR]` */
export function runCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseFlags(args, {
    reps: { type: 'string' },
    seed: { type: 'string' },
    horizon: { type: 'string' },
    json: { type: 'boolean' },
    out: { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('run: expected at least one scenario file');
  const replications = integerFlag('reps', values.reps, 1, 10_000);
  const seed = integerFlag('seed', values.seed, 0);
  const scenarios = loadScenarios(positionals, durationFlag('horizon', values.horizon));
  const results: ScenarioResult[] = [];
  for (const loaded of scenarios) {
    const { result, replications: runs } = runScenario(loaded.name, loaded.scenario, {
      ...(replications === undefined ? {} : { replications }),
      ...(seed === undefined ? {} : { seed }),
      ...(values.out === undefined ? {} : { recordOrders: 'all' as const }),
      onProgress: progressBar(io, loaded.name),
    });
    results.push(result);
    if (values.out !== undefined) {
      for (const path of writeScenarioResults(values.out, result, runs)) io.stderr(`wrote ${path}\n`);
    }
  }
  if (values.json === true) {
    const document = results.length === 1 ? results[0] : { scenarios: results };
    io.stdout(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    io.stdout(kpiTable(results));
    for (const result of results) io.stdout(worstSkuTable(result));
  }
  return 0;
}
