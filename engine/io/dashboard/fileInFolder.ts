import { realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The file `name` of `folder` after symbolic links are resolved, with its stats, or undefined
 * when there is none or it resolves anywhere but directly in the folder: a link in a results
 * folder never serves a file from elsewhere on this machine (a shared folder could carry one).
 */
export function fileInFolder(folder: string, name: string): { readonly path: string; readonly stats: Stats } | undefined {
  try {
    const realFolder = realpathSync(folder);
    const path = realpathSync(join(realFolder, name));
    if (dirname(path) !== realFolder) return undefined;
    return { path, stats: statSync(path) };
  } catch {
    return undefined;
  }
}
