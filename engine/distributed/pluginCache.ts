import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentHash } from './blobStore.js';
import { CONTENT_HASH } from './queuedJob.js';

/** A queue worker's private folder for the plugin modules that jobs carry. */
export interface PluginCache {
  readonly directory: string;
  /** Writes a module's text, checked against `hash`, as `<directory>/<hash>/<file>` and returns that path. */
  store(hash: string, file: string, text: string): string;
  /** Deletes the folder and everything in it. */
  remove(): void;
}

/** A module's file name as the job gives it: a plain name, never a path or a dot entry. */
function checkedName(file: string): string {
  if (file === '' || file === '.' || file === '..' || /[\\/\0]/.test(file) || file.length > 200)
    throw new Error(`plugin module file name ${JSON.stringify(file.slice(0, 80))} is not a plain file name`);
  return file;
}

/** Throws unless `path` is a real directory (not a link) that only this user can enter or change. */
function checkPrivate(path: string): void {
  const stat = lstatSync(path);
  const uid = process.getuid?.();
  if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (process.platform !== 'win32' && (stat.mode & 0o077) !== 0)) {
    throw new Error(`plugin cache ${path} is not a private directory of this user`);
  }
}

/**
 * Creates the worker's plugin folder with mkdtemp under the temporary directory: a fresh name
 * nobody can predict or pre-create, mode 0700, owned by this user. (A fixed shared path such as
 * `<tmp>/fulfill-plugins` lets another local user plant or swap the code a worker imports.)
 */
export function createPluginCache(): PluginCache {
  const directory = mkdtempSync(join(tmpdir(), 'fulfill-plugins-'));
  checkPrivate(directory);
  return {
    directory,
    store(hash, file, text) {
      if (!CONTENT_HASH.test(hash)) throw new Error(`plugin module hash ${JSON.stringify(hash.slice(0, 80))} is not a SHA-256`);
      if (contentHash(text) !== hash)
        throw new Error(`plugin module ${checkedName(file)} does not match its SHA-256 ${hash.slice(0, 12)}; refused`);
      const folder = join(directory, hash);
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      checkPrivate(folder);
      const path = join(folder, checkedName(file));
      let current: string | undefined;
      try {
        current = readFileSync(path, 'utf8');
      } catch {
        current = undefined;
      }
      if (current !== text) {
        rmSync(path, { force: true });
        // 'wx': fails rather than follow anything put there in between.
        writeFileSync(path, text, { flag: 'wx', mode: 0o600 });
      }
      return path;
    },
    remove() {
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
