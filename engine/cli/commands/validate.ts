import { loadScenarioPlugins } from '../../io/loadPlugins.js';
import { readScenario } from '../../io/readScenario.js';
import { PolicyError } from '../../policies/plugins/PolicyError.js';
import { resolvePolicy } from '../../policies/resolvePolicy.js';
import { scenarioPolicies } from '../../policies/scenarioPolicies.js';
import { ScenarioError } from '../../scenario/ScenarioError.js';
import { UsageError, type CliIo } from '../CliIo.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';

/** `fulfill validate`: checks scenario files. */
export const VALIDATE_COMMAND = defineCommand({
  name: 'validate',
  operands: { '<scenario.json...>': 'scenario files to check' },
  summary: 'check scenario files; prints ok per file, or every problem with its file and JSON path',
  flags: {} satisfies FlagTable,
  action: validateCommand,
});

/** `fulfill validate <scenario.json>...`: checks every file (plugins loaded and built), reports each problem, exits 2 if any. */
export async function validateCommand(input: CommandInput<FlagTable>, io: CliIo): Promise<number> {
  const { positionals } = input;
  if (positionals.length === 0) throw new UsageError('validate: expected at least one scenario file');
  let failed = false;
  for (const file of positionals) {
    try {
      const loaded = await readScenario(file);
      for (const warning of loaded.warnings) io.stderr(`warning: ${warning}\n`);
      await loadScenarioPlugins(loaded.scenario);
      for (const { family, reference } of scenarioPolicies(loaded.scenario)) resolvePolicy(family, reference);
      io.stdout(`${loaded.file}: ok${loaded.scenario.description === '' ? '' : ` (${loaded.scenario.description})`}\n`);
    } catch (error) {
      if (error instanceof ScenarioError) io.stderr(`${error.message}\n`);
      else if (error instanceof PolicyError) io.stderr(`${file}: ${error.message}\n`);
      else throw error;
      failed = true;
    }
  }
  return failed ? 2 : 0;
}
