import { closeSync, lstatSync, openSync, readFileSync, realpathSync, statSync, unlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { streamTarget } from '../io/streamTarget.js';
import { ordersFileName, temporaryPathOf } from '../io/writeResults.js';
import { claimsToBeResult } from '../io/report/readReportFolder.js';
import { MAX_RESULT_FILE_BYTES } from '../io/dashboard/resultDocuments.js';
import { UsageError } from './CliIo.js';

type Kind = 'missing' | 'directory' | 'file' | 'special' | 'broken link' | 'link loop' | 'under a file';

/** What is at `path` (following symbolic links), without throwing. */
function kindOf(path: string): Kind {
  try {
    const link = lstatSync(path, { throwIfNoEntry: false });
    if (link === undefined) return 'missing';
    const target = link.isSymbolicLink() ? statSync(path, { throwIfNoEntry: false }) : link;
    if (target === undefined) return 'broken link';
    return target.isDirectory() ? 'directory' : target.isFile() ? 'file' : 'special';
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'ENOTDIR') return 'under a file';
    if (code === 'ELOOP') return 'link loop';
    throw error;
  }
}

/** A broken link or a loop of links, in words (undefined for any other kind). */
function linkTrouble(kind: Kind): string | undefined {
  if (kind === 'broken link') return 'a broken symbolic link';
  if (kind === 'link loop') return 'a loop of symbolic links';
  return undefined;
}

/** Why a file system call failed, in words. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOSPC') return 'no space left';
  if (code === 'ENOENT') return 'it takes no new files';
  return code ?? String(error);
}

/**
 * Proves `directory` takes new files by creating and removing one: permission bits say nothing
 * for root, and nothing about read-only mounts or /proc.
 */
function probe(flag: string, directory: string): void {
  const file = join(directory, `.fulfill-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    closeSync(openSync(file, 'wx'));
    unlinkSync(file);
  } catch (error) {
    throw new UsageError(`--${flag}: cannot write in ${directory.replace(/(.)\/+$/, '$1')} (${reason(error)})`);
  }
}

/** Checks that `directory` exists or could be created (its nearest existing ancestor is a writable folder). */
function checkCreatable(flag: string, given: string, directory: string): void {
  let ancestor = directory;
  let kind = kindOf(ancestor);
  while (kind === 'missing' || kind === 'under a file') {
    ancestor = dirname(ancestor);
    kind = kindOf(ancestor);
  }
  if (kind !== 'directory')
    throw new UsageError(`--${flag}: cannot create ${given}: ${ancestor} is ${linkTrouble(kind) ?? 'a file'}, not a folder`);
  probe(flag, ancestor);
}

/**
 * Checks `--FLAG DIR` before any work starts: DIR is a folder that takes new files, or can be
 * created as one. Creates nothing, so a run that later stops on bad input leaves no trace.
 */
export function checkOutputDirectory(flag: string, directory: string | undefined): void {
  if (directory === undefined) return;
  if (directory === '') throw new UsageError(`--${flag}: expected a folder, got ""`);
  const path = resolve(directory);
  checkNameLengths(flag, directory, path);
  const kind = kindOf(path);
  if (kind === 'file' || kind === 'special')
    throw new UsageError(
      `--${flag}: ${directory} is ${kind === 'file' ? 'a file' : 'a device, pipe or socket'}, expected a folder (give a new or existing folder)`,
    );
  const trouble = linkTrouble(kind);
  if (trouble !== undefined) throw new UsageError(`--${flag}: ${directory} is ${trouble}`);
  if (kind === 'directory') probe(flag, directory);
  else checkCreatable(flag, directory, path);
}

/**
 * Checks `--FLAG FILE` before any work starts: FILE is not a folder, and can be written (an
 * existing file is opened without being truncated). Every output is written to a temporary file
 * beside FILE and renamed (a trace beside the file a link leads to, any other output over the
 * link), so that folder must take new files.
 * Its folder must exist, unless `createParents` (then it, or its nearest existing ancestor, must
 * take new files). Only with `streams` (the decision trace) may FILE be a device, a named pipe or
 * the command's standard output or error, which are written as the output goes; for any other
 * output they are refused: the rename would replace the device (as root, even /dev/null).
 */
export function checkOutputFile(
  flag: string,
  file: string | undefined,
  options: { readonly createParents?: boolean; readonly streams?: boolean } = {},
): void {
  if (file === undefined) return;
  if (file === '') throw new UsageError(`--${flag}: expected a file name, got ""`);
  const path = resolve(file);
  // Written as FILE.partial-PID first: that name must fit too.
  checkNameLengths(flag, file, temporaryPathOf(path));
  const streams = options.streams === true;
  const stream = streamTarget(path);
  if (stream?.kind === 'descriptor' && streams) return; // the standard output or error: written through it
  if (stream !== undefined)
    throw new UsageError(
      stream.kind === 'descriptor'
        ? `--${flag}: ${file} is this command's own output, and --${flag} writes a file: give a file name`
        : `--${flag}: ${file} is not a file to write (nothing under /proc, /dev/fd or /dev/stdin is${streams ? "; of the command's own streams, /dev/stdout and /dev/stderr are" : ''}): give another path`,
    );
  const kind = kindOf(path);
  if (kind === 'directory') throw new UsageError(`--${flag}: ${file} is a folder, expected a file`);
  const trouble = linkTrouble(kind);
  if (trouble !== undefined) throw new UsageError(`--${flag}: ${file} is ${trouble}`);
  if (kind === 'special') {
    if (streams) return; // a device such as /dev/null, or a named pipe (opening one here would block)
    throw new UsageError(`--${flag}: ${file} is a device, pipe or socket, and --${flag} writes a file: give a file name`);
  }
  if (kind === 'file') {
    try {
      closeSync(openSync(path, 'r+'));
    } catch (error) {
      throw new UsageError(`--${flag}: cannot write ${file} (${reason(error)})`);
    }
    // Written beside it, then renamed over it: that folder must take new files too. A trace
    // through a link goes beside the file the link leads to; any other output replaces the link.
    probe(flag, dirname(streams ? realpathSync(path) : path));
    return;
  }
  const parent = dirname(path);
  const parentKind = kindOf(parent);
  if (parentKind === 'directory') probe(flag, parent);
  else if (options.createParents === true) checkCreatable(flag, file, parent);
  else if (parentKind === 'missing') throw new UsageError(`--${flag}: cannot write ${file}: folder ${dirname(file)} does not exist`);
  else if (linkTrouble(parentKind) !== undefined)
    throw new UsageError(`--${flag}: cannot write ${file}: ${dirname(file)} is ${linkTrouble(parentKind) ?? ''}`);
  else throw new UsageError(`--${flag}: cannot write ${file}: ${dirname(file)} is not a folder`);
}

