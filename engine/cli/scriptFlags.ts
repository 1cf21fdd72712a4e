import { CommanderError } from 'commander';
import { UsageError } from './CliIo.js';
import type { CommandDefinition, FlagTable, FlagValues } from './commandDefinition.js';
import { commanderCommand, flagValues, usageMessage } from './commanderCommand.js';

/** A script's command line (a bench script's, say): its name (as `npm run NAME`), what it does and its flags. */
export type ScriptDefinition<Flags extends FlagTable> = Omit<CommandDefinition<Flags>, 'action' | 'operands'>;

/**
 * Parses a script's flags by the same rules as `fulfill` (the bench scripts use it): `--help`
 * prints the usage and exits 0; an unknown flag (with the nearest known one), a value outside
 * `choices`, or a UsageError thrown by `settings` prints one line and exits 2.
 */
export function scriptFlags<const Flags extends FlagTable, Settings>(
  definition: ScriptDefinition<Flags>,
  settings: (values: FlagValues<Flags>) => Settings,
  argv: readonly string[] = process.argv.slice(2),
): Settings {
  const io = { stdout: (text: string) => void process.stdout.write(text), stderr: (text: string) => void process.stderr.write(text) };
  const command = commanderCommand({ ...definition, operands: {} }, definition.name, io)
    .name(`npm run ${definition.name} --`)
    .configureOutput({ outputError: (text, write) => write(usageMessage(definition.name, text, `npm run ${definition.name} -- --help`)) });
  try {
    command.parse([...argv], { from: 'user' });
    return settings(flagValues(definition.flags, command));
  } catch (error) {
    if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
    if (error instanceof UsageError) {
      io.stderr(`${definition.name}: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}
