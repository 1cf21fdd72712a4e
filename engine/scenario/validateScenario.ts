import type { z } from 'zod';
import { crossCheckScenario } from './crossChecks.js';
import { historyColumnsProblem, isHistoryColumns, type HistoryColumns } from './historyColumns.js';
import { knownKeysAt } from './knownKeys.js';
import { reservedNameProblems } from './reservedNames.js';
import { scenarioSchema, type Scenario } from './schema/scenario.js';
import { isSkuMasterColumns, skuMasterProblem, type SkuMasterColumns } from './skuMasterColumns.js';
import { ScenarioError, type InputProblem } from './ScenarioError.js';

/** A zod type name as a message says it ("a string", "a list"). */
const typeInWords = (type: string): string => (type === 'array' ? 'a list' : type === 'object' ? 'an object' : `a ${type}`);

function problemsOf(issue: z.core.$ZodIssue): InputProblem[] {
  const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(scenarioSchema, path);
    return issue.keys.map((key) => ({
      path: [...path, key],
      message: `unknown key "${key}"${known.length > 0 ? ` (expected one of: ${known.join(', ')})` : ''}`,
    }));
  }
  if (issue.code === 'invalid_key') {
    // zod's own message ("Invalid key in record") says nothing of what a key should be; the key's schema does.
    const expected = issue.issues.map((inner) => inner.message).join('; ');
    return [{ path, message: `not a valid key${expected === '' ? '' : `: ${expected}`}` }];
  }
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    // A variant told apart by having no tag (a plugin beside `type`-chosen built-ins) is no option to list.
    const options = issue.options
      .filter((option) => option !== undefined)
      .map(String)
      .join(', ');
    return [{ path, message: `expected one of: ${options}` }];
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // When only one alternative got past the value's type (an inline order list, not a file path), its problems are the answer.
    const entered = issue.errors.filter((branch) => branch.some((inner) => inner.path.length > 0 || inner.code !== 'invalid_type'));
    if (entered.length === 1) return (entered[0] ?? []).flatMap((inner) => problemsOf({ ...inner, path: [...issue.path, ...inner.path] }));
    // When none did, each alternative says what type it takes ("Invalid input" says nothing).
    const types = [
      ...new Set(issue.errors.flatMap((branch) => branch.flatMap((inner) => (inner.code === 'invalid_type' ? [inner.expected] : [])))),
    ];
    if (entered.length === 0 && types.length > 0) return [{ path, message: `expected ${types.map(typeInWords).join(' or ')}` }];
  }
  return [{ path, message: issue.message.replace(/^Invalid input: /, '') }];
}

/**
 * Takes loaded order histories (columns, possibly a million rows) out of the input, leaving their
 * source name in place, so that zod never walks them; they are checked by structure instead.
 */
function detachHistories(input: unknown): { input: unknown; histories: Map<number, HistoryColumns>; problems: InputProblem[] } {
  const histories = new Map<number, HistoryColumns>();
  const problems: InputProblem[] = [];
  if (typeof input !== 'object' || input === null || !Array.isArray((input as { channels?: unknown }).channels))
    return { input, histories, problems };
  const channels = (input as { channels: unknown[] }).channels.map((channel, index) => {
    const history = typeof channel === 'object' && channel !== null ? (channel as { orderHistory?: unknown }).orderHistory : undefined;
    if (!isHistoryColumns(history)) return channel;
    const problem = historyColumnsProblem(history);
    if (problem !== undefined) problems.push({ path: ['channels', index, 'orderHistory'], message: `loaded order history: ${problem}` });
    histories.set(index, history);
    return { ...(channel as object), orderHistory: history.source === '' ? 'history' : history.source };
  });
  return { input: { ...input, channels }, histories, problems };
}

/**
 * Takes a loaded SKU master (columns, possibly a million SKUs) out of the input, leaving its
 * source name in place, so that zod never walks it; it is checked by structure instead.
 */
function detachSkuMaster(input: unknown): { input: unknown; master?: SkuMasterColumns; problems: InputProblem[] } {
  const catalog = typeof input === 'object' && input !== null ? (input as { catalog?: unknown }).catalog : undefined;
  const file = typeof catalog === 'object' && catalog !== null ? (catalog as { file?: unknown }).file : undefined;
  if (!isSkuMasterColumns(file)) return { input, problems: [] };
  const problem = skuMasterProblem(file);
  const problems = problem === undefined ? [] : [{ path: ['catalog', 'file'], message: `loaded SKU master: ${problem}` }];
  const source = typeof file.source === 'string' && file.source !== '' ? file.source : 'SKU master';
  return { input: { ...(input as object), catalog: { ...(catalog as object), file: source } }, master: file, problems };
}

/**
 * Validates a scenario object (after `extends` is resolved) and fills in defaults.
 * Throws a `ScenarioError` naming `file` and the JSON path of every problem.
 */
export function validateScenario(input: unknown, file: string): Scenario {
  const reserved = reservedNameProblems(input);
  if (reserved.length > 0) throw new ScenarioError(file, reserved);
  const withoutMaster = detachSkuMaster(input);
  const detached = detachHistories(withoutMaster.input);
  const detachProblems = [...withoutMaster.problems, ...detached.problems];
  if (detachProblems.length > 0) throw new ScenarioError(file, detachProblems);
  const parsed = scenarioSchema.safeParse(detached.input);
  if (!parsed.success) throw new ScenarioError(file, parsed.error.issues.flatMap(problemsOf));
  const withHistories: Scenario =
    detached.histories.size === 0
      ? parsed.data
      : {
          ...parsed.data,
          channels: parsed.data.channels.map((channel, index) => ({
            ...channel,
            orderHistory: detached.histories.get(index) ?? channel.orderHistory,
          })),
        };
  const { master } = withoutMaster;
  const scenario: Scenario =
    master === undefined ? withHistories : { ...withHistories, catalog: { ...withHistories.catalog, file: master } };
  const problems = crossCheckScenario(scenario);
  if (problems.length > 0) throw new ScenarioError(file, problems);
  return scenario;
}
