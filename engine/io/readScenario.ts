import { readFileSync } from 'node:fs';
import { inspectFile } from './inspectFile.js';
import { basename, dirname, resolve } from 'node:path';
import { pluginReferencesIn } from '../policies/pluginReferences.js';
import { displayPath } from './displayPath.js';
import { mergeScenario } from '../scenario/mergeScenario.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { duplicateKeyProblems } from '../scenario/duplicateKeys.js';
import { ScenarioError } from '../scenario/ScenarioError.js';
import { readOrderHistory } from './readOrderHistory.js';
import { loadRateCards, resolveRateCardPaths } from './loadRateCards.js';
import { inheritedBesideSkuMaster, loadSkuMaster } from './loadSkuMaster.js';
import type { SkuMasterColumns } from '../scenario/skuMasterColumns.js';
import type { HistoryColumns } from '../scenario/historyColumns.js';
import { replayWarnings } from '../experiment/replaySummary.js';
import { validateLoaded } from '../kpi/validateLoaded.js';
import { reservedNameProblems } from '../scenario/reservedNames.js';
import { historyOrigin, originLabel, withOrigin } from './replayOrigin.js';
import { replayHorizon } from '../experiment/replayHorizon.js';
import { MAX_HORIZON_DAYS } from '../scenario/schema/common.js';
import { seconds } from '../scenario/duration.js';
import { HOUR } from '../kernel/time.js';
import { jsonSyntaxProblem, utf8Problem } from '../scenario/jsonSyntax.js';

/** A scenario read from disk. */
export interface LoadedScenario {
  /** Name shown in reports: the file name without `.json`. */
  readonly name: string;
  /** Path as the user gave it. */
  readonly file: string;
  /** The merged JSON before validation (useful to re-validate after an override). */
  readonly raw: Record<string, unknown>;
  /** Every scenario file read, as absolute paths: this one, then each one it `extends`. */
  readonly files: readonly string[];
  readonly scenario: Scenario;
  /** Things the user should know that are not errors (e.g. history orders past the horizon), one line each. */
  readonly warnings: readonly string[];
}

/** Decodes UTF-8 and throws at the first byte sequence that is not (a byte-order mark is kept, as text). */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Largest scenario file read (an inline order history of about 300,000 orders fits; larger ones belong in a CSV). */
export const MAX_SCENARIO_BYTES = 32 * 2 ** 20;

