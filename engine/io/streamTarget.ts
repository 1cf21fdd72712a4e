import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Where an output named by a path really goes when that is not a file of its own:
 * - `descriptor`: a descriptor this process already has (/dev/stdout, /dev/fd/3,
 *   /proc/self/fd/1, /proc/thread-self/fd/1, or a link to one). It is written through that
 *   descriptor: opened anew, a redirected `> file` would be written from its start, over the
 *   command's own lines, and written beside it and renamed, the file would be replaced
 *   (`--trace /dev/fd/3 3>>log` would lose the log).
 * - `process file`: another path under /proc (another process's descriptor): written in place,
 *   never replaced.
 */
export type StreamTarget = { readonly kind: 'descriptor'; readonly descriptor: number } | { readonly kind: 'process file' };

const NAMED: Readonly<Record<string, number>> = { '/dev/stdin': 0, '/dev/stdout': 1, '/dev/stderr': 2 };

/** The most links followed (Linux's own limit is 40). */
const MOST_LINKS = 40;

/** What `absolute` names if it spells one of this process's descriptors or another file under /proc. */
function spelled(absolute: string): StreamTarget | undefined {
  const named = NAMED[absolute];
  if (named !== undefined) return { kind: 'descriptor', descriptor: named };
  const own = new RegExp(`^/(?:dev/fd|proc/(?:self|thread-self|${process.pid}(?:/task/\\d+)?)/fd)/(\\d+)$`).exec(absolute);
  if (own !== null) return { kind: 'descriptor', descriptor: Number(own[1]) };
  return absolute.startsWith('/proc/') ? { kind: 'process file' } : undefined;
}

/**
 * The stream `path` names, following symbolic links one at a time (a link into /proc/self/fd
 * leads to a descriptor, which realpath would skip over to the file behind it), or undefined for
 * an ordinary path.
 */
export function streamTarget(path: string): StreamTarget | undefined {
  let current = resolve(path);
  for (let hop = 0; hop <= MOST_LINKS; hop++) {
    const direct = spelled(current);
    if (direct !== undefined) return direct;
    let real: string;
    let link: string;
    try {
      // The folder with its links resolved: a link to /proc/self/fd names descriptors too.
      real = join(realpathSync(dirname(current)), basename(current));
      const found = spelled(real);
      if (found !== undefined) return found;
      if (!lstatSync(real).isSymbolicLink()) return undefined;
      link = readlinkSync(real);
    } catch {
      return undefined; // missing, a loop: an ordinary path, whose checks say what is wrong
    }
    current = resolve(dirname(real), link);
  }
  return undefined;
}
