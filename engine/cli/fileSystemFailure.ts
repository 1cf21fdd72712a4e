/** Failures of the machine's file system: the user's environment, not a bug, so exit 2 with a line rather than a stack trace. */
const WORDS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large for its file system',
  EIO: 'an input/output error',
  EROFS: 'a read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EMFILE: 'too many files open',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOENT: 'no such file or folder',
  EPIPE: 'the reader of the pipe has gone',
  ENXIO: 'nothing reads it (a named pipe with no reader yet, or a socket)',
  EBADF: 'the descriptor is not open for writing',
  ELOOP: 'too many levels of symbolic links (a loop)',
  ENAMETOOLONG: 'the path, or a name in it, is longer than the file system takes (255 bytes a name, 4,096 the path)',
};

/**
 * One line for a file system failure (`cannot write results/x.json: no space left on the
 * device (ENOSPC)`), or undefined for any other error.
 */
export function fileSystemFailure(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path, syscall } = error as NodeJS.ErrnoException;
  const words = code === undefined ? undefined : WORDS[code];
  if (words === undefined) return undefined;
  const verb = syscall === 'open' || syscall === 'read' || syscall === 'stat' || syscall === 'scandir' ? 'use' : 'write';
  return `cannot ${verb} ${path ?? 'a file'}: ${words} (${code})`;
}