/**
 * `path` with every symbolic link on its way resolved, also when it does not exist yet: the
 * nearest existing ancestor's real path plus the rest (a new file in a folder reached through a
 * link is the same file as the one named through the folder itself).
 */
function canonicalPath(path: string): string {
  const rest: string[] = [];
  let existing = resolve(path);
  for (;;) {
    try {
      return join(realpathSync(existing), ...rest.reverse());
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return resolve(path);
      rest.push(basename(existing));
      existing = parent;
    }
  }
}

/** True when `a` and `b` name one file: the same path once links are resolved, or (both existing) the same inode through a hard link. */
function sameFile(a: string, b: string): boolean {
  if (canonicalPath(a) === canonicalPath(b)) return true;
  const statA = statSync(a, { throwIfNoEntry: false });
  const statB = statSync(b, { throwIfNoEntry: false });
  return statA !== undefined && statB !== undefined && statA.dev === statB.dev && statA.ino === statB.ino;
}

/**
 * Checks, before any work starts, that none of `outputs` (files the command will write for
 * `--FLAG`) is one of `inputs` (the scenario and the CSVs it reads): writing the result over
 * its own scenario or history would destroy the user's input. `what` says what the inputs are
 * (another of the command's outputs, say).
 */
export function checkOutputsSpareInputs(
  flag: string,
  outputs: readonly string[],
  inputs: readonly string[],
  what = 'an input of the command',
): void {
  for (const output of outputs)
    for (const input of inputs)
      if (sameFile(output, input)) throw new UsageError(`--${flag}: writing ${output} would replace ${input}, ${what}: write elsewhere`);
}

/**
 * Checks, before any work starts, that `file` (the output of `--FLAG`) is not a folder that
 * `paths` (files another output writes) will be created in: the command would find a folder
 * where it writes its file, after all the work is done.
 */
export function checkNotAFolderOf(flag: string, file: string, paths: readonly string[], what: string): void {
  const folder = canonicalPath(file) + sep;
  for (const path of paths)
    if (canonicalPath(path).startsWith(folder))
      throw new UsageError(`--${flag}: ${file} is the folder of ${path}, ${what}, so it cannot be a file: write elsewhere`);
}

