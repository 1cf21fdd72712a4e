import type { z } from 'zod';
import { crossCheckScenario } from './crossChecks.js';
import { knownKeysAt } from './knownKeys.js';
import { reservedNameProblems } from './reservedNames.js';
import { scenarioSchema, type Scenario } from './schema/scenario.js';
import { ScenarioError, type InputProblem } from './ScenarioError.js';

function problemsOf(issue: z.core.$ZodIssue): InputProblem[] {
  const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(scenarioSchema, path);
    return issue.keys.map((key) => ({
      path: [...path, key],
      message: `unknown key "${key}"${known.length > 0 ? ` (expected one of: ${known.join(', ')})` : ''}`,
    }));
  }
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    const options = issue.options.map(String).join(', ');
    return [{ path, message: `expected one of: ${options}` }];
  }
  return [{ path, message: issue.message.replace(/^Invalid input: /, '') }];
}

/**
 * Validates a scenario object (after `extends` is resolved) and fills in defaults.
 * Throws a `ScenarioError` naming `file` and the JSON path of every problem.
 */
export function validateScenario(input: unknown, file: string): Scenario {
  const reserved = reservedNameProblems(input);
  if (reserved.length > 0) throw new ScenarioError(file, reserved);
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) throw new ScenarioError(file, parsed.error.issues.flatMap(problemsOf));
  const problems = crossCheckScenario(parsed.data);
  if (problems.length > 0) throw new ScenarioError(file, problems);
  return parsed.data;
}
