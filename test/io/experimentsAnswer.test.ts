import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExperimentSummary } from '../../engine/experiment/experimentListing.js';
import { LEADERBOARD_FORMAT } from '../../engine/experiment/policyLeaderboard.js';
import type { Answer } from '../../engine/io/dashboard/answers.js';
import { experimentsAnswer, MAX_EXPERIMENT_FILE_BYTES } from '../../engine/io/dashboard/experimentsAnswer.js';
import { serveDashboard } from '../../engine/io/dashboardServer.js';
import { rawRequest } from '../helpers/rawHttp.js';

const summary = (mean: number) => ({ mean, sd: 1, ci95: [mean - 1, mean + 1], values: [mean - 1, mean + 1] });
const SWEEP = {
  scenario: 'baseline',
  seed: 1,
  replications: 2,
  axes: [{ path: 'warehouse.pickers', values: [4, 6] }],
  complete: true,
  points: [4, 6].map((pickers, index) => ({
    name: `baseline-p${index + 1}`,
    settings: { 'warehouse.pickers': pickers },
    kpis: { onTimeRate: summary(0.9 + index / 100) },
  })),
};
const OPTIMIZE = {
  variables: [{ path: 'warehouse.pickers', low: 3, high: 4, step: 1 }],
  evaluated: [],
  best: null,
  runnersUp: [],
  finalists: [],
};
const result = (scenario: string) => ({ scenario, seed: 1, replications: 2, kpis: { onTimeRate: summary(0.9) } });
const COMPARISON = { seed: 1, replications: 2, scenarios: ['baseline', 'faster'], variants: [], best: null, precision: null };
const LEADERBOARD = { format: LEADERBOARD_FORMAT, reps: 2, workers: 1, seedsPaired: true, metrics: [], workloads: [] };
const manifest = (status: string) => JSON.stringify({ tool: 'fulfill', command: ['fulfill', 'sweep', 'x.json'], status });

/** A served folder with one experiment of each kind, an old leaderboard, and broken or odd files beside them. */
function experimentFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'fulfill-experiments-'));
  const write = (path: string, content: unknown): void => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  };
  write('pickers/sweep.json', SWEEP);
  write('pickers/manifest.json', manifest('complete'));
  write('pickers/baseline-p1.json', result('baseline-p1'));
  write('best/optimize.json', OPTIMIZE);
  write('both/comparison.json', COMPARISON);
  write('both/baseline.json', result('baseline'));
  write('both/faster.json', result('faster'));
  write('policies.json', LEADERBOARD);
  // Written before the format marker: recognised by its first keys.
  write('boards/old.json', { reps: 3, workers: 2, seedsPaired: true, metrics: [], workloads: [] });
  write('boards/not-a-board.json', { scenario: 'baseline', kpis: {} });
  write('half/sweep.json', '{"axes": [');
  write('nullpoint/sweep.json', '{"axes": [], "points": [null, {"settings": {}}]}');
  write('odd/optimize.json', '{"scenario": "x"}');
  write('lacking/comparison.json', COMPARISON);
  write('lacking/baseline.json', result('baseline'));
  write('escape/comparison.json', { ...COMPARISON, scenarios: ['../pickers/baseline-p1'] });
  write('huge/sweep.json', '{}');
  truncateSync(join(root, 'huge/sweep.json'), MAX_EXPERIMENT_FILE_BYTES + 1);
  // Never listed: a FIFO (a read would block), a folder named like a file, a hidden folder, a symbolic link to a folder.
  mkdirSync(join(root, 'fifo'));
  execFileSync('mkfifo', [join(root, 'fifo', 'sweep.json')]);
  execFileSync('mkfifo', [join(root, 'stuck.json')]);
  mkdirSync(join(root, 'dir', 'optimize.json'), { recursive: true });
  write('.hidden/sweep.json', SWEEP);
  symlinkSync(join(root, 'pickers'), join(root, 'linked'));
  // Files that are links out of the served folder: never read.
  const elsewhere = mkdtempSync(join(tmpdir(), 'fulfill-elsewhere-'));
  writeFileSync(join(elsewhere, 'sweep.json'), JSON.stringify(SWEEP));
  writeFileSync(join(elsewhere, 'faster.json'), JSON.stringify(result('faster')));
  mkdirSync(join(root, 'outward'));
  symlinkSync(join(elsewhere, 'sweep.json'), join(root, 'outward', 'sweep.json'));
  write('outcompared/comparison.json', COMPARISON);
  write('outcompared/baseline.json', result('baseline'));
  symlinkSync(join(elsewhere, 'faster.json'), join(root, 'outcompared', 'faster.json'));
  utimesSync(join(root, 'best/optimize.json'), new Date('2030-01-01'), new Date('2030-01-01'));
  return root;
}

const bodyOf = (answer: Answer): unknown => JSON.parse(String(answer.body)) as unknown;

