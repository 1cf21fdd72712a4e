import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.js';

async function report(args: readonly string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(['report', ...args], { stdout: () => undefined, stderr: (text) => (stderr += text), interactive: false });
  return { code, stderr };
}

describe('fulfill report: input mistakes exit 2 with a clear message', () => {
  const root = mkdtempSync(join(tmpdir(), 'fulfill-report-cli-'));

  it('reportCommand: a missing folder or a file instead of a folder', async () => {
    expect(await report([join(root, 'missing')])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no results folder') as unknown,
    });
    writeFileSync(join(root, 'file.json'), '{}');
    expect(await report([join(root, 'file.json')])).toMatchObject({ code: 2, stderr: expect.stringContaining('is a file') as unknown });
  });

  it('reportCommand: a folder with no readable result names the files left out', async () => {
    const folder = join(root, 'empty');
    mkdirSync(folder);
    writeFileSync(join(folder, 'half.json'), '{"scenario": "x", "kpis": {');
    // A link out of the folder is never read, whatever it leads to (here a file that looks like a result).
    writeFileSync(join(root, 'elsewhere.json'), '{"scenario": "x", "kpis": {}}');
    symlinkSync(join(root, 'elsewhere.json'), join(folder, 'linked.json'));
    const { code, stderr } = await report([folder, '--out', join(root, 'r.html')]);
    expect(code).toBe(2);
    expect(stderr).toContain('half.json left out: not valid JSON (half-written?)');
    expect(stderr).toContain('linked.json left out: gone, or a symbolic link to a file outside the folder');
    expect(stderr).toContain(`no readable scenario results in "${folder}"`);
  });

  it('reportCommand: an --out that is a folder or in a missing folder', async () => {
    const folder = join(root, 'results');
    mkdirSync(folder);
    expect(await report([folder, '--out', root])).toMatchObject({ code: 2, stderr: expect.stringContaining('is a folder') as unknown });
    expect(await report([folder, '--out', join(root, 'nowhere', 'r.html')])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('does not exist') as unknown,
    });
  });

  it('reportCommand: an empty --out, one in an unwritable place, or one over a result file it reads', async () => {
    const folder = join(root, 'inputs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'baseline.json'), '{"scenario": "baseline"}');
    expect(await report([folder, '--out', ''])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('expected a file name') as unknown,
    });
    expect(await report([folder, '--out', '/proc/report.html'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('/proc/report.html is not a file to write (nothing under /proc') as unknown,
    });
    expect(await report([folder, '--out', join(folder, 'baseline.json')])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('a file of the results folder') as unknown,
    });
    // The per-order records and KPI tables beside the results are the dashboard's and other tools' inputs.
    for (const name of ['baseline.orders.csv', 'kpis.csv', 'baseline.orders.parquet']) {
      writeFileSync(join(folder, name), 'id\n1\n');
      expect(await report([folder, '--out', join(folder, name)])).toMatchObject({
        code: 2,
        stderr: expect.stringContaining(`would replace ${join(folder, name)}, a file of the results folder`) as unknown,
      });
      expect(readFileSync(join(folder, name), 'utf8')).toBe('id\n1\n');
    }
  });
});
