import { ScenarioError } from '../scenario/ScenarioError.js';
import { relative } from 'node:path';
import { PolicyError } from '../policies/plugins/PolicyError.js';
import { UsageError, type CliIo } from './CliIo.js';
import { compareCommand } from './commands/compare.js';
import { sweepCommand } from './commands/sweep.js';
import { warmupCommand } from './commands/warmup.js';
import { optimizeCommand } from './commands/optimize.js';
import { dashboardCommand } from './commands/dashboard.js';
import { routeCommand } from './commands/route.js';
import { checkPolicyCommand } from './commands/checkPolicy.js';
import { workerCommand } from './commands/worker.js';
import { QueueJobError } from '../distributed/queueRunner.js';
import { runCommand } from './commands/run.js';
import { schemaCommand } from './commands/schema.js';
import { startCommand } from './commands/start.js';
import { validateCommand } from './commands/validate.js';

const HELP = `fulfill: discrete-event simulation of order fulfillment

usage:
  fulfill run <scenario.json>... [--reps N] [--seed S] [--horizon 90d] [--precision KPI=±x[%]]... [--max-reps N]
                                [--workers N | --queue redis://HOST:PORT] [--json] [--out DIR] [--trace FILE [--trace-orders ID,ID...]]
  fulfill compare <base.json> <variant.json>... [--reps N] [--seed S] [--horizon 90d] [--best KPI]
                                [--precision KPI=±x[%]]... [--max-reps N] [--workers N | --queue URL] [--json] [--out DIR]
  fulfill sweep <scenario.json> --set path=v1,v2,... [--set ...] [--kpis a,b,...] [--reps N] [--seed S] [--horizon 90d]
                                [--workers N | --queue URL] [--json] [--out DIR]
  fulfill warmup <scenario.json> [--reps N] [--seed S] [--horizon 90d] [--window 7] [--workers N | --queue URL] [--json]
  fulfill optimize <scenario.json> --var path=low..high[:step]... (--minimize|--maximize) KPI[+w*KPI...]
                                [--subject-to KPI>=x]... [--reps N] [--final-reps N] [--budget 60] [--finalists 5]
                                [--seed S] [--horizon 90d] [--workers N | --queue URL] [--json] [--out DIR]
  fulfill validate <scenario.json>...
  fulfill route < request.json
  fulfill worker --queue redis://HOST:PORT [--concurrency N] [--allow-plugins] [--stall-timeout 30s] [--plugin-timeout 10s]
  fulfill check-policy <module.ts | family:name> [--options JSON] [--runs 200] [--seed 42] [--path P] [--plugin-timeout 10s] [--json]
  fulfill start [--reps N] [--dir scenarios] [--out results] [--port 8080] [--workers N] [--no-serve]
  fulfill dashboard [DIR] [--port 8080]
  fulfill schema [--markdown]

plugins: run, compare, sweep, warmup, optimize and validate also take --plugin-timeout 10s (how long one call into
         a plugin may run before the command stops with exit 2)

exit codes: 0 success, 2 bad input (file, JSON path and what was expected; a broken plugin), 1 internal error
            (check-policy: 1 when a rule is broken)
`;

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => number | Promise<number>> = {
  run: runCommand,
  compare: compareCommand,
  sweep: sweepCommand,
  warmup: warmupCommand,
  optimize: optimizeCommand,
  validate: validateCommand,
  route: routeCommand,
  'check-policy': checkPolicyCommand,
  worker: workerCommand,
  start: startCommand,
  dashboard: dashboardCommand,
  schema: schemaCommand,
};

/** A path relative to the working directory when it lies below it. */
function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith('..') || shown === '' ? path : shown;
}

/** Runs the CLI with `args` (without node and script) and returns the exit code. */
export async function main(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.stdout(HELP);
    return command === undefined ? 2 : 0;
  }
  const handler = COMMANDS[command];
  if (handler === undefined) {
    io.stderr(`fulfill: unknown command "${command}" (expected one of: ${Object.keys(COMMANDS).join(', ')})\n`);
    return 2;
  }
  try {
    return await handler(rest, io);
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
    io.stderr(`fulfill ${command}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
