import { isAbsolute, relative } from 'node:path';

/** A path as messages show it: relative to the working directory when it lies below it, else as given. */
export function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}
