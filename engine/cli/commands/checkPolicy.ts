import { resolve } from 'node:path';
import { builtInFactory } from '../../policies/builtInFactory.js';
import type { ConformanceOutcome } from '../../policies/conformance/ConformanceProperty.js';
import type { PluginOptions } from '../../policies/plugins/PolicyPlugin.js';
import type { PolicyFamilyName, PolicyOfFamily } from '../../policies/PolicyOfFamily.js';
import { findBuiltIn, isPolicyFamily, POLICY_FAMILY_NAMES, policyFamily, policyNames } from '../../policies/registry.js';
import { formatJsonPath, ScenarioError } from '../../scenario/ScenarioError.js';
import { INTERRUPTED, UsageError, type CliIo } from '../CliIo.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';
import { integerFlag } from '../parseFlags.js';
import { PLUGIN_TIMEOUT_FLAG, pluginTimeoutMs } from '../pluginTimeoutFlag.js';
import { checkPluginConformance } from './pluginConformance.js';

interface Subject {
  readonly label: string;
  readonly family: PolicyFamilyName;
  readonly make: () => PolicyOfFamily[PolicyFamilyName];
}

/**
 * A built-in named `family:name`, or undefined for a module path. It is made as a scenario
 * naming it would make it; `options` are the fields written beside its name (replenishment).
 */
function builtInSubject(target: string, options: PluginOptions): Subject | undefined {
  const builtIn = /^([A-Za-z]+):([\w-]+)$/.exec(target);
  if (builtIn === null) return undefined;
  const family = builtIn[1] as string;
  const name = builtIn[2] as string;
  if (!isPolicyFamily(family))
    throw new UsageError(`check-policy: unknown family "${family}" (expected one of: ${POLICY_FAMILY_NAMES.join(', ')})`);
  if (findBuiltIn(family, name) === undefined)
    throw new UsageError(`check-policy: unknown ${family} policy "${name}" (expected one of: ${policyNames(family).join(', ')})`);
  try {
    return { label: target, family, make: builtInFactory(family, name, options) };
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    // Paths inside the options, as the user wrote them: the scenario path of the policy stripped.
    const at = policyFamily(family).paths[0]?.length ?? 0;
    throw new UsageError(
      `check-policy: ${target}: --options ${error.problems.map((problem) => `${formatJsonPath(problem.path.slice(at))}: ${problem.message}`).join('; ')}`,
    );
  }
}

function report(outcome: ConformanceOutcome): string {
  if (outcome.passed) return `  ok    ${outcome.name} (${outcome.runs} cases)\n`;
  const indent = (text: string): string => text.replace(/\n/g, '\n          ');
  return [
    `  FAIL  ${outcome.name}`,
    `        after ${outcome.runs} cases; smallest counterexample (shrunk):`,
    `          ${indent(outcome.counterexample ?? '')}`,
    `        ${outcome.error ?? ''}`,
    `        replay: --seed ${outcome.seed}${outcome.path === undefined ? '' : ` --path ${outcome.path}`}`,
    '',
  ].join('\n');
}

/** The flags of `fulfill check-policy`. */
const CHECK_POLICY_FLAGS = {
  options: { type: 'string', value: 'JSON', description: "the options object passed to the plugin's create(options) (default {})" },
  runs: { type: 'string', value: 'N', description: 'cases per rule, 1 to 1,000,000 (default 200)' },
  seed: {
    type: 'string',
    value: 'S',
    description: "fast-check's seed, a 32-bit integer (default 42); a failure prints the one to replay it",
  },
  path: { type: 'string', value: 'P', description: "fast-check's path, to replay one failing case (printed with it)" },
  json: { type: 'boolean', description: 'print one JSON document instead of the report' },
  ...PLUGIN_TIMEOUT_FLAG,
} as const satisfies FlagTable;

