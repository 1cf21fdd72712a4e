import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { fileStartMatches } from './fileStartMatches.js';
import { fileInFolder } from './fileInFolder.js';
import { join } from 'node:path';
import type { ExperimentKind, ExperimentSummary } from '../../experiment/experimentListing.js';
import { LEADERBOARD_FORMAT } from '../../experiment/policyLeaderboard.js';

/** The file that makes a folder an experiment of each kind (a folder holding several is listed by the first). */
export const EXPERIMENT_FILES: ReadonlyArray<readonly [Exclude<ExperimentKind, 'leaderboard'>, string]> = [
  ['sweep', 'sweep.json'],
  ['optimize', 'optimize.json'],
  ['compare', 'comparison.json'],
];

/** Most sub-folders looked into, and most `.json` files whose start is read, per listing (a huge folder stays quick). */
export const MAX_FOLDERS_SCANNED = 500;
export const MAX_FILES_SCANNED = 5000;

/** Largest manifest.json read for an experiment's status and command, bytes. */
const MAX_MANIFEST_BYTES = 1024 * 1024;

/** An experiment found on disk: what the API shows, and where its files are (never sent). */
export interface FoundExperiment {
  readonly summary: ExperimentSummary;
  readonly folder: string;
  /** The main file's name inside `folder`. */
  readonly file: string;
}

/** Bytes of a file's start, enough to see a leaderboard's first keys. */
const HEAD_BYTES = 512;

/** A leaderboard starts `{"format": "fulfill-policy-leaderboard"` (or, written before the marker, `{"reps": N, "workers": N, "seedsPaired"`). */
const LEADERBOARD_HEAD = new RegExp(
  `^\\s*\\{\\s*("format"\\s*:\\s*"${LEADERBOARD_FORMAT}"|"reps"\\s*:\\s*\\d+\\s*,\\s*"workers"\\s*:\\s*\\d+\\s*,\\s*"seedsPaired")`,
);

/** True when `name` is a regular file directly in `folder`, links resolved (a link out of it is not). */
function isRegularFile(folder: string, name: string): boolean {
  return fileInFolder(folder, name)?.stats.isFile() === true;
}

const startsLikeLeaderboard = (path: string): boolean => fileStartMatches(path, LEADERBOARD_HEAD, HEAD_BYTES);

/** The status and command line a folder's manifest.json gives, or unknown. */
function manifestOf(folder: string): Pick<ExperimentSummary, 'status' | 'command'> {
  const unknown = { status: 'unknown', command: null } as const;
  const path = join(folder, 'manifest.json');
  try {
    const stats = statSync(path);
    if (!stats.isFile() || stats.size > MAX_MANIFEST_BYTES) return unknown;
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { status?: unknown; command?: unknown } | null;
    const status = manifest?.status;
    const command = manifest?.command;
    return {
      status: status === 'running' || status === 'complete' || status === 'partial' || status === 'failed' ? status : 'unknown',
      command: Array.isArray(command) && command.every((word) => typeof word === 'string') ? command.join(' ') : null,
    };
  } catch {
    return unknown;
  }
}

function writtenAt(path: string): string {
  try {
    return statSync(path).mtime.toISOString();
  } catch {
    return new Date(0).toISOString();
  }
}

function entriesOf(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

/**
 * The experiments in `root` and in its sub-folders one level down (not through symbolic
 * links, not hidden folders): a folder holding sweep.json, optimize.json or comparison.json,
 * and every `.json` file that starts like a policy leaderboard. Newest first.
 */
export function findExperiments(root: string): FoundExperiment[] {
  const folders: Array<{ readonly path: string; readonly name: string }> = [{ path: root, name: '.' }];
  for (const entry of entriesOf(root)) {
    if (folders.length > MAX_FOLDERS_SCANNED) break;
    if (entry.isDirectory() && !entry.name.startsWith('.')) folders.push({ path: join(root, entry.name), name: entry.name });
  }
  const found: FoundExperiment[] = [];
  let filesScanned = 0;
  for (const folder of folders) {
    const main = EXPERIMENT_FILES.find(([, file]) => isRegularFile(folder.path, file));
    if (main !== undefined) {
      const [kind, file] = main;
      const summary = { name: folder.name, kind, writtenAt: writtenAt(join(folder.path, file)), ...manifestOf(folder.path) };
      found.push({ summary, folder: folder.path, file });
    }
    for (const entry of entriesOf(folder.path)) {
      if (!entry.isFile() || !entry.name.endsWith('.json') || EXPERIMENT_FILES.some(([, file]) => file === entry.name)) continue;
      if (++filesScanned > MAX_FILES_SCANNED) break;
      const path = join(folder.path, entry.name);
      if (!startsLikeLeaderboard(path)) continue;
      const name = folder.name === '.' ? entry.name : `${folder.name}/${entry.name}`;
      const summary = { name, kind: 'leaderboard', writtenAt: writtenAt(path), status: 'unknown', command: null } as const;
      found.push({ summary, folder: folder.path, file: entry.name });
    }
  }
  return found.sort((a, b) => b.summary.writtenAt.localeCompare(a.summary.writtenAt) || a.summary.name.localeCompare(b.summary.name));
}
