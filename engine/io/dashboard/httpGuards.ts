/**
 * Headers on every dashboard answer: no MIME sniffing, no framing, no referrer, and a content
 * security policy that lets the page load only its own scripts, styles, worker and API (images
 * also from `data:`/`blob:`, which the PNG export draws through).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self'; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * True when the `Host` header names this server by a loopback name and its port. Anything
 * else is refused, so a page whose DNS name was rebound to 127.0.0.1 cannot read the answers.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const name = host.toLowerCase();
  const names = ['127.0.0.1', 'localhost', '[::1]'];
  return names.some((allowed) => name === `${allowed}:${port}` || (port === 80 && name === allowed));
}

/** A request target split into its decoded path and its query, or why it cannot be. */
export type RequestTarget = { readonly path: string; readonly query: URLSearchParams } | { readonly error: string };

/** Longest request target accepted (path and query), characters. */
export const MAX_TARGET_LENGTH = 8192;

/** Parses a request's target (origin form only: `/path?query`), decoding the path's percent-escapes. */
export function parseTarget(target: string): RequestTarget {
  if (!target.startsWith('/')) return { error: 'the request target must be a path starting with /' };
  const queryStart = target.indexOf('?');
  const rawPath = queryStart < 0 ? target : target.slice(0, queryStart);
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { error: 'the path has a malformed percent-escape' };
  }
  if (path.includes('\0') || path.includes('\\')) return { error: 'the path holds a NUL byte or a backslash' };
  return { path, query: new URLSearchParams(queryStart < 0 ? '' : target.slice(queryStart + 1)) };
}

/** A request target or header value made safe for one log line: control characters escaped, length capped. */
export function loggable(text: string, max = 200): string {
  const clean = JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
  return clean.slice(1, -1);
}
