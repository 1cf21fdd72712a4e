import { readFileSync } from 'node:fs';
import { fileInFolder } from './fileInFolder.js';
import type { ComparisonFile, ExperimentDocument } from '../../experiment/experimentListing.js';
import type { OptimizeResult } from '../../experiment/optimizeBySimulation.js';
import type { PolicyLeaderboard } from '../../experiment/policyLeaderboard.js';
import type { ScenarioResult } from '../../experiment/runScenario.js';
import type { SweepDocument } from '../../experiment/runSweep.js';
import type { Summary } from '../../stats/summary.js';
import { errorAnswer, jsonAnswer, type Answer } from './answers.js';
import { findExperiments, type FoundExperiment } from './experimentFolders.js';
import { MAX_RESULT_FILE_BYTES } from './resultDocuments.js';

/** Largest sweep.json, optimize.json, comparison.json or leaderboard the dashboard reads, bytes. */
export const MAX_EXPERIMENT_FILE_BYTES = 64 * 1024 * 1024;

/** Most scenarios of a compare folder the dashboard loads (each result is about 0.5 MB). */
export const MAX_COMPARED_SCENARIOS = 20;

/** The longest experiment name accepted in `?name=`. */
const MAX_NAME_LENGTH = 300;

/** A scenario name as `compare --out` writes it into a file name: no folder separators, NUL or leading dot. */
const SCENARIO_NAME = /^[^./\\\0][^/\\\0]{0,199}$/;

type Read = { readonly document: unknown } | { readonly error: string };

/** Reads and parses the JSON file `name` of `folder`; `label` names it in the error (never a path of this machine). */
function readJson(folder: string, name: string, label: string, maxBytes: number): Read {
  // A link that leads out of the folder counts as missing.
  const found = fileInFolder(folder, name);
  if (found === undefined) return { error: `${label} is missing` };
  if (!found.stats.isFile()) return { error: `${label} is not a regular file` };
  if (found.stats.size > maxBytes) return { error: `${label} is larger than ${maxBytes / 1024 / 1024} MB` };
  try {
    return { document: JSON.parse(readFileSync(found.path, 'utf8')) as unknown };
  } catch {
    return { error: `${label} is not valid JSON (half-written?)` };
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasArrays = (value: unknown, ...keys: string[]): value is Record<string, unknown[]> =>
  isObject(value) && keys.every((key) => Array.isArray(value[key]));

/** The sweep without each KPI's per-replication values (a 10,000-point sweep would be hundreds of MB): means and intervals only. */
function withoutValues(sweep: SweepDocument): SweepDocument {
  return {
    ...sweep,
    points: sweep.points.map((point) => {
      const kpis: Record<string, Summary> = Object.fromEntries(
        Object.entries(point.kpis).map(([kpi, summary]) => [kpi, { ...summary, values: [] }]),
      );
      return { ...point, kpis };
    }),
  };
}

/** The compared scenarios' result files, the base first, or the first that cannot be read. */
function comparedResults(
  found: FoundExperiment,
  comparison: ComparisonFile,
): { readonly results: ScenarioResult[] } | { readonly error: string } {
  const label = `${found.summary.name}/${found.file}`;
  if (!comparison.scenarios.every((name) => typeof name === 'string' && SCENARIO_NAME.test(name)))
    return { error: `${label}: "scenarios" must list scenario names` };
  if (comparison.scenarios.length > MAX_COMPARED_SCENARIOS)
    return { error: `${label} compares ${comparison.scenarios.length} scenarios; the dashboard shows at most ${MAX_COMPARED_SCENARIOS}` };
  const results: ScenarioResult[] = [];
  for (const name of comparison.scenarios) {
    const read = readJson(found.folder, `${name}.json`, `${found.summary.name}/${name}.json`, MAX_RESULT_FILE_BYTES);
    if ('error' in read) return read;
    if (!isObject(read.document) || read.document.scenario !== name || !isObject(read.document.kpis))
      return { error: `${found.summary.name}/${name}.json is not the result of scenario "${name}"` };
    results.push(read.document as unknown as ScenarioResult);
  }
  return { results };
}

/** One experiment's documents, or why its files cannot be shown. */
function experimentDocument(found: FoundExperiment): ExperimentDocument | { readonly error: string } {
  const label =
    found.summary.name === '.' || found.summary.kind === 'leaderboard' ? found.summary.name : `${found.summary.name}/${found.file}`;
  const read = readJson(found.folder, found.file, label, MAX_EXPERIMENT_FILE_BYTES);
  if ('error' in read) return read;
  const { document } = read;
  const { summary } = found;
  switch (summary.kind) {
    case 'sweep':
      if (!hasArrays(document, 'axes', 'points')) return { error: `${label} is not a sweep (no "axes" and "points")` };
      // Each point is read below (its KPIs' values dropped): a point that is not one is the file's fault, a 422.
      if (!(document.points ?? []).every((point) => isObject(point) && isObject(point.kpis) && Object.values(point.kpis).every(isObject)))
        return { error: `${label} is not a sweep (a point without its "kpis")` };
      return { summary: { ...summary, kind: 'sweep' }, sweep: withoutValues(document as unknown as SweepDocument) };
    case 'optimize':
      if (!hasArrays(document, 'variables', 'evaluated'))
        return { error: `${label} is not an optimization (no "variables" and "evaluated")` };
      return { summary: { ...summary, kind: 'optimize' }, optimize: document as unknown as OptimizeResult };
    case 'compare': {
      if (!hasArrays(document, 'scenarios', 'variants')) return { error: `${label} is not a comparison (no "scenarios" and "variants")` };
      const comparison = document as unknown as ComparisonFile;
      const results = comparedResults(found, comparison);
      if ('error' in results) return results;
      return { summary: { ...summary, kind: 'compare' }, comparison, results: results.results };
    }
    case 'leaderboard':
      if (!hasArrays(document, 'metrics', 'workloads'))
        return { error: `${label} is not a policy leaderboard (no "metrics" and "workloads")` };
      return { summary: { ...summary, kind: 'leaderboard' }, leaderboard: document as unknown as PolicyLeaderboard };
  }
}

/**
 * `/api/experiments`: the experiments in the served folder and one level down (see
 * findExperiments); with `?name=`, that one's documents. An unknown name is 404, a file that
 * cannot be read or is not what its name says 422 naming the file. Only names the listing
 * gives are served, so a name never reaches the file system as a path.
 */
export function experimentsAnswer(resultsDirectory: string, query: URLSearchParams): Answer {
  const name = query.get('name');
  const experiments = findExperiments(resultsDirectory);
  if (name === null)
    return jsonAnswer(
      200,
      experiments.map((found) => found.summary),
    );
  if (name.length > MAX_NAME_LENGTH) return errorAnswer(400, `name: at most ${MAX_NAME_LENGTH} characters`);
  const found = experiments.find((experiment) => experiment.summary.name === name);
  if (found === undefined)
    return errorAnswer(404, `no experiment "${name.slice(0, 100)}" in this folder (the list is at /api/experiments)`);
  const document = experimentDocument(found);
  return 'error' in document ? errorAnswer(422, document.error) : jsonAnswer(200, document);
}
