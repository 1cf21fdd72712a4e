import { WORKER_EXEC_ARGV } from '../../parallel/workerExecArgv.js';
import { Piscina } from 'piscina';
import type { PluginLoadAnswer } from '../../parallel/pluginLoadWorker.js';
import { runSupervisedTask, usesPlugins } from '../../parallel/supervisedTask.js';
import { parallelWorkerFile } from '../../parallel/workerPool.js';
import { readScenario } from '../../io/readScenario.js';
import { PolicyError } from '../../policies/plugins/PolicyError.js';
import { ScenarioError } from '../../scenario/ScenarioError.js';
import { UsageError, type CliIo } from '../CliIo.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';
import { PLUGIN_TIMEOUT_FLAG, pluginTimeoutMs } from '../pluginTimeoutFlag.js';

/** The flags of `fulfill validate`. */
const VALIDATE_FLAGS = { ...PLUGIN_TIMEOUT_FLAG } as const satisfies FlagTable;

/** `fulfill validate`: checks scenario files. */
export const VALIDATE_COMMAND = defineCommand({
  name: 'validate',
  operands: { '<scenario.json...>': 'scenario files to check' },
  summary: 'check scenario files; prints ok per file, or every problem with its file and JSON path',
  flags: VALIDATE_FLAGS,
  action: validateCommand,
});

/** `fulfill validate <scenario.json>...`: checks every file (plugins loaded and built), reports each problem, exits 2 if any. */
export async function validateCommand(input: CommandInput<typeof VALIDATE_FLAGS>, io: CliIo): Promise<number> {
  const { values, positionals } = input;
  if (positionals.length === 0) throw new UsageError('validate: expected at least one scenario file');
  const timeoutMs = pluginTimeoutMs(values['plugin-timeout']);
  let failed = false;
  // Plugin code runs on a supervised thread, so a module whose import or create never returns is stopped.
  let pool: Piscina | undefined;
  try {
    for (const file of positionals) {
      try {
        const loaded = await readScenario(file);
        for (const warning of loaded.warnings) io.stderr(`warning: ${warning}\n`);
        if (usesPlugins(loaded.scenario)) {
          pool ??= new Piscina({
            filename: parallelWorkerFile('pluginLoadWorker.js'),
            minThreads: 1,
            maxThreads: 1,
            execArgv: [...WORKER_EXEC_ARGV],
          });
          await runSupervisedTask<PluginLoadAnswer>(pool, { scenario: loaded.scenario }, { supervised: true, timeoutMs });
        }
        io.stdout(`${loaded.file}: ok${loaded.scenario.description === '' ? '' : ` (${loaded.scenario.description})`}\n`);
      } catch (error) {
        if (error instanceof ScenarioError) io.stderr(`${error.message}\n`);
        else if (error instanceof PolicyError) io.stderr(`${file}: ${error.message}\n`);
        else throw error;
        failed = true;
      }
    }
  } finally {
    await pool?.destroy();
  }
  return failed ? 2 : 0;
}
