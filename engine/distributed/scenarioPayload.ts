import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Redis } from 'ioredis';
import { pluginReferencesIn } from '../policies/pluginReferences.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { BLOB_MODULE } from './queuedJob.js';
import { getBlob, putBlob } from './blobStore.js';
import type { PluginCache } from './pluginCache.js';
import { validateLoaded } from '../io/readScenario.js';
import { decodeHistory, encodeHistory, HISTORY_BLOB } from './historyBlob.js';
import { isHistoryColumns } from '../scenario/historyColumns.js';
import { jsonSyntaxProblem } from '../scenario/jsonSyntax.js';

type Json = Record<string, unknown>;

/** Applies `change` to every plugin reference of a scenario (a deep copy is returned). */
function mapPlugins(scenario: Json, change: (module: string) => string): Json {
  const copy = structuredClone(scenario);
  for (const reference of pluginReferencesIn(copy)) reference.module = change(reference.module);
  return copy;
}

/** True when the scenario names a plugin module. */
export function hasPlugins(scenario: Json): boolean {
  return pluginPaths(scenario).length > 0;
}

/** A scenario stored in Redis: its content hash, and each plugin module's place on a worker (`<hash>/<file>`) with its path here. */
export interface UploadedScenario {
  readonly hash: string;
  readonly modules: ReadonlyMap<string, string>;
}

/** Uploads a scenario and the plugin modules it names. */
export async function uploadScenario(redis: Redis, scenario: Scenario): Promise<UploadedScenario> {
  const portableNames = new Map<string, string>();
  const modules = new Map<string, string>();
  for (const path of pluginPaths(scenario)) {
    const place = `${await putBlob(redis, readFileSync(path, 'utf8'))}/${basename(path)}`;
    portableNames.set(path, `${BLOB_MODULE}${place}`);
    modules.set(place, path);
  }
  const portable = mapPlugins(scenario, (module) => portableNames.get(module) ?? module);
  // Order histories travel as blobs of their own (typed columns do not survive JSON, and a
  // history shared by sweep points is stored once).
  if (Array.isArray(portable.channels)) {
    for (const channel of portable.channels as Json[]) {
      if (isHistoryColumns(channel.orderHistory))
        channel.orderHistory = `${HISTORY_BLOB}${await putBlob(redis, encodeHistory(channel.orderHistory))}`;
    }
  }
  return { hash: await putBlob(redis, JSON.stringify(portable)), modules };
}

/** The path a worker's copy of a plugin module stands for on the submitting machine (itself when unknown). */
export function submittedModule(workerPath: string, modules: ReadonlyMap<string, string>): string {
  const match = /([0-9a-f]{64})[\\/]([^\\/]+)$/.exec(workerPath);
  return (match === null ? undefined : modules.get(`${match[1]}/${match[2]}`)) ?? workerPath;
}

function pluginPaths(scenario: Json): string[] {
  return pluginReferencesIn(scenario).map((reference) => reference.module);
}

/** A scenario as a worker runs it, and the SHA-256 each of its plugin modules must have when imported. */
export interface DownloadedScenario {
  readonly scenario: Scenario;
  readonly pluginHashes: ReadonlyMap<string, string>;
}

/**
 * Parses and validates a scenario blob, with the order-history blobs it names fetched and
 * decoded (each checked against its hash): anyone who can write to Redis can store one.
 */
async function checkedScenario(redis: Redis, text: string, hash: string): Promise<Json> {
  const name = `queued scenario ${hash.slice(0, 12)}`;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Not the parser's message, which quotes the text: anyone who can write to Redis can store it.
    throw new Error(`${name} is not JSON (${jsonSyntaxProblem(text)})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${name} is not a JSON object`);
  const channels = (raw as Json).channels;
  if (Array.isArray(channels)) {
    for (const channel of channels as unknown[]) {
      if (typeof channel !== 'object' || channel === null) continue;
      const entry = channel as Json;
      const history = entry.orderHistory;
      if (typeof history === 'string' && history.startsWith(HISTORY_BLOB))
        entry.orderHistory = decodeHistory(await getBlob(redis, history.slice(HISTORY_BLOB.length)));
    }
  }
  const paths = Array.isArray(channels)
    ? channels.flatMap((channel, index) => (typeof (channel as Json | null)?.orderHistory === 'string' ? [index] : []))
    : [];
  if (paths.length > 0) throw new Error(`${name}: channels[${paths[0]}].orderHistory names a file, which did not travel with the job`);
  return validateLoaded(raw, name);
}

/**
 * Fetches a scenario by hash (checked against its content), validates it as the submitter
 * did, and writes the plugin modules it names into the worker's private `cache`
 * (`<cache>/<hash>/<file>`), pointing the scenario at them. Without a cache, plugins are refused.
 */
export async function downloadScenario(redis: Redis, hash: string, cache: PluginCache | undefined): Promise<DownloadedScenario> {
  const scenario = await checkedScenario(redis, await getBlob(redis, hash), hash);
  const blobs: Array<{ module: string; hash: string; file: string }> = [];
  mapPlugins(scenario, (module) => {
    const match = new RegExp(`^${BLOB_MODULE}([0-9a-f]{64})/(.+)$`).exec(module);
    if (match === null) throw new Error(`plugin module "${module.slice(0, 200)}" did not travel with the job`);
    blobs.push({ module, hash: match[1] as string, file: basename(match[2] as string) });
    return module;
  });
  if (blobs.length > 0 && cache === undefined) {
    throw new PluginsRefused(
      `the scenario runs plugin modules (${blobs.map((blob) => blob.file).join(', ')}); this worker was started without --allow-plugins`,
    );
  }
  const local = new Map<string, string>();
  const pluginHashes = new Map<string, string>();
  for (const blob of blobs) {
    // Named <hash>/<file>, so errors can be traced back to the submitter's file (submittedModule).
    const text = await getBlob(redis, blob.hash).catch((error: Error) => {
      throw new Error(`plugin module ${blob.file}: ${error.message}`);
    });
    const path = cache?.store(blob.hash, blob.file, text);
    if (path === undefined) continue;
    local.set(blob.module, path);
    pluginHashes.set(path, blob.hash);
  }
  return { scenario: mapPlugins(scenario, (module) => local.get(module) ?? module) as unknown as Scenario, pluginHashes };
}

/** A worker refuses to run plugin code it was not allowed to. */
export class PluginsRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PluginsRefused';
  }
}
