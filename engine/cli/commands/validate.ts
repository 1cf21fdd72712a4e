import { readScenario } from '../../io/readScenario.js';
import { ScenarioError } from '../../scenario/ScenarioError.js';
import { UsageError, type CliIo } from '../CliIo.js';
import { parseFlags } from '../parseFlags.js';

/** `fulfill validate <scenario.json>...`: checks every file, reports each problem, exits 2 if any. */
export function validateCommand(args: readonly string[], io: CliIo): number {
  const { positionals } = parseFlags(args, {});
  if (positionals.length === 0) throw new UsageError('validate: expected at least one scenario file');
  let failed = false;
  for (const file of positionals) {
    try {
      const loaded = readScenario(file);
      io.stdout(`${loaded.file}: ok${loaded.scenario.description === '' ? '' : ` (${loaded.scenario.description})`}\n`);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      io.stderr(`${error.message}\n`);
      failed = true;
    }
  }
  return failed ? 2 : 0;
}
