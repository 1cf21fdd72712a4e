import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { basename, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { explainOrder } from '../experiment/explainOrder.js';
import { readOrderRecords } from './readOrdersCsv.js';
import { readMergedScenario } from './readScenario.js';

/**
 * Where the built dashboard lives: dist/viz, which is next to dist/engine when running the
 * built CLI, and under dist/ when running from source (tests). The source viz/ folder has no
 * assets/ and is never served.
 */
export const DASHBOARD_ROOT =
  [new URL('../../viz/', import.meta.url), new URL('../../dist/viz/', import.meta.url)]
    .map((url) => fileURLToPath(url))
    .find((folder) => existsSync(join(folder, 'assets'))) ?? fileURLToPath(new URL('../../dist/viz/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
};

/** Every scenario result document in `directory`, the baseline first, then by name. */
export function readResultDocuments(directory: string): unknown[] {
  if (!existsSync(directory)) return [];
  const documents = readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(directory, file), 'utf8')) as { scenario?: unknown; kpis?: unknown })
    .filter((document) => typeof document.scenario === 'string' && typeof document.kpis === 'object');
  return [
    ...documents.filter((document) => document.scenario === 'baseline'),
    ...documents.filter((document) => document.scenario !== 'baseline'),
  ];
}

/** Writes a JSON answer: `[status, body]`. */
function respondJson(response: ServerResponse, [status, body]: readonly [number, unknown]): void {
  response.writeHead(status, { 'content-type': CONTENT_TYPES['.json'] ?? 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

/**
 * The order inspector's data from `<scenario>.orders.csv` (replication 0): one order with its
 * explained timeline (`id=N`), or the 20 latest orders placed (`list=latest`) or delivered
 * late (`list=late`).
 */
export function ordersAnswer(directory: string, query: URLSearchParams): readonly [number, unknown] {
  const scenario = query.get('scenario') ?? '';
  const file = join(directory, `${basename(scenario)}.orders.csv`);
  if (scenario === '' || !existsSync(file)) return [404, { error: `no per-order records for "${scenario}"` }];
  const records = readOrderRecords(file);
  const list = query.get('list');
  if (list === 'latest' || list === 'late') {
    const chosen = records.filter((record) => list === 'latest' || record.onTime === false).slice(-20).reverse();
    return [200, { orders: chosen.map(({ id, placedHours, state, onTime }) => ({ id, placedHours, state, onTime })) }];
  }
  const id = Number(query.get('id'));
  const record = records.find((candidate) => candidate.id === id);
  if (record === undefined) return [404, { error: `no order ${query.get('id') ?? ''} in ${scenario}, replication 0` }];
  return [200, { record, explanation: explainOrder(record) }];
}

/** A running dashboard server. */
export interface DashboardServer {
  readonly url: string;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
}

/**
 * Serves the built dashboard, the results in `resultsDirectory` (`/api/results`) and the
 * baseline scenario for live what-ifs (`/api/baseline`) on localhost. Port 0 picks a free port; a busy port moves on to the next few.
 */
export async function serveDashboard(
  resultsDirectory: string,
  port: number,
  host = '127.0.0.1',
  baselineFile = 'scenarios/baseline.json',
): Promise<DashboardServer> {
  if (!existsSync(join(DASHBOARD_ROOT, 'index.html'))) {
    throw new Error(`the dashboard is not built (no ${DASHBOARD_ROOT}index.html): run npm run build`);
  }
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
    if (path === '/api/results') {
      response.writeHead(200, { 'content-type': CONTENT_TYPES['.json'] ?? 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify(readResultDocuments(resultsDirectory)));
      return;
    }
    if (path === '/api/orders') {
      const query = new URLSearchParams((request.url ?? '').split('?')[1] ?? '');
      respondJson(response, ordersAnswer(resultsDirectory, query));
      return;
    }
    if (path === '/api/baseline') {
      // The live what-if edits the baseline with its extends chain resolved.
      if (!existsSync(baselineFile)) {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end(`no ${baselineFile}`);
        return;
      }
      response.writeHead(200, { 'content-type': CONTENT_TYPES['.json'] ?? 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify(readMergedScenario(baselineFile)));
      return;
    }
    const file = normalize(join(DASHBOARD_ROOT, path === '/' ? 'index.html' : path));
    if (!file.startsWith(DASHBOARD_ROOT.endsWith(sep) ? DASHBOARD_ROOT : DASHBOARD_ROOT + sep) || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  let bound: number | undefined;
  for (let attempt = 0; bound === undefined; attempt++) {
    try {
      bound = await listen(server, port === 0 ? 0 : port + attempt, host);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0 || attempt >= 20) throw error;
    }
  }
  return {
    url: `http://${host}:${bound}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
