/**
 * The names of this process's standard output and error (/dev/stdout, /proc/self/fd/1...). An
 * output named so is written through the descriptor the process already has: opened anew, a
 * redirected `> file` would be written from its start, over the command's own lines, and
 * written beside it and renamed, it would replace the link (as root even /dev/stdout).
 */
const STANDARD_STREAMS: ReadonlyMap<string, number> = new Map([
  ['/dev/stdout', 1],
  ['/dev/fd/1', 1],
  ['/proc/self/fd/1', 1],
  ['/dev/stderr', 2],
  ['/dev/fd/2', 2],
  ['/proc/self/fd/2', 2],
]);

/** The descriptor of the standard stream an absolute path names, if it names one. */
export const standardStreamOf = (absolute: string): number | undefined => STANDARD_STREAMS.get(absolute);