/** Reads a JSON object from a file; failures become a ScenarioError at `at` in `referrer`. */
function readJsonObject(path: string, referrer: { file: string; at: string[] } | undefined): Record<string, unknown> {
  const fail = (message: string): never => {
    if (referrer === undefined) throw new ScenarioError(displayPath(path), [{ path: [], message }]);
    throw new ScenarioError(referrer.file, [{ path: referrer.at, message: `${message}: ${displayPath(path)}` }]);
  };
  const unreadable = (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? 'error'})`);
  };
  // Only regular files of bounded size: a FIFO, a device such as /dev/zero or a huge file would hang or exhaust memory.
  const found = inspectFile(path);
  if (found.kind === 'missing') return unreadable({ code: found.code });
  if (found.kind !== 'file')
    return fail(
      found.kind === 'directory' ? 'expected a scenario file, got a directory' : 'expected a regular file (not a device, pipe or socket)',
    );
  if (found.size > MAX_SCENARIO_BYTES)
    return fail(
      `file too large (${Math.round(found.size / 2 ** 20)} MB; at most ${MAX_SCENARIO_BYTES / 2 ** 20} MB: put large order histories in a CSV)`,
    );
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return unreadable(error);
  }
  // Bytes that do not decode would become replacement characters in names and ids without a word.
  // The strict decoder costs what a lenient one does; only a file it refuses is searched for its line.
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    const encoding = utf8Problem(bytes) ?? 'not UTF-8 text (save the file as UTF-8)';
    throw new ScenarioError(displayPath(path), [{ path: [], message: encoding }]);
  }
  let value: unknown;
  // A byte-order mark (Windows editors write one) is not JSON, but not the user's mistake either.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    value = JSON.parse(json);
  } catch {
    throw new ScenarioError(displayPath(path), [{ path: [], message: jsonSyntaxProblem(json) }]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ScenarioError(displayPath(path), [{ path: [], message: 'expected a JSON object' }]);
  }
  // Checked before merging: merging would already have dropped a "__proto__" key. It also
  // refuses JSON nested deeper than 64 levels, which the duplicate-key scanner (recursive) must not see.
  const reserved = reservedNameProblems(value);
  if (reserved.length > 0) throw new ScenarioError(displayPath(path), reserved);
  const duplicates = duplicateKeyProblems(json);
  if (duplicates.length > 0) throw new ScenarioError(displayPath(path), duplicates);
  return value as Record<string, unknown>;
}

/**
 * Reads a scenario file and resolves its `extends` chain (paths relative to each file); `read`,
 * if given, receives the absolute path of every file read, this one first.
 */
export function readMergedScenario(
  path: string,
  seen: readonly string[] = [],
  referrer?: { file: string; at: string[] },
  read?: string[],
): Record<string, unknown> {
  const absolute = resolve(path);
  const json = readJsonObject(absolute, referrer);
  read?.push(absolute);
  resolveHistoryPaths(json, dirname(absolute));
  resolveRateCardPaths(json, dirname(absolute));
  resolveSkuMasterPath(json, dirname(absolute));
  resolvePluginPaths(json, dirname(absolute));
  const parent = json.extends;
  if (parent === undefined) return json;
  const file = displayPath(absolute);
  if (typeof parent !== 'string') throw new ScenarioError(file, [{ path: ['extends'], message: 'expected a path to a scenario file' }]);
  const parentPath = resolve(dirname(absolute), parent);
  if ([...seen, absolute].includes(parentPath)) throw new ScenarioError(file, [{ path: ['extends'], message: 'circular extends' }]);
  const base = readMergedScenario(parentPath, [...seen, absolute], { file, at: ['extends'] }, read);
  const { extends: _ignored, ...own } = json;
  const { description: _baseDescription, ...inherited } = inheritedBesideSkuMaster(base, own);
  return mergeScenario(inherited, own) as Record<string, unknown>;
}

/** Makes each channel's `orderHistory` file path absolute, relative to the scenario file that names it. */
function resolveHistoryPaths(json: Record<string, unknown>, directory: string): void {
  if (!Array.isArray(json.channels)) return;
  for (const channel of json.channels as unknown[]) {
    if (typeof channel !== 'object' || channel === null) continue;
    const entry = channel as Record<string, unknown>;
    // An empty path stays empty for the schema to refuse at its JSON path (resolved, it would name the folder).
    if (typeof entry.orderHistory === 'string' && entry.orderHistory !== '') entry.orderHistory = resolve(directory, entry.orderHistory);
  }
}

/** Makes `catalog.file` absolute, relative to the scenario file that names it. */
function resolveSkuMasterPath(json: Record<string, unknown>, directory: string): void {
  const catalog = json.catalog;
  if (typeof catalog !== 'object' || catalog === null) return;
  const entry = catalog as Record<string, unknown>;
  if (typeof entry.file === 'string' && entry.file !== '') entry.file = resolve(directory, entry.file);
}

/** Makes each plugin's `module` path absolute, relative to the scenario file that names it. */
function resolvePluginPaths(json: Record<string, unknown>, directory: string): void {
  for (const reference of pluginReferencesIn(json)) reference.module = resolve(directory, reference.module);
}

/**
 * Reads every channel's order-history file into columns (each distinct file once, for all the
 * channels naming it), checking its rows against `scenario` (validated with the paths still in
 * place), and returns `raw` with the paths replaced by the columns: the scenario then carries
 * its orders, its hash covers them and worker threads need no file access. Timestamps are read
 * in `replay.timeZone` and `replay.timestampFormat`; every file then shares one time 0, the
 * Monday 00:00 on or before the earliest timestamp of all files.
 */
export async function loadHistories(
  raw: Record<string, unknown>,
  scenario: Scenario,
  master?: SkuMasterColumns,
): Promise<Record<string, unknown>> {
  const files = new Map<string, string[]>();
  for (const channel of scenario.channels) {
    if (typeof channel.orderHistory === 'string')
      files.set(channel.orderHistory, [...(files.get(channel.orderHistory) ?? []), channel.name]);
  }
  if (files.size === 0 || !Array.isArray(raw.channels)) return raw;
  const loaded = new Map<string, HistoryColumns>();
  for (const [file, channels] of files) {
    const request = {
      file,
      display: displayPath(file),
      channels,
      scenarioChannels: scenario.channels.map((channel) => channel.name),
      services: Object.keys(scenario.shipping.services),
      // With a SKU master, histories name its SKUs by code (unless unknown codes are mapped).
      knownSkus:
        master !== undefined && scenario.catalog.unknownSkus === 'error'
          ? { codes: new Set(master.codes), source: master.source }
          : undefined,
      timeZone: scenario.replay.timeZone,
      timestampFormat: scenario.replay.timestampFormat,
    };
    for (const [channel, history] of await readOrderHistory(request)) loaded.set(channel, history);
  }
  // Each file was read with its own time 0 (the read stays streaming, one file at a time); all move to the earliest.
  const origin = Math.min(...[...loaded.values()].map(historyOrigin));
  const label = originLabel(origin, scenario.replay.timeZone);
  for (const [channel, history] of loaded) loaded.set(channel, withOrigin(history, origin, label));
  const channels = (raw.channels as unknown[]).map((channel) => {
    if (typeof channel !== 'object' || channel === null) return channel;
    const entry = channel as Record<string, unknown>;
    const history = typeof entry.name === 'string' ? loaded.get(entry.name) : undefined;
    return history === undefined ? channel : { ...entry, orderHistory: history };
  });
  return { ...raw, channels };
}

// Re-exported for the commands that read scenarios; it lives in the kpi layer (its targets need the KPI definitions), which the browser loads too.
export { validateLoaded } from '../kpi/validateLoaded.js';

/**
 * Reads, merges and validates a scenario file, reading its SKU master and order histories. Throws
 * ScenarioError on any user mistake; what is odd but allowed becomes a warning.
 */
export async function readScenario(path: string): Promise<LoadedScenario> {
  const file = displayPath(resolve(path));
  const files: string[] = [];
  const merged = readMergedScenario(path, [], undefined, files);
  // Validated first with the file paths in place: a mistake elsewhere shows before a long read,
  // and the rows are checked against the scenario's channels, services and SKUs.
  const first = validateLoaded(merged, file);
  const withMaster = await loadSkuMaster(merged, first, file);
  let raw = await loadRateCards(await loadHistories(withMaster.raw, first, withMaster.master));
  let scenario = validateLoaded(raw, file);
  const derived = merged.horizon === undefined ? replayHorizon(scenario) : undefined;
  const notes: string[] = [];
  if (derived !== undefined) {
    const days = (hours: number): string => `${(hours / 24).toFixed(1)}d`;
    if (Number.parseInt(derived.horizon, 10) > MAX_HORIZON_DAYS * 24) {
      throw new ScenarioError(file, [
        {
          path: ['horizon'],
          message: `not set, so it would be the history's span (${days(derived.spanHours)}) plus replay.drain (${derived.drain}): more than ${MAX_HORIZON_DAYS}d; set a horizon`,
        },
      ]);
    }
    if (seconds(scenario.warmup) >= Number.parseInt(derived.horizon, 10) * HOUR) {
      throw new ScenarioError(file, [
        {
          path: ['warmup'],
          message: `expected a warm-up shorter than the horizon, which is not set and so is the history's span plus replay.drain (${derived.horizon}): shorten the warm-up, lengthen the drain or set a horizon`,
        },
      ]);
    }
    raw = { ...raw, horizon: derived.horizon };
    scenario = validateLoaded(raw, file);
    notes.push(
      `horizon not set: ${derived.horizon} (${days(Number.parseInt(derived.horizon, 10))}), the history's span from time 0 to its last order (${derived.spanHours.toFixed(2)}h) plus replay.drain ${derived.drain}, so every replayed order can finish`,
    );
  }
  return { name: basename(path).replace(/\.json$/, ''), file, raw, files, scenario, warnings: [...notes, ...replayWarnings(scenario)] };
}