describe('experimentsAnswer', () => {
  const root = experimentFolder();

  it('experimentsAnswer: lists the experiments one level down with their kind, status and command, newest first', () => {
    const answer = experimentsAnswer(root, new URLSearchParams());
    expect(answer.status).toBe(200);
    const list = bodyOf(answer) as ExperimentSummary[];
    expect(list.map(({ name, kind }) => `${kind} ${name}`).sort()).toEqual(
      [
        'compare both',
        'compare escape',
        'compare lacking',
        'compare outcompared',
        'leaderboard boards/old.json',
        'leaderboard policies.json',
        'optimize best',
        'optimize odd',
        'sweep half',
        'sweep huge',
        'sweep nullpoint',
        'sweep pickers',
      ].sort(),
    );
    expect(list[0]?.name).toBe('best');
    expect(list.find((entry) => entry.name === 'pickers')).toMatchObject({ status: 'complete', command: 'fulfill sweep x.json' });
    expect(list.find((entry) => entry.name === 'best')).toMatchObject({
      status: 'unknown',
      command: null,
      writtenAt: '2030-01-01T00:00:00.000Z',
    });
  });

  it('experimentsAnswer: serves each kind by name, a sweep without its per-replication values', () => {
    const sweep = bodyOf(experimentsAnswer(root, new URLSearchParams({ name: 'pickers' }))) as { sweep: typeof SWEEP };
    expect(sweep.sweep.points[1]?.kpis.onTimeRate).toEqual({ ...summary(0.91), values: [] });
    expect(bodyOf(experimentsAnswer(root, new URLSearchParams({ name: 'best' })))).toMatchObject({
      summary: { kind: 'optimize' },
      optimize: OPTIMIZE,
    });
    const compare = bodyOf(experimentsAnswer(root, new URLSearchParams({ name: 'both' }))) as { results: Array<{ scenario: string }> };
    expect(compare.results.map((entry) => entry.scenario)).toEqual(['baseline', 'faster']);
    expect(bodyOf(experimentsAnswer(root, new URLSearchParams({ name: 'boards/old.json' })))).toMatchObject({
      summary: { kind: 'leaderboard' },
      leaderboard: { reps: 3 },
    });
  });

  it('experimentsAnswer: a broken, odd, huge or incomplete experiment is 422 naming its file; an unknown name 404', () => {
    const expectations: Array<[string, number, RegExp]> = [
      ['half', 422, /half\/sweep\.json is not valid JSON/],
      ['odd', 422, /odd\/optimize\.json is not an optimization/],
      ['nullpoint', 422, /nullpoint\/sweep\.json is not a sweep \(a point without its "kpis"\)/],
      ['huge', 422, /huge\/sweep\.json is larger than 64 MB/],
      ['lacking', 422, /lacking\/faster\.json is missing/],
      ['escape', 422, /"scenarios" must list scenario names/],
      ['linked', 404, /no experiment "linked"/],
      ['outcompared', 422, /outcompared\/faster\.json is missing/],
      ['../etc', 404, /no experiment/],
      ['x'.repeat(301), 400, /at most 300 characters/],
    ];
    for (const [name, status, message] of expectations) {
      const answer = experimentsAnswer(root, new URLSearchParams({ name }));
      expect(answer.status, name).toBe(status);
      expect((bodyOf(answer) as { error: string }).error, name).toMatch(message);
      expect(String(answer.body)).not.toContain(root);
    }
  });

  it('experimentsAnswer: any name gives 200, 400, 404 or 422 with JSON and no path of this machine (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.constantFrom('.', '..', 'pickers/../best', '/etc/passwd', 'both\0')),
        (name) => {
          const answer = experimentsAnswer(root, new URLSearchParams({ name }));
          expect([200, 400, 404, 422]).toContain(answer.status);
          expect(() => bodyOf(answer)).not.toThrow();
          expect(String(answer.body)).not.toContain(tmpdir());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('experimentsAnswer: a sweep folder served itself is the experiment "."', () => {
    const answer = experimentsAnswer(join(root, 'pickers'), new URLSearchParams({ name: '.' }));
    expect(bodyOf(answer)).toMatchObject({ summary: { name: '.', kind: 'sweep', status: 'complete' } });
  });

  it('serveDashboard: /api/experiments over HTTP, bad names as JSON errors; other methods 405', async () => {
    const server = await serveDashboard(root, 0, { log: () => undefined });
    const port = Number(new URL(server.url).port);
    const get = (target: string, method = 'GET'): string =>
      `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`;
    try {
      expect((await rawRequest(port, [get('/api/experiments')])).status).toBe(200);
      expect((await rawRequest(port, [get('/api/experiments?name=pickers')])).status).toBe(200);
      expect((await rawRequest(port, [get('/api/experiments?name=%2E%2E%2Fetc')])).status).toBe(404);
      expect((await rawRequest(port, [get('/api/experiments?name=half')])).status).toBe(422);
      expect((await rawRequest(port, [get('/api/experiments?name=%ZZ')])).status).toBe(404);
      expect((await rawRequest(port, [get('/api/experiments', 'DELETE')])).status).toBe(405);
      const head = await rawRequest(port, [get('/api/experiments?name=pickers', 'HEAD')]);
      expect(head.status).toBe(200);
      expect(head.body).toBe('');
    } finally {
      await server.close();
    }
  });
});
