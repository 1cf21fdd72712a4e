import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Redis } from 'ioredis';
import { POLICY_PATHS } from '../policies/policyPaths.js';
import type { Scenario } from '../scenario/schema/scenario.js';
import { BLOB_MODULE } from './queuedJob.js';
import { getBlob, putBlob } from './blobStore.js';
import { decodeHistory, encodeHistory, HISTORY_BLOB } from './historyBlob.js';
import { isHistoryColumns } from '../scenario/historyColumns.js';

type Json = Record<string, unknown>;

/** Applies `change` to every plugin reference of a scenario (a deep copy is returned). */
function mapPlugins(scenario: Json, change: (module: string) => string): Json {
  const copy = structuredClone(scenario);
  for (const path of POLICY_PATHS) {
    let node: unknown = copy;
    for (const key of path) node = typeof node === 'object' && node !== null ? (node as Json)[key] : undefined;
    if (typeof node === 'object' && node !== null && typeof (node as { module?: unknown }).module === 'string') {
      const reference = node as { module: string };
      reference.module = change(reference.module);
    }
  }
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
  for (const path of pluginPaths(scenario as unknown as Json)) {
    const place = `${await putBlob(redis, readFileSync(path, 'utf8'))}/${basename(path)}`;
    portableNames.set(path, `${BLOB_MODULE}${place}`);
    modules.set(place, path);
  }
  const portable = mapPlugins(scenario as unknown as Json, (module) => portableNames.get(module) ?? module);
  // Order histories travel as blobs of their own (typed columns do not survive JSON, and a
  // history shared by sweep points is stored once).
  if (Array.isArray(portable.channels)) {
    for (const channel of portable.channels as Json[]) {
      if (isHistoryColumns(channel.orderHistory)) channel.orderHistory = `${HISTORY_BLOB}${await putBlob(redis, encodeHistory(channel.orderHistory))}`;
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
  const paths: string[] = [];
  for (const path of POLICY_PATHS) {
    let node: unknown = scenario;
    for (const key of path) node = typeof node === 'object' && node !== null ? (node as Json)[key] : undefined;
    const module = typeof node === 'object' && node !== null ? (node as { module?: unknown }).module : undefined;
    if (typeof module === 'string') paths.push(module);
  }
  return paths;
}

/**
 * Fetches a scenario by hash and writes the plugin modules it names into a local cache
 * directory (`<tmp>/fulfill-plugins/<hash>/<file>`), pointing the scenario at them.
 */
export async function downloadScenario(redis: Redis, hash: string, allowPlugins: boolean): Promise<Scenario> {
  const scenario = JSON.parse(await getBlob(redis, hash)) as Json;
  if (Array.isArray(scenario.channels)) {
    for (const channel of scenario.channels as Json[]) {
      const history = channel.orderHistory;
      if (typeof history === 'string' && history.startsWith(HISTORY_BLOB)) channel.orderHistory = decodeHistory(await getBlob(redis, history.slice(HISTORY_BLOB.length)));
    }
  }
  const blobs: Array<{ module: string; hash: string; file: string }> = [];
  mapPlugins(scenario, (module) => {
    const match = new RegExp(`^${BLOB_MODULE}([0-9a-f]{64})/(.+)$`).exec(module);
    if (match === null) throw new Error(`plugin module "${module}" did not travel with the job`);
    blobs.push({ module, hash: match[1] as string, file: basename(match[2] as string) });
    return module;
  });
  if (blobs.length > 0 && !allowPlugins) {
    throw new PluginsRefused(`the scenario runs plugin modules (${blobs.map((blob) => blob.file).join(', ')}); this worker was started without --allow-plugins`);
  }
  const local = new Map<string, string>();
  for (const blob of blobs) {
    // Named <hash>/<file>, so errors can be traced back to the submitter's file (submittedModule).
    const directory = join(tmpdir(), 'fulfill-plugins', blob.hash);
    const path = join(directory, blob.file);
    if (!existsSync(path)) {
      mkdirSync(directory, { recursive: true });
      writeFileSync(path, await getBlob(redis, blob.hash));
    }
    local.set(blob.module, path);
  }
  return mapPlugins(scenario, (module) => local.get(module) ?? module) as unknown as Scenario;
}

/** A worker refuses to run plugin code it was not allowed to. */
export class PluginsRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PluginsRefused';
  }
}
