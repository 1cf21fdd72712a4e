import { fileSystemFailure } from './fileSystemFailure.js';
import { ScenarioError } from '../scenario/ScenarioError.js';
import { Command, CommanderError } from 'commander';
import { PolicyError } from '../policies/plugins/PolicyError.js';
import { displayPath } from '../io/displayPath.js';
import { engineVersion } from '../version.js';
import { UsageError, type CliIo } from './CliIo.js';
import type { CommandDefinition, CommandInput } from './commandDefinition.js';
import { commanderCommand, flagValues, routeOutput } from './commanderCommand.js';
import { COMPARE_COMMAND } from './commands/compare.js';
import { SWEEP_COMMAND } from './commands/sweep.js';
import { WARMUP_COMMAND } from './commands/warmup.js';
import { OPTIMIZE_COMMAND } from './commands/optimize.js';
import { DASHBOARD_COMMAND } from './commands/dashboard.js';
import { REPORT_COMMAND } from './commands/report.js';
import { ROUTE_COMMAND } from './commands/route.js';
import { CHECK_POLICY_COMMAND } from './commands/checkPolicy.js';
import { WORKER_COMMAND } from './commands/worker.js';
import { QueueJobError } from '../distributed/queueRunner.js';
import { commandLineSecrets, redactSecrets } from '../distributed/redactUrl.js';
import { RUN_COMMAND } from './commands/run.js';
import { SCHEMA_COMMAND } from './commands/schema.js';
import { START_COMMAND } from './commands/start.js';
import { VALIDATE_COMMAND } from './commands/validate.js';
import { CALIBRATE_COMMAND } from './commands/calibrate.js';
import { EXPORT_HISTORY_COMMAND } from './commands/exportHistory.js';
import { BACKTEST_COMMAND } from './commands/backtest.js';

/** Every command, in the order the overview lists them. */
export const COMMANDS: readonly CommandDefinition[] = [
  RUN_COMMAND,
  COMPARE_COMMAND,
  SWEEP_COMMAND,
  WARMUP_COMMAND,
  OPTIMIZE_COMMAND,
  VALIDATE_COMMAND,
  CALIBRATE_COMMAND,
  EXPORT_HISTORY_COMMAND,
  BACKTEST_COMMAND,
  ROUTE_COMMAND,
  WORKER_COMMAND,
  CHECK_POLICY_COMMAND,
  START_COMMAND,
  DASHBOARD_COMMAND,
  REPORT_COMMAND,
  SCHEMA_COMMAND,
];

const EXIT_CODES = `
Run \`fulfill help <command>\` (or \`fulfill <command> --help\`) for a command's operands and flags.

Exit codes: 0 success; 2 bad input (a flag, a file, a JSON path and what was expected; a broken
plugin; a file the machine cannot write, e.g. on a full disk); 1 internal error (check-policy: 1
when a rule is broken); 130 interrupted by Ctrl-C.
`;

/** The `fulfill` program: one subcommand per definition; the action only records what was chosen. */
function program(io: CliIo, chosen: (definition: CommandDefinition, input: CommandInput<CommandDefinition['flags']>) => void): Command {
  const root = routeOutput(new Command('fulfill'), 'fulfill', io)
    .description('discrete-event simulation of order fulfillment')
    .version(engineVersion(), '-v, --version', 'print the engine version')
    .enablePositionalOptions()
    .helpCommand('help [command]', "print a command's usage and flags")
    .addHelpText('after', EXIT_CODES);
  for (const definition of COMMANDS) {
    const command = commanderCommand(definition, `fulfill ${definition.name}`, io);
    command.action(() => chosen(definition, { values: flagValues(definition.flags, command), positionals: command.args, args: [] }));
    root.addCommand(command);
  }
  return root;
}

/** Runs the CLI with `args` (without node and script) and returns the exit code. */
export async function main(args: readonly string[], given: CliIo): Promise<number> {
  // Credentials in a URL on the command line (--queue) never reach the terminal or a log.
  const secrets = commandLineSecrets(args);
  const io: CliIo = secrets.length === 0 ? given : { ...given, stderr: (text) => given.stderr(redactSecrets(text, secrets)) };
  let selected: { definition: CommandDefinition; input: CommandInput<CommandDefinition['flags']> } | undefined;
  const root = program(io, (definition, input) => {
    selected = { definition, input: { ...input, args: args.slice(1) } };
  });
  if (args.length === 0) {
    root.outputHelp();
    return 2;
  }
  // `fulfill help run` reads as `fulfill run --help`, and `fulfill help rn` as `fulfill rn`, so a
  // misspelt command gets its suggestion rather than the overview.
  const helpFor = args[0] === 'help' ? args[1] : undefined;
  const parsed =
    helpFor === undefined ? [...args] : COMMANDS.some((definition) => definition.name === helpFor) ? [helpFor, '--help'] : [helpFor];
  try {
    root.parse(parsed, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  if (selected === undefined) {
    root.outputHelp();
    return 2;
  }
  const { definition, input } = selected;
  const command = definition.name;
  try {
    return await definition.action(input, io);
  } catch (error) {
    if (error instanceof ScenarioError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    if (error instanceof PolicyError) {
      io.stderr(`fulfill ${command}: ${error.message.replace(error.module, displayPath(error.module))}\n`);
      return 2;
    }
    if (error instanceof QueueJobError) {
      io.stderr(`fulfill ${command}: queue: ${error.message}\n`);
      return error.refused ? 2 : 1;
    }
    if (error instanceof UsageError) {
      io.stderr(`fulfill ${command}: ${error.message}\n`);
      return 2;
    }
    const failure = fileSystemFailure(error);
    if (failure !== undefined) {
      io.stderr(`fulfill ${command}: ${failure}\n`);
      return 2;
    }
    io.stderr(`fulfill ${command}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
