import { statSync } from 'node:fs';

/**
 * What stands at a path, before anything opens it: opening a FIFO blocks until a writer comes
 * and a device never ends, so every reader of user-named files reads only `file`s.
 */
export type InspectedFile =
  | { readonly kind: 'file'; readonly size: number }
  | { readonly kind: 'directory' | 'special' }
  | { readonly kind: 'missing'; readonly code: string };

/** The kind of `path` (and a regular file's size), or why it cannot be looked at. */
export function inspectFile(path: string): InspectedFile {
  try {
    const stats = statSync(path);
    if (stats.isFile()) return { kind: 'file', size: stats.size };
    return { kind: stats.isDirectory() ? 'directory' : 'special' };
  } catch (error) {
    return { kind: 'missing', code: (error as NodeJS.ErrnoException).code ?? 'error' };
  }
}