/** The most bytes a file or folder name may have on the file systems this runs on (NAME_MAX). */
const MAX_NAME_BYTES = 255;

/** True when something is at `path` (a name too long for the file system is not). */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The most bytes a whole path may have (PATH_MAX). */
const MAX_PATH_BYTES = 4096;

/**
 * Checks that the names along `path` (what `given` becomes) that do not exist yet fit a file
 * system, and the whole path too, before any work. Names that exist are the file system's own.
 */
function checkNameLengths(flag: string, given: string, path: string): void {
  if (Buffer.byteLength(path) >= MAX_PATH_BYTES)
    throw new UsageError(
      `--${flag}: the path is ${Buffer.byteLength(path)} bytes long; a file system takes at most ${MAX_PATH_BYTES - 1}: give a shorter one`,
    );
  const names = path.split(sep);
  const long = names.find((name, index) => Buffer.byteLength(name) > MAX_NAME_BYTES && !exists(names.slice(0, index + 1).join(sep)));
  if (long !== undefined)
    throw new UsageError(
      `--${flag}: ${given.length > 80 ? `${[...given].slice(0, 60).join('')}...` : given} needs a name of ${Buffer.byteLength(long)} bytes${long === basename(path) && path !== resolve(given) ? ' (with the temporary suffix it is written under first)' : ''}; a file system takes at most ${MAX_NAME_BYTES}: give a shorter name`,
    );
}

/**
 * Checks, before any work, that the files written for each scenario into a `--FLAG` folder
 * (the longest: `<name>.orders.parquet` while it is written) have names a file system takes.
 */
export function checkScenarioNameLengths(flag: string, scenarios: ReadonlyArray<{ readonly name: string; readonly file: string }>): void {
  for (const { name, file } of scenarios) {
    const longest = temporaryPathOf(ordersFileName(name, 'parquet'));
    if (Buffer.byteLength(longest) > MAX_NAME_BYTES)
      throw new UsageError(
        `--${flag}: ${file} is named "${[...name].slice(0, 40).join('')}..." (${Buffer.byteLength(name)} bytes), and its results (${[...name].slice(0, 20).join('')}....orders.parquet, written as ...partial-${process.pid} first) need names of at most ${MAX_NAME_BYTES} bytes: rename the scenario file`,
      );
  }
}

/**
 * Checks that no two scenarios written into one `--FLAG` folder share a name (a scenario is
 * named after its file): the second one's results would silently replace the first one's.
 */
export function checkDistinctNames(flag: string, scenarios: ReadonlyArray<{ readonly name: string; readonly file: string }>): void {
  const seen = new Map<string, string>();
  for (const { name, file } of scenarios) {
    const first = seen.get(name);
    if (first !== undefined)
      throw new UsageError(
        `--${flag}: ${first} and ${file} are both named "${name}" (a scenario is named after its file), so one's results would replace the other's: rename one of them`,
      );
    seen.set(name, file);
  }
}

/** Files fulfill writes into a results folder, by name (a scenario's result is told by its content). */
const RESULT_FILE = /^(?:manifest\.json|kpis\.(?:csv|parquet))$|\.orders\.(?:csv|parquet)$/;

/**
 * Refuses an `--FLAG FILE` that would replace what a results folder holds: a scenario's result
 * (a JSON document with `scenario` and `kpis`), its per-order file, kpis or manifest. A result
 * replaced by a CSV or a page would vanish from the dashboard without a word.
 */
export function checkNotOverResult(flag: string, file: string | undefined): void {
  if (file === undefined) return;
  const path = resolve(file);
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch {
    return; // nothing there to replace (what cannot be written is checkOutputFile's to say)
  }
  if (!stats.isFile()) return;
  const name = basename(path);
  let result = RESULT_FILE.test(name);
  if (!result && name.endsWith('.json') && stats.size <= MAX_RESULT_FILE_BYTES) {
    try {
      result = claimsToBeResult(JSON.parse(readFileSync(path, 'utf8')) as unknown);
    } catch {
      // Not JSON: not a result.
    }
  }
  if (result)
    throw new UsageError(
      `--${flag}: ${file} is a file of a results folder (a scenario's result, orders, KPIs or manifest), which --${flag} would replace: give another file name`,
    );
}
