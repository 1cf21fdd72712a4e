import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Where an output named by a path really goes when that is not a file of its own:
 * - `descriptor`: this process's standard output or error (/dev/stdout, /dev/fd/2,
 *   /proc/self/fd/1, /proc/thread-self/fd/1, or a link to one). A trace is written through
 *   that descriptor: opened anew, a redirected `> file` would be written from its start, over
 *   the command's own lines, and written beside it and renamed, the file would be replaced.
 * - `process file`: every other path under /proc, /dev/fd and /dev/stdin (standard input,
 *   another descriptor, another process's): never an output.
 */
export type StreamTarget = { readonly kind: 'descriptor'; readonly descriptor: 1 | 2 } | { readonly kind: 'process file' };

const NAMED: Readonly<Record<string, 1 | 2>> = { '/dev/stdout': 1, '/dev/stderr': 2 };

/** The most links followed (Linux's own limit is 40). */
const MOST_LINKS = 40;

/** What `absolute` names if it spells one of this process's descriptors or another file under /proc. */
function spelled(absolute: string): StreamTarget | undefined {
  const named = NAMED[absolute];
  if (named !== undefined) return { kind: 'descriptor', descriptor: named };
  // Only 1 and 2: Node holds descriptors of its own from 3 on (its event loop's), which a trace must never write into.
  const own = new RegExp(`^/(?:dev/fd|proc/(?:self|thread-self|${process.pid})(?:/task/\\d+)?/fd)/([12])$`).exec(absolute);
  if (own !== null) return { kind: 'descriptor', descriptor: own[1] === '1' ? 1 : 2 };
  // /dev/stdin, /dev/fd/N: another of this process's descriptors, whatever it leads to.
  if (absolute === '/dev/stdin' || absolute.startsWith('/dev/fd/') || absolute.startsWith('/proc/')) return { kind: 'process file' };
  return undefined;
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