/** `fulfill check-policy`: the conformance rules of a policy family on a plugin or a built-in. */
export const CHECK_POLICY_COMMAND = defineCommand({
  name: 'check-policy',
  operands: { '<policy>': 'a policy module (./my-policy.ts) or a built-in as family:name (allocation:lp)' },
  summary: "run a policy family's conformance rules on a plugin or a built-in; exit 1 with the shrunk counterexample when a rule breaks",
  flags: CHECK_POLICY_FLAGS,
  action: checkPolicyCommand,
});

/**
 * `fulfill check-policy <module | family:name>`: runs the family's conformance rules (fast-check
 * properties) on a plugin or a built-in. Exit 0 when every rule holds, 1 with each failing
 * rule's shrunk counterexample, 2 when the module cannot be loaded.
 */
export async function checkPolicyCommand(input: CommandInput<typeof CHECK_POLICY_FLAGS>, io: CliIo): Promise<number> {
  const { values, positionals } = input;
  if (positionals.length !== 1)
    throw new UsageError('check-policy: expected one policy module (./my-policy.ts) or built-in (allocation:lp)');
  let options: PluginOptions = {};
  if (values.options !== undefined) {
    try {
      options = JSON.parse(values.options) as PluginOptions;
    } catch (error) {
      throw new UsageError(`--options: expected a JSON object: ${(error as Error).message}`);
    }
    if (typeof options !== 'object' || options === null || Array.isArray(options))
      throw new UsageError('--options: expected a JSON object');
  }
  const runs = integerFlag('runs', values.runs, 1, 1_000_000) ?? 200;
  const seed = integerFlag('seed', values.seed, -(2 ** 31), 2 ** 31 - 1) ?? 42;
  // fast-check replays a path of colon-separated indices (as a failure prints it); anything else would throw inside it.
  if (values.path !== undefined && !/^\d+(:\d+)*$/.test(values.path))
    throw new UsageError(`--path: expected the path a failure printed, such as 12:0:3, got "${values.path}"`);
  const parameters = { numRuns: runs, seed, ...(values.path === undefined ? {} : { path: values.path }) };
  const target = positionals[0] as string;
  const builtIn = builtInSubject(target, options);
  let family: PolicyFamilyName | undefined;
  let outcomes: ConformanceOutcome[];
  let interrupted = false;
  let total: number;
  if (builtIn !== undefined) {
    family = builtIn.family;
    outcomes = (await policyFamily(builtIn.family).conformance(builtIn.make)).map((rule) => rule.check(parameters));
    total = outcomes.length;
  } else {
    // A plugin's code runs on a worker thread watched from here, so one that never returns is stopped.
    const task = { path: resolve(target), options, runs, seed, ...(values.path === undefined ? {} : { replayPath: values.path }) };
    const checked = await checkPluginConformance(task, pluginTimeoutMs(values['plugin-timeout']), io.interruption?.());
    ({ family, outcomes, interrupted, rules: total } = checked);
  }
  const label = target;
  const failed = outcomes.filter((outcome) => !outcome.passed).length;
  if (values.json === true) {
    const partial = interrupted ? { partial: { rules: outcomes.length, of: total } } : {};
    io.stdout(
      `${JSON.stringify({ policy: label, family: family ?? null, runs, seed, passed: failed === 0 && !interrupted, ...partial, rules: outcomes }, null, 2)}\n`,
    );
  } else {
    io.stdout(`${label}: ${family ?? 'unknown'} policy, ${total} rules, ${runs} cases each (seed ${seed})\n`);
    for (const outcome of outcomes) io.stdout(report(outcome));
    if (!interrupted) io.stdout(failed === 0 ? 'every rule holds\n' : `${failed} of ${outcomes.length} rules broken\n`);
  }
  if (interrupted) {
    io.stderr(`check-policy: interrupted; ${outcomes.length} of ${total} rules checked (${failed} broken)\n`);
    return INTERRUPTED;
  }
  return failed === 0 ? 0 : 1;
}
