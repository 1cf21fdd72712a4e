import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DashboardError, serveDashboard, UNREADABLE_HEADER } from '../../engine/io/dashboardServer.js';
import { rawRequest, type RawReply } from '../helpers/rawHttp.js';
import { resultDocument } from '../helpers/resultDocument.js';

const BIN = resolve('dist/engine/cli/bin.js');

let folder: string;
let results: string;
let child: ChildProcess;
let childErr = '';
let port: number;

/** A results folder with one good result, broken and odd `.json` files and per-order CSVs; a broken baseline beside it. */
function hostileFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'fulfill-server-'));
  const dir = join(root, 'results');
  mkdirSync(dir);
  writeFileSync(join(dir, 'baseline.json'), JSON.stringify(resultDocument('baseline')));
  // Claims to be a result, but a page would fail on it: named, as a broken file is.
  writeFileSync(join(dir, 'hollow.json'), JSON.stringify({ scenario: 'hollow', kpis: [] }));
  writeFileSync(join(dir, 'broken.json'), '{"scenario": "half-writ');
  writeFileSync(join(dir, 'null.json'), 'null');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ command: 'run' }));
  mkdirSync(join(dir, 'folder.json'));
  // A FIFO blocks a plain read for ever.
  execFileSync('mkfifo', [join(dir, 'stuck.json')]);
  writeFileSync(join(dir, 'baseline.orders.csv'), 'replication,id,placedHours\n0,abc,xyz\n0,"unterminated\n');
  writeFileSync(join(dir, 'empty.orders.csv'), 'replication,id,placedHours\n');
  mkdirSync(join(root, 'scenarios'));
  writeFileSync(join(root, 'scenarios', 'baseline.json'), '{ "horizon": ');
  return root;
}

function get(path: string, headers = `Host: 127.0.0.1:${port}\r\n`): string {
  return `GET ${path} HTTP/1.1\r\n${headers}Connection: close\r\n\r\n`;
}

/** Asserts a short JSON error: the status, `{"error": string}`, no stack and no path of this machine. */
function expectJsonError(reply: RawReply, status: number): void {
  expect(reply.status, reply.head).toBe(status);
  expect(reply.head.toLowerCase()).toContain('content-type: application/json');
  const body = JSON.parse(reply.body) as { error?: unknown };
  expect(typeof body.error).toBe('string');
  expect(reply.body.length).toBeLessThan(300);
  expect(reply.body).not.toMatch(/\n\s+at |\/tmp\/|\/work\/|\/home\/|\/root\//);
  expect(reply.body).not.toContain(folder);
}

beforeAll(async () => {
  folder = hostileFolder();
  results = join(folder, 'results');
  child = spawn(process.execPath, [BIN, 'dashboard', results, '--port', '0'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr?.on('data', (data: Buffer) => (childErr += data.toString()));
  port = await new Promise<number>((found, fail) => {
    let out = '';
    child.stdout?.on('data', (data: Buffer) => {
      out += data.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (match !== null) found(Number(match[1]));
    });
    child.on('exit', (code) => fail(new Error(`dashboard exited ${code}: ${childErr}`)));
  });
});

afterAll(() => {
  child?.kill('SIGINT');
});

describe('serveDashboard under hostile requests (the CLI server in a child process)', () => {
  it('serveDashboard: malformed percent-escapes, NUL bytes and backslashes are 400', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/api/%', '/index.html%00.js', '/..%5c..%5cpackage.json', '/assets\\index.html']) {
      expectJsonError(await rawRequest(port, [get(path)]), 400);
    }
  });

  it('serveDashboard: folders and paths that leave the dashboard are 404, with no listing', async () => {
    for (const path of [
      '/assets',
      '/assets/',
      '/../../etc/passwd',
      '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/..%2f..%2fpackage.json',
      '/./../package.json',
      '/api/nope',
    ]) {
      expectJsonError(await rawRequest(port, [get(path)]), 404);
    }
  });

  it('serveDashboard: a broken, null, FIFO or folder .json in the results is skipped and named in a header', async () => {
    const reply = await rawRequest(port, [get('/api/results')]);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual([resultDocument('baseline')]);
    const unreadable = new RegExp(`${UNREADABLE_HEADER}: (.*)`, 'i').exec(reply.head)?.[1]?.split(',');
    expect(unreadable).toEqual(['broken.json', 'folder.json', 'hollow.json', 'stuck.json']);
    expect(reply.head.toLowerCase()).toContain(`${UNREADABLE_HEADER}-count: 4`);
    expect(childErr).toMatch(/warning: result file broken\.json skipped: not valid JSON/);
  });

  it('serveDashboard: a malformed or missing per-order CSV and bad order queries are 4xx', async () => {
    expectJsonError(await rawRequest(port, [get('/api/orders?scenario=baseline&id=1')]), 422);
    expectJsonError(await rawRequest(port, [get('/api/orders?scenario=nothere&id=1')]), 404);
    expectJsonError(await rawRequest(port, [get('/api/orders?scenario=..%2F..%2Fetc%2Fpasswd&id=1')]), 400);
    expectJsonError(await rawRequest(port, [get('/api/orders?scenario=%00&id=1')]), 400);
    expectJsonError(await rawRequest(port, [get('/api/orders?scenario=empty&id=abc')]), 400);
    expectJsonError(await rawRequest(port, [get('/api/orders?scenario=empty&id=5')]), 404);
    expectJsonError(await rawRequest(port, [get('/api/orders?scenario=empty&list=everything')]), 400);
    expectJsonError(await rawRequest(port, [get('/api/orders')]), 400);
  });

  it('serveDashboard: a broken baseline scenario is 422', async () => {
    expectJsonError(await rawRequest(port, [get('/api/baseline')]), 422);
  });

  it('serveDashboard: other methods are 405, request bodies 413, long targets 414, huge headers 431', async () => {
    const host = `Host: 127.0.0.1:${port}\r\n`;
    const post = await rawRequest(port, [`POST /api/results HTTP/1.1\r\n${host}Content-Length: 5\r\n\r\nhello`]);
    expectJsonError(post, 405);
    expect(post.head.toLowerCase()).toContain('allow: get, head');
    expectJsonError(await rawRequest(port, [`DELETE / HTTP/1.1\r\n${host}Connection: close\r\n\r\n`]), 405);
    expectJsonError(await rawRequest(port, [`CONNECT 127.0.0.1:22 HTTP/1.1\r\n${host}\r\n`]), 405);
    const body = await rawRequest(port, [`GET / HTTP/1.1\r\n${host}Content-Length: 100000000\r\n\r\n`, 'x'.repeat(1000)]);
    expectJsonError(body, 413);
    expect(body.closed).toBe(true);
    expectJsonError(await rawRequest(port, [get(`/?q=${'a'.repeat(9000)}`)]), 414);
    expectJsonError(await rawRequest(port, [get(`/?q=${'a'.repeat(40_000)}`)]), 431);
    expectJsonError(await rawRequest(port, [get('/', `Host: 127.0.0.1:${port}\r\nX-Big: ${'b'.repeat(40_000)}\r\n`)]), 431);
  });

  it('serveDashboard: a malformed request line is 400', async () => {
    expectJsonError(await rawRequest(port, ['GARBAGE\r\n\r\n']), 400);
    expectJsonError(await rawRequest(port, ['GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n']), 400);
    expectJsonError(await rawRequest(port, [get('http://127.0.0.1/')]), 400);
  });

  it('serveDashboard: only 127.0.0.1, localhost and [::1] with its port are answered (DNS rebinding)', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      '127.0.0.1',
      `localhost.evil.example:${port}`,
      '',
    ]) {
      expectJsonError(await rawRequest(port, [get('/api/results', host === '' ? '' : `Host: ${host}\r\n`)]), 403);
    }
    expectJsonError(await rawRequest(port, ['GET /api/results HTTP/1.0\r\n\r\n']), 403);
    for (const host of [`localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      expect((await rawRequest(port, [get('/api/results', `Host: ${host}\r\n`)])).status).toBe(200);
    }
  });

  it('serveDashboard: a burst of 150 concurrent requests is answered', async () => {
    const paths = Array.from({ length: 150 }, (_, index) =>
      index % 3 === 0 ? 'api/results' : index % 3 === 1 ? '' : 'api/orders?scenario=.hidden',
    );
    const statuses = await Promise.all(paths.map(async (path) => (await fetch(`http://127.0.0.1:${port}/${path}`)).status));
    expect(statuses.filter((status) => status === 200)).toHaveLength(100);
    expect(statuses.filter((status) => status === 400)).toHaveLength(50);
  });

  it('serveDashboard: after all that it still serves the page with its security headers, and never logged a stack', async () => {
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<title>fulfill dashboard</title>');
    expect(child.exitCode).toBeNull();
    expect(childErr).not.toMatch(/\n\s+at /);
  });
});

