import { readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative } from 'node:path';
import { errorAnswer, type Answer } from './answers.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
};

function inside(root: string, file: string): boolean {
  const path = relative(root, file);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

/**
 * A file of the built dashboard for a decoded request path (`/` is `index.html`). Only regular
 * files inside `root` are served, after symbolic links are resolved: a folder, a path with a
 * `..` segment or one that leads out of `root` is 404, with no listing.
 */
export function staticFile(root: string, path: string): Answer {
  const notFound = errorAnswer(404, 'not found');
  const segments = (path === '/' ? '/index.html' : path).split('/');
  if (segments.some((segment) => segment === '..')) return notFound;
  try {
    const realRoot = realpathSync(root);
    const file = realpathSync(join(realRoot, ...segments));
    if (!inside(realRoot, file) || !statSync(file).isFile()) return notFound;
    return { status: 200, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) };
  } catch {
    return notFound;
  }
}
