import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorAnswer, type Answer } from './dashboard/answers.js';
import { isAllowedHost, loggable, MAX_TARGET_LENGTH, parseTarget } from './dashboard/httpGuards.js';
import { answerClientError, hasBody, send } from './dashboard/respond.js';
import { route, type RouteSettings } from './dashboard/routes.js';

export { readResultDocuments } from './dashboard/resultDocuments.js';
export { UNREADABLE_HEADER } from './dashboard/routes.js';

/**
 * Where the built dashboard lives: dist/viz, which is next to dist/engine when running the
 * built CLI, and under dist/ when running from source (tests). The source viz/ folder has no
 * assets/ and is never served.
 */
export const DASHBOARD_ROOT =
  [new URL('../../viz/', import.meta.url), new URL('../../dist/viz/', import.meta.url)]
    .map((url) => fileURLToPath(url))
    .find((folder) => existsSync(join(folder, 'assets'))) ?? fileURLToPath(new URL('../../dist/viz/', import.meta.url));

/** The only address the dashboard listens on: it is for this machine's browser alone. */
export const DASHBOARD_HOST = '127.0.0.1';

/** What one client may send or hold open; a client past a limit gets a 4xx and is dropped. */
export interface DashboardLimits {
  /** Request line plus headers, bytes (past it: 431). */
  readonly maxHeaderBytes: number;
  /** Time to send the request line and headers, ms (a slow client gets 408 and is dropped). */
  readonly headersTimeoutMs: number;
  /** Time to send the whole request, ms. */
  readonly requestTimeoutMs: number;
  /** An idle kept-alive connection is closed after this, ms. */
  readonly keepAliveTimeoutMs: number;
  /** Open connections at once; more are refused. */
  readonly maxConnections: number;
}

/** The default limits. */
export const DASHBOARD_LIMITS: DashboardLimits = {
  maxHeaderBytes: 16 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 256,
};

/** Options of `serveDashboard`. */
export interface DashboardOptions {
  /** Scenario behind `/api/baseline` (the live what-if). */
  readonly baselineFile?: string;
  /** When the port is taken, try the next 20 (the default port); otherwise a taken port is an error. */
  readonly tryNextPorts?: boolean;
  /** Where warnings and internal errors go, one line each (default: stderr). */
  readonly log?: (line: string) => void;
  readonly limits?: Partial<DashboardLimits>;
}

/** The dashboard cannot start (not built, port taken or not permitted): the CLI prints it and exits 2. */
export class DashboardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DashboardError';
  }
}

/** A running dashboard server. */
export interface DashboardServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Checks the request before any route sees it: Host, method, body, target. */
function answer(request: IncomingMessage, port: number, settings: RouteSettings): Answer | Promise<Answer> {
  if (!isAllowedHost(request.headers.host, port)) {
    return errorAnswer(403, `this server answers only requests addressed to 127.0.0.1:${port}, localhost:${port} or [::1]:${port}`);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return errorAnswer(405, 'only GET and HEAD are allowed', { allow: 'GET, HEAD' });
  if (hasBody(request)) return errorAnswer(413, 'the dashboard accepts no request body');
  const target = request.url ?? '/';
  if (target.length > MAX_TARGET_LENGTH) return errorAnswer(414, `the request target is longer than ${MAX_TARGET_LENGTH} characters`);
  const parsed = parseTarget(target);
  if ('error' in parsed) return errorAnswer(400, parsed.error);
  return route(parsed.path, parsed.query, settings);
}

/** Listens on 127.0.0.1:`port`; resolves the bound port. */
function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, DASHBOARD_HOST, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
}

async function bindPort(server: Server, port: number, tryNextPorts: boolean): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const candidate = port === 0 ? 0 : port + attempt;
    try {
      return await listen(server, candidate);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' && tryNextPorts && port !== 0 && attempt < 20 && candidate < 65_535) continue;
      if (code === 'EADDRINUSE') {
        throw new DashboardError(
          `port ${candidate} on ${DASHBOARD_HOST} is in use (another dashboard?): stop it or choose another with --port N (0 picks a free one)`,
        );
      }
      if (code === 'EACCES')
        throw new DashboardError(`not permitted to listen on port ${candidate}: choose a port above 1023 with --port N`);
      throw error;
    }
  }
}

/**
 * Serves the built dashboard, the results in `resultsDirectory` (`/api/results`), the order
 * inspector (`/api/orders`) and the baseline scenario for live what-ifs (`/api/baseline`) on
 * 127.0.0.1 only. Port 0 picks a free port. No request can stop it: every answer, an error
 * in a route included, is JSON with a status, and bad clients are bounded by `limits`.
 */
export async function serveDashboard(resultsDirectory: string, port: number, options: DashboardOptions = {}): Promise<DashboardServer> {
  if (!existsSync(join(DASHBOARD_ROOT, 'index.html')))
    throw new DashboardError('the dashboard is not built (no dist/viz/index.html): run npm run build');
  const limits = { ...DASHBOARD_LIMITS, ...options.limits };
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const warned = new Set<string>();
  const settings: RouteSettings = {
    root: DASHBOARD_ROOT,
    resultsDirectory,
    baselineFile: options.baselineFile ?? 'scenarios/baseline.json',
    warn: (message) => {
      if (warned.has(message)) return;
      warned.add(message);
      log(`dashboard: warning: ${message}`);
    },
  };
  let bound = port;
  const server = createServer(
    {
      maxHeaderSize: limits.maxHeaderBytes,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs / 2),
      // A request without Host gets our 403, not Node's bare 400.
      requireHostHeader: false,
    },
    (request, response) => {
      request.on('error', () => undefined);
      response.on('error', () => undefined);
      const failed = (error: unknown): void => {
        log(
          `dashboard: internal error on ${loggable(request.method ?? '?', 10)} ${loggable(request.url ?? '')}: ${error instanceof Error ? error.message : String(error)}`,
        );
        if (response.headersSent) response.destroy();
        else send(request, response, errorAnswer(500, 'internal error (see the server log)'));
      };
      try {
        const answered = answer(request, bound, settings);
        if (answered instanceof Promise) answered.then((ready) => send(request, response, ready)).catch(failed);
        else send(request, response, answered);
      } catch (error) {
        failed(error);
      }
    },
  );
  server.maxConnections = limits.maxConnections;
  server.on('clientError', answerClientError);
  // CONNECT gets no request handler call; answer it like any other unsupported method.
  server.on('connect', (_request: IncomingMessage, socket: Duplex) =>
    answerClientError(Object.assign(new Error('CONNECT'), { code: 'CONNECT' }), socket),
  );
  bound = await bindPort(server, port, options.tryNextPorts ?? false);
  server.on('error', (error) => log(`dashboard: server error: ${error.message}`));
  return {
    url: `http://${DASHBOARD_HOST}:${bound}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