describe('serveDashboard limits (in process)', () => {
  it('serveDashboard: a client that sends its headers too slowly gets 408 and is dropped', async () => {
    const server = await serveDashboard(results, 0, { limits: { headersTimeoutMs: 500, requestTimeoutMs: 1000 }, log: () => undefined });
    const serverPort = Number(new URL(server.url).port);
    try {
      const started = Date.now();
      const reply = await rawRequest(
        serverPort,
        [`GET / HTTP/1.1\r\nHost: 127.0.0.1:${serverPort}\r\n`, 'X-Slow: 1\r\n', 'X-Slow: 2\r\n'],
        { pauseMs: 400, timeoutMs: 8000 },
      );
      expect(reply.closed).toBe(true);
      expect(reply.status).toBe(408);
      expect(Date.now() - started).toBeLessThan(4000);
      expect((await fetch(server.url)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('serveDashboard: a missing baseline is 404 and the broken result files are logged once each', async () => {
    const lines: string[] = [];
    const server = await serveDashboard(results, 0, { baselineFile: join(folder, 'nope.json'), log: (line) => lines.push(line) });
    const serverPort = Number(new URL(server.url).port);
    try {
      expectJsonError(
        await rawRequest(serverPort, [`GET /api/baseline HTTP/1.1\r\nHost: localhost:${serverPort}\r\nConnection: close\r\n\r\n`]),
        404,
      );
      await fetch(`${server.url}api/results`);
      await fetch(`${server.url}api/results`);
      expect(lines.filter((line) => line.includes('broken.json'))).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('serveDashboard: a port in use is a DashboardError naming the port, and the CLI exits 2', async () => {
    const blocker = createServer();
    const taken = await new Promise<number>((bound) =>
      blocker.listen(0, '127.0.0.1', () => bound((blocker.address() as { port: number }).port)),
    );
    try {
      await expect(serveDashboard(results, taken)).rejects.toThrow(DashboardError);
      await expect(serveDashboard(results, taken)).rejects.toThrow(`port ${taken} on 127.0.0.1 is in use`);
      const cli = spawn(process.execPath, [BIN, 'dashboard', results, '--port', String(taken)], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      cli.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
      const code = await new Promise<number | null>((exited) => cli.on('exit', exited));
      expect(code).toBe(2);
      expect(stderr).toContain(`port ${taken} on 127.0.0.1 is in use`);
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });
});
